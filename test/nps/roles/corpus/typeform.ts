/** Typeform exports: `#` token first, one column per question, then Start/Submit dates (UTC), Network ID, Tags. */
import { isoSpace } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  token: string;
  start: Date;
  submit: Date;
  network: string;
  score: number;
  reason: string;
  plan: string;
  email: string;
}

const HEX = '0123456789abcdef';

/** A Typeform export. */
export function typeformSheets(seed: number, rows: number): CorpusSheet[] {
  const random = randomFor(seed);
  const networks = Array.from({ length: Math.max(3, rows / 3) }, () => random.token(10, HEX));
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    const start = timeBetween(random, '2025-02-01', '2025-09-30');
    responses.push({
      token: random.token(32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
      start,
      submit: new Date(start.getTime() + random.int(15, 600) * 1000),
      network: random.pick(networks),
      score: npsAnswer(random),
      reason: comment(random, 0.2),
      plan: random.pick(['Starter', 'Growth', 'Enterprise']),
      email: `person${i}@example.net`,
    });
  }
  const date = (d: Cell) => isoSpace(d as Date);
  const questions: ColumnSpec<Response>[] = [
    { headers: [random.pick(['How likely are you to recommend Typebrew to a friend?', 'How likely is it that you would recommend us to a friend or colleague?'])], truth: 'score', value: (r) => r.score },
    { headers: ["What's the main reason for your score?"], truth: 'comment', value: (r) => r.reason },
    { headers: ['Which plan are you on?'], truth: 'segment', value: (r) => r.plan },
    { headers: ["What's your email address?"], truth: 'email', value: (r) => r.email },
  ];
  const columns: ColumnSpec<Response>[] = [
    { headers: ['#'], truth: 'id', value: (r) => r.token },
    ...shuffleSome(random, questions, () => false),
    { headers: ['Start Date (UTC)'], value: (r) => r.start, text: date },
    { headers: ['Submit Date (UTC)'], truth: 'date', value: (r) => r.submit, text: date },
    { headers: ['Network ID'], value: (r) => r.network },
    { headers: ['Tags'], value: () => '' },
  ];
  return buildSheets(`Typeform #${seed} (${rows} rows)`, columns, responses);
}
