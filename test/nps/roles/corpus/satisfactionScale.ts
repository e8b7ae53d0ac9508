/**
 * A 1–5 satisfaction question beside the 0–10 recommend question, in both
 * orders, with telling or neutral headers; and a sheet with only the 1–5
 * scale, which has no score column at all.
 */
import { formsUs } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  time: Date;
  score: number;
  satisfaction: number;
  reason: string;
  team: string;
}

/**
 * `order`: which comes first; `headers`: 'telling' (Satisfaction… / Recommend…),
 * 'neutral' (Q1, Q2), 'misleading' (both say "Score"); 'only-satisfaction' drops the 0–10 column.
 */
export function satisfactionSheets(
  seed: number, rows: number, order: 'satisfaction-first' | 'recommend-first', headers: 'telling' | 'neutral' | 'misleading' | 'only-satisfaction',
): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      time: timeBetween(random, '2025-01-01', '2025-12-31'),
      score: npsAnswer(random),
      satisfaction: random.int(1, 5),
      reason: comment(random),
      team: random.pick(['Sales', 'Support', 'Success']),
    });
  }
  const names = {
    telling: ['Overall, how satisfied are you with our service? (1-5)', 'How likely are you to recommend us to a friend? (0-10)'],
    neutral: ['Q1', 'Q2'],
    misleading: ['Score', 'Score'],
    'only-satisfaction': ['How satisfied are you? (1 = very dissatisfied, 5 = very satisfied)', ''],
  }[headers];
  const satisfaction: ColumnSpec<Response> = { headers: [names[0]], value: (r) => r.satisfaction };
  const recommend: ColumnSpec<Response> = { headers: [names[1]], truth: 'score', value: (r) => r.score };
  const pair = headers === 'only-satisfaction' ? [satisfaction] : order === 'satisfaction-first' ? [satisfaction, recommend] : [recommend, satisfaction];
  const columns: ColumnSpec<Response>[] = [
    { headers: ['Timestamp'], truth: 'date', value: (r) => r.time, text: (d: Cell) => formsUs(d as Date) },
    ...pair,
    { headers: ['Tell us more'], truth: 'comment', value: (r) => r.reason },
    { headers: ['Which team helped you?'], truth: 'segment', value: (r) => r.team },
  ];
  return buildSheets(`1–5 scale #${seed} (${order}, ${headers} headers)`, columns, responses);
}
