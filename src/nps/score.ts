/**
 * What counts as a score (SPEC §3): a whole number 0–10, as a number cell or
 * as text, possibly followed by a label ("10 - Extremely likely", "9/10").
 * Everything else that is not blank is invalid.
 */

/** {@link readScore} result for a blank cell: ignored, not counted anywhere. */
export const BLANK = -1;
/** {@link readScore} result for a non-blank cell that is not a 0–10 score. */
export const INVALID = -2;

// A plain decimal number as text: "9", "10.0", "7.5" (read like a number cell).
const NUMBER_TEXT = /^\d+(?:\.\d+)?$/;
// A leading whole number, then "/10" ("9/10"), a separator (- – — :) not
// followed by a number, or spaces and a label that does not start like a
// number. Not scores: "9 10", "7.5", "7,5", dates "3/4/2025", times "10:30",
// ranges "1-5", other scales "4/5".
const LABELLED_SCORE = /^(\d+)(?:\s*\/\s*10(?![\d/.])|\s*[-\u2013\u2014:](?!\s*\d)|\s+[^\s\d.,+\-\u2013\u2014:/])/;

/**
 * The score a cell holds (0–10), or {@link BLANK} or {@link INVALID}.
 *
 * - number: a whole number 0–10 (`10.0` is the number 10); anything else is invalid;
 * - text: trimmed; a plain number follows the number rule (`" 9 "` → 9,
 *   `"7.5"` → invalid); a leading score followed by `/10`, or by a label
 *   after `-`, `–`, `—`, `:` or a space, gives the leading score (`"9/10"` → 9,
 *   `"7: ok"` → 7); a date, a time, a range or another scale is not a label
 *   (`"3/4/2025"`, `"10:30"`, `"1-5"`, `"4/5"` are invalid);
 *   error values (`"#N/A"`) and any other text are invalid;
 * - `""`, `null`, `undefined` and text of spaces only are blank;
 * - booleans, dates and other objects are invalid.
 *
 * @param cell a value from `getValues()` or a custom function argument
 * @returns 0–10, BLANK (−1) or INVALID (−2)
 * @example
 * readScore(9);                        // 9
 * readScore(' 9 ');                    // 9
 * readScore('10 - Extremely likely');  // 10
 * readScore('9/10');                   // 9
 * readScore(7.5);                      // INVALID
 * readScore('#N/A');                   // INVALID
 * readScore('');                       // BLANK
 */
export function readScore(cell: unknown): number {
  if (typeof cell === 'number') return scoreOfNumber(cell);
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  if (typeof cell !== 'string') return INVALID;
  // Both forms start with a digit: text that starts with another visible ASCII character is invalid at once.
  const c = cell.charCodeAt(0);
  if (c > 32 && c < 127 && !(c >= 48 && c <= 57)) return INVALID;
  const text = cell.trim();
  if (text === '') return BLANK;
  if (NUMBER_TEXT.test(text)) return scoreOfNumber(Number(text));
  const labelled = LABELLED_SCORE.exec(text);
  return labelled ? scoreOfNumber(Number(labelled[1])) : INVALID;
}

function scoreOfNumber(value: number): number {
  // `+ 0` turns −0 into 0.
  return value >= 0 && value <= 10 && Math.floor(value) === value ? value + 0 : INVALID;
}

/**
 * The NPS category of a score: 9–10 promoter, 7–8 passive, 0–6 detractor.
 *
 * @param score a score 0–10 (a {@link readScore} result that is neither BLANK nor INVALID)
 * @example
 * scoreCategory(10); // 'Promoter'
 * scoreCategory(7);  // 'Passive'
 * scoreCategory(6);  // 'Detractor'
 */
export function scoreCategory(score: number): 'Promoter' | 'Passive' | 'Detractor' {
  if (score >= 9) return 'Promoter';
  return score >= 7 ? 'Passive' : 'Detractor';
}
