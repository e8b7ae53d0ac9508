/**
 * Reading one date cell: a real date (a `Date`, possibly from another
 * JavaScript realm) or text in the forms survey tools export.
 */
import { DAY_MS, daysFromCivil, isValidCivilDate } from './civil';
import { DAY_MONTH_YEAR, MONTH_DAY_YEAR, monthOfName } from './namedDate';
import type { Zone } from './zone';

/** How a slashed date `A/B/YYYY` is read: `month-first` (US) or `day-first`. */
export type DayOrder = 'month-first' | 'day-first';

/**
 * Locales (language, or language_REGION) that write slashed dates month
 * first. From CLDR short date patterns: the US and its territories, the
 * Philippines (`en_PH`, `fil`), Canada (`en_CA`: mixed usage, and Sheets'
 * and most software's default there is month-first), and the year-first
 * languages Chinese, Japanese and Korean, whose month comes before the day
 * when the year is moved to the end. Every other locale is day-first.
 */
const MONTH_FIRST_LOCALES = new Set([
  'en', 'en_us', 'en_ca', 'en_ph', 'fil', 'fil_ph', 'en_as', 'en_gu', 'en_mh', 'en_fm', 'en_mp', 'en_pr', 'en_um', 'en_vi',
  'zh', 'zh_cn', 'zh_tw', 'zh_hk', 'zh_sg', 'ja', 'ja_jp', 'ko', 'ko_kr',
]);

/**
 * The day order a spreadsheet locale uses for slashed dates (see the list
 * above: US-style locales are month-first, the rest day-first).
 *
 * @param locale a Sheets locale such as "en_US", "en_GB", "de_DE" (a "-" works too)
 * @example
 * dayOrderForLocale('en_US'); // 'month-first'
 * dayOrderForLocale('en_GB'); // 'day-first'
 * dayOrderForLocale('de_DE'); // 'day-first'
 */
export function dayOrderForLocale(locale: string): DayOrder {
  const key = String(locale == null ? '' : locale).trim().replace(/-/g, '_').toLowerCase();
  if (key === '') return 'month-first';
  if (MONTH_FIRST_LOCALES.has(key)) return 'month-first';
  // A language alone, or with a region not listed: decide by the language
  // only for the year-first languages and Filipino.
  const language = key.split('_')[0];
  return language === 'fil' || language === 'zh' || language === 'ja' || language === 'ko' ? 'month-first' : 'day-first';
}

/** `A/B/YYYY` or `A-B-YYYY` at the start of a text: the two leading parts. */
const SLASHED_PREFIX = /^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}(?!\d)/;

/**
 * Decides the day order of a column of cells from its slashed text dates:
 * a first part above 12 (`25/03/2025`) means day-first, a second part above
 * 12 (`03/25/2025`) means month-first; when neither occurs (or both occur
 * equally often) the fallback decides. ISO and `YYYY/MM/DD` texts, dotted
 * dates and date cells carry no evidence.
 *
 * @param cells the cells of the column (one value each)
 * @param fallback the order to use without evidence, usually {@link dayOrderForLocale}
 * @example
 * detectDayOrder(['03/04/2025', '25/04/2025'], 'month-first'); // 'day-first'
 * detectDayOrder(['03/04/2025', '04/25/2025'], 'day-first');   // 'month-first'
 * detectDayOrder(['03/04/2025'], 'day-first');                 // 'day-first'
 */
export function detectDayOrder(cells: ArrayLike<unknown>, fallback: DayOrder): DayOrder {
  return slashedEvidence(cells).order ?? fallback;
}

/**
 * What a column's slashed text dates say of their day order: the order when
 * the unambiguous ones (a part above 12) lean one way, else null; with how
 * many texts showed each order.
 *
 * @param cells the cells of the column (one value each)
 * @example
 * slashedEvidence(['13/01/2025', '25/01/2025', '01/02/2025']); // { order: 'day-first', dayFirst: 2, monthFirst: 0 }
 * slashedEvidence(['01/02/2025']);                             // { order: null, dayFirst: 0, monthFirst: 0 }
 */
export function slashedEvidence(cells: ArrayLike<unknown>): { order: DayOrder | null; dayFirst: number; monthFirst: number } {
  let dayFirst = 0;
  let monthFirst = 0;
  for (let i = 0; i < cells.length; i++) {
    let cell = cells[i];
    if (Array.isArray(cell)) cell = cell[0];
    if (typeof cell !== 'string') continue;
    const shown = slashedOrderOf(cell);
    if (shown === 'day-first') dayFirst++;
    else if (shown === 'month-first') monthFirst++;
  }
  const order = dayFirst > monthFirst ? 'day-first' : monthFirst > dayFirst ? 'month-first' : null;
  return { order, dayFirst, monthFirst };
}

