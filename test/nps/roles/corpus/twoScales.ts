/**
 * Two 0–10 questions in one sheet: the recommend question beside "How likely
 * are you to renew?" or "How would you rate our support?", in either order.
 * The recommend question is the score.
 */
import { formsUs } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  time: Date;
  score: number;
  other: number;
  reason: string;
}

const OTHER_QUESTIONS = [
  'How likely are you to renew your subscription? (0-10)',
  'How would you rate our support? (0-10)',
  'Rating of the checkout experience',
  'Wie wahrscheinlich ist es, dass Sie erneut bei uns kaufen?',
];
const RECOMMEND = [
  'How likely are you to recommend us to a friend or colleague?',
  'NPS',
  'Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?',
  '¿Qué probabilidad hay de que nos recomiende?',
];

/** Two 0–10 questions; `recommendFirst` decides their order. */
export function twoScaleSheets(seed: number, rows: number, recommendFirst: boolean): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      time: timeBetween(random, '2025-01-01', '2025-12-31'),
      score: npsAnswer(random),
      other: npsAnswer(random),
      reason: comment(random),
    });
  }
  const recommend: ColumnSpec<Response> = { headers: [random.pick(RECOMMEND)], truth: 'score', value: (r) => r.score };
  const other: ColumnSpec<Response> = { headers: [random.pick(OTHER_QUESTIONS)], value: (r) => r.other };
  const columns: ColumnSpec<Response>[] = [
    { headers: ['Timestamp'], truth: 'date', value: (r) => r.time, text: (d: Cell) => formsUs(d as Date) },
    ...(recommendFirst ? [recommend, other] : [other, recommend]),
    { headers: ['Anything else?'], truth: 'comment', value: (r) => r.reason },
  ];
  return buildSheets(`Two 0–10 questions #${seed} (${recommendFirst ? 'recommend first' : 'recommend second'})`, columns, responses);
}
