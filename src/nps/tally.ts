/**
 * Counting scores: promoters, passives, detractors and ignored (invalid)
 * cells of a single cell or a range. Blanks are not counted anywhere.
 */
import { readScore, BLANK, INVALID } from './score';

// Module-level copy: a global lookup per row is slow in Apps Script's V8 context.
const isArray = Array.isArray;

/** Counts of a group of cells. `ignored` counts invalid non-blank cells; they are not responses. */
export interface Tally {
  promoters: number;
  passives: number;
  detractors: number;
  ignored: number;
}

/**
 * A tally with every count at zero.
 *
 * @example
 * emptyTally(); // { promoters: 0, passives: 0, detractors: 0, ignored: 0 }
 */
export function emptyTally(): Tally {
  return { promoters: 0, passives: 0, detractors: 0, ignored: 0 };
}

/**
 * Number of responses (valid scores) of a tally: the NPS denominator.
 *
 * @example
 * responsesOf({ promoters: 7, passives: 2, detractors: 1, ignored: 4 }); // 10
 */
export function responsesOf(t: Tally): number {
  return t.promoters + t.passives + t.detractors;
}

/**
 * Counts one {@link readScore} result: BLANK is skipped, INVALID counts as ignored.
 *
 * @example
 * const t = emptyTally();
 * addScore(t, 9); addScore(t, INVALID); addScore(t, BLANK);
 * t; // { promoters: 1, passives: 0, detractors: 0, ignored: 1 }
 */
export function addScore(t: Tally, score: number): void {
  if (score >= 9) t.promoters++;
  else if (score >= 7) t.passives++;
  else if (score >= 0) t.detractors++;
  else if (score === INVALID) t.ignored++;
}

/**
 * The tally of a single cell or a range (a 2-D array of cells, as `getValues()`
 * and custom functions give it; a 1-D array is read as one column).
 *
 * Whole-number cells 0–10 are counted inline without calling {@link readScore},
 * so a range of numbers costs about as much as a bare counting loop.
 *
 * @example
 * tallyCells([[10], [9], [7], [3], [''], ['n/a']]);
 * // { promoters: 2, passives: 1, detractors: 1, ignored: 1 }
 * tallyCells(8); // { promoters: 0, passives: 1, detractors: 0, ignored: 0 }
 */
export function tallyCells(cells: unknown): Tally {
  if (!isArray(cells)) {
    const t = emptyTally();
    addScore(t, readScore(cells));
    return t;
  }
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let ignored = 0;
  for (let r = 0; r < cells.length; r++) {
    const row: unknown = cells[r];
    const values: unknown[] = isArray(row) ? row : [row];
    for (let c = 0; c < values.length; c++) {
      const v = values[c] as number;
      // Shaped like a bare counting loop so that a range of numbers costs
      // about as much; anything that is not exactly a whole number 0–10
      // (text, blanks, 7.5, dates, booleans…) falls through to readScore.
      if (v >= 9) {
        if (v === 9 || v === 10) {
          promoters++;
          continue;
        }
      } else if (v >= 7) {
        if (v === 7 || v === 8) {
          passives++;
          continue;
        }
      } else if (v >= 0 && (v | 0) === v) {
        detractors++;
        continue;
      }
      const score = readScore(v);
      if (score >= 9) promoters++;
      else if (score >= 7) passives++;
      else if (score >= 0) detractors++;
      else if (score === INVALID) ignored++;
    }
  }
  return { promoters, passives, detractors, ignored };
}

/**
 * The first invalid (non-blank, non-score) cell of a single cell or a range,
 * reading row by row, with its 1-based row and column inside the range; null
 * when every cell is a score or blank. Strict mode reports it to the user.
 *
 * @example
 * findFirstInvalid([[9], [''], [8, 'maybe']]); // { value: 'maybe', row: 3, column: 2 }
 * findFirstInvalid('#N/A');                    // { value: '#N/A', row: 1, column: 1 }
 * findFirstInvalid([[9], [10]]);               // null
 */
export function findFirstInvalid(cells: unknown): { value: unknown; row: number; column: number } | null {
  const rows: unknown[] = isArray(cells) ? cells : [[cells]];
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    const values: unknown[] = isArray(row) ? row : [row];
    for (let c = 0; c < values.length; c++) {
      if (readScore(values[c]) === INVALID) return { value: values[c], row: r + 1, column: c + 1 };
    }
  }
  return null;
}