/**
 * The day order one text shows when it starts with a slashed date whose
 * first part (`25/03/2025`: day-first) or second part (`03/25/2025`:
 * month-first) is above 12; null for any other text.
 *
 * @example slashedOrderOf('25/03/2025 10:00') // 'day-first'
 * @example slashedOrderOf('03/04/2025')       // null
 */
export function slashedOrderOf(text: string): DayOrder | null {
  // The prefix starts with a digit or a space: text that starts with another visible ASCII character has none.
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127 && !(c >= 48 && c <= 57)) return null;
  const m = SLASHED_PREFIX.exec(text);
  if (!m) return null;
  const a = +m[1];
  const b = +m[2];
  if (a > 12 && a <= 31 && b <= 12) return 'day-first';
  if (b > 12 && b <= 31 && a <= 12) return 'month-first';
  return null;
}

const toStringOf = Object.prototype.toString;

/**
 * The instant (ms since the epoch) of one date cell, NaN when it is not a
 * date.
 *
 * - A date cell (`Date`, from any realm) is its instant.
 * - A number is not a date: Sheets hands real date cells to scripts as
 *   `Date` objects, so a number in a date column is a number the user typed
 *   (a score, an ID, a count); reading it as a serial day would invent dates.
 * - Text: ISO 8601 (`2025-03-04`, `2025-03-04 17:22`, `2025-03-04T17:22:10.5Z`,
 *   `…+02:00`, `…+0200`, `…-05`); `YYYY/MM/DD` with the Google Forms CSV time
 *   (`2026/09/27 3:00:00 PM GMT+3`, also `GMT-4`, `GMT+5:30`, `GMT`); slashed
 *   `A/B/YYYY` (or `A-B-YYYY`) read in `order`, with an optional
 *   `h:mm[:ss] [AM|PM]` (US, SurveyMonkey `05/31/2025 07:40:24 AM`); dotted
 *   `D.M.YYYY`, always day-first; an English month name (`Mar 4, 2025 5:22 PM`,
 *   `Tue, March 4, 2025`, `4 Mar 2025 17:22`, `04-Mar-2025`, an optional `at`
 *   before the time). Two-digit years are refused (`3/4/25`
 *   could be 1925, 2025 or a day of 2003 in year-first locales).
 *   Text with `Z` or an offset is that instant; text without one is a wall
 *   clock in `zone` (or in UTC when `textIsUtc`).
 * - Calendar and clock are checked: no Feb 30, no hour 24, 12-hour clocks
 *   run 1–12.
 *
 * @param cell the cell value
 * @param zone the spreadsheet's zone
 * @param order how to read `A/B/YYYY`
 * @param textIsUtc read text without an offset as UTC (a `(UTC)` header)
 * @example
 * const ny = zoneFor('America/New_York');
 * readDate('2025-03-04T17:22:10Z', ny, 'month-first');  // Date.UTC(2025, 2, 4, 17, 22, 10)
 * readDate('3/4/2025 1:00 PM', ny, 'month-first');      // Date.UTC(2025, 2, 4, 18) (EST)
 * readDate('3/4/2025', ny, 'day-first');                // Date.UTC(2025, 3, 3, 4)  (EDT midnight)
 * readDate(45000, ny, 'month-first');                   // NaN
 * readDate(new Date(Date.UTC(1899, 11, 30, 14)), ny, 'month-first'); // NaN (a time-only cell)
 */
export function readDate(cell: unknown, zone: Zone, order: DayOrder, textIsUtc = false): number {
  if (typeof cell === 'string') return readDateText(cell, zone, order, textIsUtc);
  if (typeof cell === 'object' && cell !== null && toStringOf.call(cell) === '[object Date]') {
    return dateCellInstant(Date.prototype.getTime.call(cell), zone);
  }
  return NaN;
}

// Date parts, then an optional time, then an optional zone designator.
const TIME = String.raw`(?:(?:\s*,\s*|\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AaPp])\.?[Mm]\.?)?` +
  String.raw`(?:\s*(Z|(?:GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?))?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})` + TIME + '$');
