/**
 * What Google Sheets makes of a CSV field when it imports a file with
 * "convert text to numbers, dates and formulas": the conversions a marketer
 * relies on, for one spreadsheet locale and time zone.
 *
 * Converted: plain numbers (`-3`, `00123` → 123, `.5`, `1e5`, long IDs kept
 * as numbers although Sheets keeps only 15 significant digits), numbers with
 * the locale's thousands separators (`1,234.5`; `1.234,5` in de_DE), the
 * locale's decimal comma (`3,5` in de_DE/fr_FR/es_ES…), percentages
 * (`12%` → 0.12), `TRUE`/`FALSE` in any case, and dates with an optional
 * time: ISO `YYYY-MM-DD` / `YYYY/MM/DD` in every locale, `M/D/YYYY` in en_US,
 * `D/M/YYYY`, `D.M.YYYY`, `D-M-YYYY` in day-first locales (two-digit years:
 * 00–29 → 20xx, 30–99 → 19xx), times `H:mm[:ss]` or `h:mm[:ss] AM`.
 *
 * Kept as text, on purpose: currency (`$5`, `5 €`) — Sheets converts the
 * locale's own symbol, but a score or a date is never written that way and
 * a wrong guess would hide an amount's text; dates without a year (`8/15`)
 * and bare times (`5:23`); ISO with `T`, `Z` or an offset and
 * `2026/09/27 3:00:00 PM GMT+3` (Sheets keeps those as text too; the engine
 * reads them as text dates); anything starting with `+` (phone numbers) or
 * `=`/`@`: the import never creates a formula.
 *
 * Speed: a field is looked at only when its first character could start a
 * number, a date or a boolean; plain digits are scanned without a regex.
 */
import { DAY_MS, daysFromCivil, isValidCivilDate } from '../../nps/civil';
import { zoneFor, type Zone } from '../../nps/zone';
import { conventionsFor, type LocaleConventions } from './localeConventions';
import type { ImportedCell } from './workbook';

/** Turns the text of one CSV field into the value Sheets would hold. */
export type CellConverter = (text: string) => ImportedCell;

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?`;
/** `2025-04-01`, `2025/4/1`, with an optional time. */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+${TIME})?$`);

/**
 * A converter for one spreadsheet locale and time zone; build it once per
 * file and call it for every field.
 *
 * @param locale spreadsheet locale, e.g. `en_US`, `de_DE`
 * @param timeZone spreadsheet time zone (IANA)
 * @example
 * const convert = cellConverter('de_DE', 'Europe/Berlin');
 * convert('3,5');        // 3.5
 * convert('24.12.2025'); // Date of 2025-12-24 00:00 in Berlin (2025-12-23T23:00:00Z)
 * convert('=1+1');       // '=1+1'
 */
export function cellConverter(locale: string, timeZone: string): CellConverter {
  const conventions = conventionsFor(locale);
  const zone = zoneFor(timeZone);
  const readNumber = numberReader(conventions);
  const readDate = dateReader(conventions, zone);
  const decimalCode = conventions.decimal.charCodeAt(0);

  const convertTrimmed = (text: string): ImportedCell | undefined => {
    const first = text.charCodeAt(0);
    if (isDigit(first) || first === MINUS || first === decimalCode) {
      const number = readNumber(text);
      if (number !== undefined) return number;
      if (isDigit(first)) return readDate(text);
      return undefined;
    }
    if (text.length === 4 || text.length === 5) {
      const upper = text.toUpperCase();
      if (upper === 'TRUE') return true;
      if (upper === 'FALSE') return false;
    }
    return undefined;
  };

  return (text) => {
    if (text.length === 0) return '';
    let value = convertTrimmed(text);
    if (value === undefined && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))) {
      const trimmed = text.trim();
      if (trimmed.length > 0) value = convertTrimmed(trimmed);
    }
    return value === undefined ? text : value;
  };
}

const MINUS = 45;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Reads a number written in the locale's way; undefined when the text is not one. */
function numberReader(conventions: LocaleConventions): (text: string) => number | undefined {
  const decimalCode = conventions.decimal.charCodeAt(0);
  const group = `[${escapeClass(conventions.grouping)}]`;
  const decimal = escapeClass(conventions.decimal);
  const pattern = new RegExp(
    String.raw`^(-?)(\d{1,3}(?:${group}\d{3})+|\d*)(?:[${decimal}](\d*))?(?:[eE]([+-]?\d+))?([ \u00a0\u202f]?%)?$`,
  );
  const groupChars = new RegExp(group, 'g');

  return (text) => {
    // Fast path: optional minus, digits, at most one decimal separator.
    let digits = 0;
    let separators = 0;
    let i = text.charCodeAt(0) === MINUS ? 1 : 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) digits++;
      else if (c === decimalCode && separators === 0) separators++;
      else break;
    }
    if (i === text.length) {
      if (digits === 0) return undefined;
      const plain = separators && decimalCode !== 46 ? text.replace(conventions.decimal, '.') : text;
      return Number(plain) || 0; // `|| 0` turns -0 into 0, as Sheets shows it
    }
    const match = pattern.exec(text);
    if (!match) return undefined;
    const [, sign, whole, fraction = '', exponent = '0', percent] = match;
    if (whole.length === 0 && fraction.length === 0) return undefined;
    // Shift the exponent for percentages instead of dividing: "0.7%" is 0.007, not 0.006999….
    const power = Number(exponent) - (percent ? 2 : 0);
    const value = Number(`${sign}${whole.replace(groupChars, '') || '0'}.${fraction || '0'}e${power}`);
    return Number.isFinite(value) ? value || 0 : undefined;
  };
}

/** Reads a date (with an optional time) the locale reads; undefined when the text is not one. */
function dateReader(conventions: LocaleConventions, zone: Zone): (text: string) => Date | undefined {
  const separators = conventions.dayFirst ? '/.-' : '/';
  const slashed = new RegExp(
    String.raw`^(\d{1,2})([${escapeClass(separators)}])(\d{1,2})\2(\d{4}|\d{2})(?:\s+${TIME})?$`,
  );
  return (text) => {
    if (text.length < 6) return undefined;
    const iso = YEAR_FIRST.exec(text);
    if (iso) return dateOf(zone, +iso[1], +iso[3], +iso[4], iso.slice(5));
    const match = slashed.exec(text);
    if (!match) return undefined;
    const [, a, , b, yearText] = match;
    const month = conventions.dayFirst ? +b : +a;
    const day = conventions.dayFirst ? +a : +b;
    let year = +yearText;
    if (yearText.length === 2) year += year < 30 ? 2000 : 1900;
    return dateOf(zone, year, month, day, match.slice(5));
  };
}

/** The instant of a wall-clock date and time in the zone; undefined for an impossible one (Feb 30, 25:00). */
function dateOf(zone: Zone, year: number, month: number, day: number, time: (string | undefined)[]): Date | undefined {
  if (year < 1000 || !isValidCivilDate(year, month, day)) return undefined;
  const [hourText, minuteText, secondText, meridiem] = time;
  let hour = hourText === undefined ? 0 : +hourText;
  const minute = minuteText === undefined ? 0 : +minuteText;
  const second = secondText === undefined ? 0 : +secondText;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' || meridiem === 'P' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const localMs = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return new Date(zone.toInstant(localMs));
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, '\\$&');
}
