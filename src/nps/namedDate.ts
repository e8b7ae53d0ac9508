/**
 * Dates written with an English month name, as many survey tools and Sheets'
 * own formats show them: `Mar 4, 2025`, `March 4, 2025 5:22 PM`,
 * `Tue, Mar 4, 2025`, `4 Mar 2025 17:22`, `04-Mar-2025`, `4th March 2025`.
 * Only the date part is matched here; the time that may follow is read by
 * the caller (see dateText's `readDate`).
 */

/** A month name or its three- (or four-, `Sept`) letter abbreviation, with an optional dot. */
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** An optional weekday in front: `Tue, `, `Tuesday `. */
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

/** Regular-expression source of `Mar 4, 2025` (groups: month, day, year), anchored at the start. */
export const MONTH_DAY_YEAR = String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})${ORDINAL},?\s+(\d{4})`;
/** Regular-expression source of `4 Mar 2025` and `04-Mar-2025` (groups: day, month, year), anchored at the start. */
export const DAY_MONTH_YEAR = String.raw`^${WEEKDAY}(\d{1,2})${ORDINAL}(?:\s+|-)${MONTH},?(?:\s+|-)(\d{4})`;

const NAMED_SHAPE = new RegExp(`(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})(?![\\d\\p{L}])`, 'iu');

/**
 * True when text starts with a date written with an English month name
 * (`Mar 4, 2025`, `4 March 2025`, `04-Mar-2025`): a cheap shape test before
 * the real reader. Texts such as `May 2025 was great` or `9 - May be` are not dates.
 *
 * @example looksLikeNamedDate('Mar 4, 2025 5:22 PM') // true
 * @example looksLikeNamedDate('May be later')        // false
 */
export function looksLikeNamedDate(text: string): boolean {
  return NAMED_SHAPE.test(text.trim());
}

/**
 * The month number (1–12) of an English month name or abbreviation
 * (`Mar`, `march`, `Sept.`), NaN otherwise.
 *
 * @example monthOfName('Sept') // 9
 */
export function monthOfName(name: string): number {
  const index = MONTH_KEYS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? NaN : index + 1;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
