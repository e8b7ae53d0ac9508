/**
 * SPEC §3 (what counts as a score, see ../score.ts `readScore`) as RE2
 * patterns, which both DuckDB and BigQuery use. RE2 has no look-ahead, so
 * readScore's `(?!…)` become a consumed class or the end of the text; the
 * matches are the same.
 *
 * RE2's `\s` is ASCII white space where JavaScript's also holds Unicode
 * spaces ("9\u00a0- good", a no-break space before the dash, is 9 in the
 * sheet): the patterns use {@link SPACE_CLASS}, JavaScript's set. Number
 * forms the sheet's CSV import turns into numbers (`1e1`, `9,0` in de_DE)
 * are read by importedNumbers.ts.
 */

/** The inside of a character class holding exactly JavaScript's `\s`: ASCII white space, vertical tab, Unicode separators (Zs, Zl, Zp), BOM. */
export const SPACE_CLASS = '\\s\\x0B\\pZ\\x{FEFF}';
// The patterns below are plain literals with that class written out (a computed constant would stay in the Apps Script bundle).

/** A plain decimal number: "9", "10.0", "7.5" (then read as a number: whole 0–10 or invalid). */
export const NUMBER_TEXT = '^[0-9]+(\\.[0-9]+)?$';

/**
 * A leading whole number followed by "/10" (not "/100", "/10/2025"), by a
 * separator (- – — :) not followed by a number, or by spaces and a label
 * that does not start like a number. Group 1 is the number.
 */
export const LABELLED_SCORE =
  '^([0-9]+)([\\s\\x0B\\pZ\\x{FEFF}]*/[\\s\\x0B\\pZ\\x{FEFF}]*10([^0-9/.]|$)|[\\s\\x0B\\pZ\\x{FEFF}]*[-\u2013\u2014:][\\s\\x0B\\pZ\\x{FEFF}]*([^\\s\\x0B\\pZ\\x{FEFF}0-9]|$)|[\\s\\x0B\\pZ\\x{FEFF}]+[^\\s\\x0B\\pZ\\x{FEFF}0-9.,+\\-\u2013\u2014:/])';

/**
 * An 11 as ../scoreScale.ts `answerOnElevenPoints` reads one from text the
 * number patterns above read as 11: the plain number, or labelled
 * (`11 - Extremely likely`) but never `11/10`. Group 1 is the number.
 */
export const LABELLED_ELEVEN =
  '^([0-9]+)([\\s\\x0B\\pZ\\x{FEFF}]*[-\u2013\u2014:][\\s\\x0B\\pZ\\x{FEFF}]*([^\\s\\x0B\\pZ\\x{FEFF}0-9]|$)|[\\s\\x0B\\pZ\\x{FEFF}]+[^\\s\\x0B\\pZ\\x{FEFF}0-9.,+\\-\u2013\u2014:/])';
