/** Google Forms response sheets: `Timestamp` first, then the questions in form order, optionally `Email Address` second. */
import { dayFirst, formsUs } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  time: Date;
  score: number;
  reason: string;
  source: string;
  plan: string;
  email: string;
}

const RECOMMEND = [
  'How likely are you to recommend our newsletter to a friend?',
  'How likely is it that you would recommend Acme to a friend or colleague?',
  'On a scale of 0-10, how likely are you to recommend us?',
  'Would you recommend us to a colleague? (0 = not at all, 10 = extremely likely)',
];
const WHY = ['Why did you pick that score?', 'What is the main reason for your score?', 'Anything else you would like to tell us?'];

/**
 * A Google Forms sheet of `rows` responses (en_US, or en_GB day-first text dates when `british`).
 */
export function googleFormsSheets(seed: number, rows: number, british = false): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      time: timeBetween(random, '2025-01-01', '2025-12-31'),
      score: npsAnswer(random),
      reason: comment(random),
      source: random.pick(['Friend', 'Podcast', 'Search', 'Social media']),
      plan: random.pick(['Free', 'Pro', 'Business']),
      email: `${random.token(6, 'abcdefghij')}${i}@example.com`,
    });
  }
  const date: ColumnSpec<Response> = {
    headers: ['Timestamp'], truth: 'date', value: (r) => r.time, text: (d) => (british ? dayFirst : formsUs)(d as Date),
  };
  const email: ColumnSpec<Response> = { headers: ['Email Address'], truth: 'email', value: (r) => r.email };
  const questions: ColumnSpec<Response>[] = [
    { headers: [random.pick(RECOMMEND)], truth: 'score', value: (r) => r.score },
    { headers: [random.pick(WHY)], truth: 'comment', value: (r) => r.reason },
    { headers: ['How did you hear about us?'], truth: 'segment', value: (r) => r.source },
  ];
  if (random.chance(0.5)) questions.push({ headers: ['Which plan are you on?'], truth: 'segment', value: (r) => r.plan });
  const ordered = shuffleSome(random, questions, () => false);
  const columns = [date, ...(random.chance(0.5) ? [email] : []), ...ordered];
  return buildSheets(`Google Forms #${seed} (${rows} rows${british ? ', en_GB' : ''})`, columns, responses, {}, british ? 'en_GB' : 'en_US');
}