const YEAR_FIRST_DATE = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})` + TIME + '$');
const YEAR_LAST_DATE = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})` + TIME + '$');
const MONTH_NAME_FIRST = new RegExp(MONTH_DAY_YEAR + TIME + '$', 'i');
const DAY_BEFORE_MONTH_NAME = new RegExp(DAY_MONTH_YEAR + TIME + '$', 'i');
/** "Mar 4, 2025 at 5:22 PM": the "at" before a time is dropped. */
const AT_TIME = /\s+at\s+(?=\d)/i;
const ZONE_OFFSET = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/;

function readDateText(text: string, zone: Zone, order: DayOrder, textIsUtc: boolean): number {
  const s = text.trim();
  // Every accepted form starts with a digit or a letter (a month or weekday name): skip other text at once.
  const c = s.charCodeAt(0) | 32;
  if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return NaN;
  let m: RegExpExecArray | null;
  let year: number, month: number, day: number, t: number;
  if (c >= 97 && (m = MONTH_NAME_FIRST.exec(s.replace(AT_TIME, ' ')))) {
    year = +m[3]; month = monthOfName(m[1]); day = +m[2]; t = 4;
  } else if (c >= 97) {
    // Only a weekday can come before the day: "Tue, 4 Mar 2025".
    if (!(m = DAY_BEFORE_MONTH_NAME.exec(s.replace(AT_TIME, ' ')))) return NaN;
    year = +m[3]; month = monthOfName(m[2]); day = +m[1]; t = 4;
  } else if ((m = ISO_DATE.exec(s))) {
    year = +m[1]; month = +m[2]; day = +m[3]; t = 4;
  } else if ((m = YEAR_FIRST_DATE.exec(s))) {
    year = +m[1]; month = +m[3]; day = +m[4]; t = 5;
  } else if ((m = YEAR_LAST_DATE.exec(s))) {
    const dayFirst = m[2] === '.' || order === 'day-first';
    year = +m[4];
    month = dayFirst ? +m[3] : +m[1];
    day = dayFirst ? +m[1] : +m[3];
    t = 5;
  } else if ((m = DAY_BEFORE_MONTH_NAME.exec(s.replace(AT_TIME, ' ')))) {
    year = +m[3]; month = monthOfName(m[2]); day = +m[1]; t = 4;
  } else {
    return NaN;
  }
  if (!isValidCivilDate(year, month, day)) return NaN;
  let local = daysFromCivil(year, month, day) * DAY_MS;
  const hourText = m[t];
  if (hourText !== undefined) {
    let hour = +hourText;
    const minute = +m[t + 1];
    const second = m[t + 2] === undefined ? 0 : +m[t + 2];
    const fraction = m[t + 3] === undefined ? 0 : +(m[t + 3] + '00').slice(0, 3);
    const meridiem = m[t + 4];
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return NaN;
      hour = (hour % 12) + (meridiem === 'P' || meridiem === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return NaN;
    local += hour * 3600000 + minute * 60000 + second * 1000 + fraction;
    const designator = m[t + 5];
    if (designator !== undefined) {
      const offset = offsetOfDesignator(designator);
      return offset === offset ? local - offset : NaN;
    }
  }
  return textIsUtc ? local : zone.toInstant(local);
}

/** `Z`, `GMT`, `UTC`, `+02:00`, `+0200`, `-05`, `GMT+3`, `GMT+5:30` → offset in ms (NaN when out of range). */
function offsetOfDesignator(designator: string): number {
  if (designator === 'Z' || designator === 'GMT' || designator === 'UTC') return 0;
  const m = ZONE_OFFSET.exec(designator);
  if (!m) return NaN;
  const hours = +m[2];
  const minutes = m[3] === undefined ? 0 : +m[3];
  if (hours > 18 || minutes > 59) return NaN;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60000;
}

/** 1900-01-01 as a wall clock: Sheets gives a time-only cell the date 1899-12-30. */
const EARLIEST_WALL_MS = Date.UTC(1900, 0, 1);

/**
 * The instant of a date cell, or NaN for a cell that holds only a time of
 * day (Sheets' day zero, 1899-12-30, in the sheet's zone) or anything
 * earlier than 1900: no survey answer is dated so.
 *
 * @example
 * dateCellInstant(Date.UTC(2025, 0, 1), zoneFor('UTC'));          // Date.UTC(2025, 0, 1)
 * dateCellInstant(Date.UTC(1899, 11, 30, 9, 30), zoneFor('UTC')); // NaN
 */
export function dateCellInstant(t: number, zone: Zone): number {
  if (t < EARLIEST_WALL_MS + 86400000 && t + zone.offsetMinutes(t) * 60000 < EARLIEST_WALL_MS) return NaN;
  return t;
}
