/**
 * Choosing between date columns whose headers rank alike ("Gestart op" and
 * "Ingevuld op", two unnamed timestamps): the values decide, and the column
 * that is later on the rows (the completion, not the start) is the response
 * date.
 */
import type { RoleGuess } from './roleSignals';
import { readDate, type DayOrder } from './dateText';
import { zoneFor } from './zone';

/** Rows on which both columns must hold a date before their order means anything. */
const MIN_PAIRED = 3;
/** At most this share of paired rows may have the later column earlier (typos, clock skew). */
const MAX_EARLIER = 0.05;

/**
 * Among the columns guessed `date`, lets a column with the same header rank as
 * the strongest one take its place when its dates are later on the sampled
 * rows: later on at least half of the rows that hold both, earlier on almost
 * none. Adjusts `guesses[…].strength` in place.
 *
 * @param values the sheet's values
 * @param rows the sampled 0-based row indices
 * @param guesses one guess per column
 * @param ranks each column's header rank as a response date (see `dateRank`)
 * @param order how slashed text dates are read
 * @example
 * // A: "Gestart op" 10:00, B: "Ingevuld op" 10:05 on every row → B becomes the stronger date.
 */
export function preferLaterDates(values: unknown[][], rows: number[], guesses: RoleGuess[], ranks: number[], order: DayOrder): void {
  const dates: number[] = [];
  guesses.forEach((g, i) => g.role === 'date' && dates.push(i));
  if (dates.length < 2) return;
  let best = dates.reduce((a, b) => (guesses[b].strength > guesses[a].strength ? b : a));
  for (const column of dates) {
    if (column === best || ranks[column] !== ranks[best]) continue;
    if (isLater(values, rows, column, best, order)) {
      guesses[column].strength = Math.max(guesses[column].strength, guesses[best].strength) + 0.01;
      best = column;
    }
  }
}

function isLater(values: unknown[][], rows: number[], later: number, earlier: number, order: DayOrder): boolean {
  const utc = zoneFor('UTC');
  let paired = 0;
  let after = 0;
  let before = 0;
  for (const r of rows) {
    const row = values[r] || [];
    const a = readDate(row[later], utc, order);
    const b = readDate(row[earlier], utc, order);
    if (a !== a || b !== b) continue;
    paired++;
    if (a > b) after++;
    else if (a < b) before++;
  }
  return paired >= MIN_PAIRED && after >= paired / 2 && before <= paired * MAX_EARLIER;
}
