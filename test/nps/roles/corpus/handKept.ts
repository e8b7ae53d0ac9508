/**
 * Sheets kept by hand: a title and a blank row above the table, numbers typed
 * as text, labels, `N/A`, typos such as `11`, and dates typed as text.
 */
import { isoSpace, usDay } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  date: Date;
  name: string;
  score: string;
  reason: string;
  store: string;
}

/** A score as someone types it: mostly digits as text, sometimes a label, a typo or N/A. */
function typedScore(random: ReturnType<typeof randomFor>): string {
  const roll = random.next();
  const score = npsAnswer(random);
  if (roll < 0.05) return random.pick(['N/A', 'n/a', '11', '-', '?', '7.5']);
  if (roll < 0.1) return '';
  if (roll < 0.2) return score === 10 ? '10 - Extremely likely' : score === 0 ? '0 – Not at all likely' : `${score}/10`;
  return String(score);
}

/** A hand-kept tracker; `exported`: an "Exported on …" line under the title; `isoDates`: dates typed as ISO text. */
export function handKeptSheets(seed: number, rows: number, exported: boolean, isoDates: boolean): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      date: timeBetween(random, '2025-01-01', '2025-06-30'),
      name: `${random.pick(['Ann', 'Bob', 'Cy', 'Di', 'Ed', 'Flo'])} ${random.pick(['A.', 'B.', 'C.', 'D.'])}`,
      score: typedScore(random),
      reason: comment(random, 0.5),
      store: random.pick(['Berlin Mitte', 'Hamburg', 'Munich', 'Cologne', 'Leipzig']),
    });
  }
  const dateText = (d: Cell) => (isoDates ? isoSpace(d as Date).slice(0, 10) : usDay(d as Date));
  const columns: ColumnSpec<Response>[] = shuffleSome(random, [
    // A date column of text dates in both variants: someone typed them.
    { headers: ['Date'], truth: 'date', value: (r) => dateText(r.date) },
    { headers: ['Customer name'], value: (r) => r.name },
    { headers: ['Score (0-10)'], truth: 'score', value: (r) => r.score },
    { headers: ['Comments'], truth: 'comment', value: (r) => r.reason },
    { headers: ['Store'], truth: 'segment', value: (r) => r.store },
  ], (c) => c.truth === 'date');
  const above = [['Customer NPS tracker 2025'], ...(exported ? [['Exported on 2025-07-01 by Dana']] : []), ['']];
  return buildSheets(`Hand-kept #${seed} (${rows} rows${exported ? ', exported line' : ''}${isoDates ? ', ISO text dates' : ''})`, columns, responses, { above });
}
