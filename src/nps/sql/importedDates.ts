/**
 * Score text a Sheets CSV import in an English locale turns into a date
 * (src/local/import/cellConversion.ts, then ../dateText.ts): a day, a month
 * name and a year, with an optional time, such as `10 Mar 2025` or
 * `9-Mar-2025 5:22 PM`. The sheet path then holds a date cell, which is not
 * a score (SPEC §3), where the label rule alone would read its leading day.
 * Text with a zone (`… 10:00 UTC`) stays text in the import, so it is not
 * matched here.
 */
import { SPACE_CLASS } from './scorePatterns';

const S = `[${SPACE_CLASS}]`;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A valid time of day, 24-hour or with AM/PM, seconds and their fraction optional (no `T` before it: the import wants no letter after the year). */
const TIME =
  `(?:${S}+at${S}+|${S}*,${S}*|${S}+)` +
  `(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]+)?)?|(?:0?[1-9]|1[0-2]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]+)?)?${S}*[ap]\\.?m\\.?)`;

/**
 * The RE2 pattern (case-insensitive) of trimmed text the import reads as a
 * named date whose day is 1–11, the only days the label rule would read as
 * an answer (0–10, or 11 on a 1–11 scale); every month has them.
 *
 * @example new RegExp(NAMED_DATE.replace('(?i)', ''), 'i').test('10 Mar 2025') // true
 */
export const NAMED_DATE = `(?i)^(?:0?[1-9]|1[01])(?:st|nd|rd|th)?(?:${S}+|-)${MONTH},?(?:${S}+|-)[0-9]{4}(?:${TIME})?$`;
