/**
 * SPEC §3 (what counts as a score, see ../score.ts `readScore`) as RE2
 * patterns, which both DuckDB and BigQuery use. RE2 has no look-ahead, so
 * readScore's `(?!…)` become a consumed class or the end of the text; the
 * matches are the same.
 *
 * Known gaps, both tiny: RE2's `\s` is ASCII white space where JavaScript's
 * also holds Unicode spaces, so "9\u00a0- good" (a no-break space before the
 * dash) is invalid in SQL and 9 in the sheet; and the sheet's CSV import
 * turns a few number forms into numbers before readScore sees them (`1e1`,
 * `+9`, `9,0` in a comma-decimal locale), which SQL reads as invalid text.
 */

/** A plain decimal number: "9", "10.0", "7.5" (then read as a number: whole 0–10 or invalid). */
export const NUMBER_TEXT = '^[0-9]+(\\.[0-9]+)?$';

/**
 * A leading whole number followed by "/10" (not "/100", "/10/2025"), by a
 * separator (- – — :) not followed by a number, or by spaces and a label
 * that does not start like a number. Group 1 is the number.
 */
export const LABELLED_SCORE =
  '^([0-9]+)(\\s*/\\s*10([^0-9/.]|$)|\\s*[-\u2013\u2014:]\\s*([^\\s0-9]|$)|\\s+[^\\s0-9.,+\\-\u2013\u2014:/])';

/**
 * An 11 as ../scoreScale.ts `answerOnElevenPoints` reads one from text the
 * number patterns above read as 11: the plain number, or labelled
 * (`11 - Extremely likely`) but never `11/10`. Group 1 is the number.
 */
export const LABELLED_ELEVEN = '^([0-9]+)(\\s*[-\u2013\u2014:]\\s*([^\\s0-9]|$)|\\s+[^\\s0-9.,+\\-\u2013\u2014:/])';
