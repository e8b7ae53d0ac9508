/**
 * Civil (proleptic Gregorian) calendar arithmetic on whole days since
 * 1970-01-01, with integers only: no `Date`, so nothing depends on the
 * process's time zone. The algorithms are Howard Hinnant's
 * `days_from_civil` / `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html).
 */

/** Milliseconds in a civil day (wall clocks have no leap seconds). */
export const DAY_MS = 86400000;

/**
 * Days since 1970-01-01 of a civil date.
 *
 * @param year full year, e.g. 2025
 * @param month 1–12
 * @param day 1–31 (not checked; see {@link isValidCivilDate})
 * @example
 * daysFromCivil(1970, 1, 1); // 0
 * daysFromCivil(2000, 3, 1); // 11017
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A civil date: year, month 1–12, day 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The civil date of a day number (days since 1970-01-01).
 *
 * @example
 * civilFromDays(0);     // { year: 1970, month: 1, day: 1 }
 * civilFromDays(19782); // { year: 2024, month: 2, day: 29 }
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * weekdayOfDays(0); // 4 (1970-01-01 was a Thursday)
 */
export function weekdayOfDays(days: number): number {
  const w = (days + 4) % 7;
  return w < 0 ? w + 7 : w;
}

/**
 * True for a leap year of the Gregorian calendar.
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Number of days in a month.
 *
 * @param month 1–12
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when year/month/day is a real calendar date (no Feb 30).
 *
 * @example
 * isValidCivilDate(2024, 2, 29); // true
 * isValidCivilDate(2025, 2, 29); // false
 */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * `YYYY-MM-DD` of a day number.
 *
 * @example
 * isoDateOfDays(19782); // '2024-02-29'
 */
export function isoDateOfDays(days: number): string {
  const c = civilFromDays(days);
  return `${pad4(c.year)}-${pad2(c.month)}-${pad2(c.day)}`;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  if (n < 0) return '-' + pad4(-n);
  return n < 1000 ? ('000' + n).slice(-4) : String(n);
}
