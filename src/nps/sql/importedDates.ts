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

/**
 * The RE2 pattern (case-insensitive) of trimmed text the import reads as a
 * named date whose day is 1–11, the only days the label rule would read as
 * an answer (0–10, or 11 on a 1–11 scale); every month has them. The time,
 * when there is one, is valid, 24-hour or with AM/PM, with no `T` before it
 * (the import wants no letter after the year). Built when asked for, so the
 * Apps Script bundle, which does not use it, keeps none of it.
 *
 * @example namedDatePattern() // '(?i)^(?:0?[1-9]|1[01])(?:st|nd|rd|th)?(?:[\\s…]+|-)(?:jan(?:uary)?|…)…[0-9]{4}(?:…time…)?$'
 */
export function namedDatePattern(): string {
  const s = `[${SPACE_CLASS}]`;
  const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  const seconds = '(?::[0-5][0-9](?:[.,][0-9]+)?)?';
  const time = `(?:${s}+at${s}+|${s}*,${s}*|${s}+)(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9]${seconds}|(?:0?[1-9]|1[0-2]):[0-5][0-9]${seconds}${s}*[ap]\\.?m\\.?)`;
  return `(?i)^(?:0?[1-9]|1[01])(?:st|nd|rd|th)?(?:${s}+|-)${month},?(?:${s}+|-)[0-9]{4}(?:${time})?$`;
}
