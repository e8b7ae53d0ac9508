/**
 * What Google Sheets makes of a CSV field when it imports a file with
 * "convert text to numbers, dates and formulas", for one spreadsheet locale
 * and time zone.
 *
 * Converted: numbers (see csvNumber: plain, the locale's decimal and
 * thousands separators, `1e5`, `12%` → 0.12; `00123` → 123 and long IDs
 * stay numbers, as in Sheets, which keeps 15 significant digits), dates with
 * an optional time (see csvDate: ISO everywhere, `M/D/YYYY` in en_US,
 * `D/M/YYYY` and `D.M.YYYY` in day-first locales; in English locales also
 * dates with a month name, `Mar 4, 2025 5:22 PM`, `4 Mar 2025`, `04-Mar-2025`,
 * read by the engine's date reader), and `TRUE`/`FALSE` in any
 * case. Quoted fields are converted too: CSV quotes are syntax, not a
 * "this is text" marker.
 *
 * Kept as text, on purpose: currency (`$5`, `5 €`) — Sheets converts the
 * locale's own symbol, but no score or date is written that way and a wrong
 * guess would turn a label into an amount; dates without a year (`8/15`)
 * and bare times (`5:23`), which Sheets would complete with today's year
 * or a 1899 date; ISO with `T`, `Z` or an offset and
 * `2026/09/27 3:00:00 PM GMT+3` (Sheets keeps those as text too; the engine
 * reads them as text dates); anything starting with `+` (phone numbers),
 * `=` or `@`: the import never creates a formula.
 *
 * Speed: a field is looked at only when its first character could start a
 * number, a date or a boolean.
 */
import { readDate as readTextDate } from '../../nps/dateText';
import { looksLikeNamedDate } from '../../nps/namedDate';
import { zoneFor, type Zone } from '../../nps/zone';
import { csvDateReader } from './csvDate';
import { csvNumberReader } from './csvNumber';
import { conventionsFor } from './localeConventions';
import type { ImportedCell } from './workbook';

/** Turns the text of one CSV field into the value Sheets would hold. */
export type CellConverter = (text: string) => ImportedCell;

/**
 * A converter for one spreadsheet locale and time zone; build it once per
 * file and call it for every field.
 *
 * @param locale spreadsheet locale, e.g. `en_US`, `de_DE`
 * @param timeZone spreadsheet time zone (IANA)
 * @throws Error for an unknown time zone (from zoneFor)
 * @example
 * const convert = cellConverter('de_DE', 'Europe/Berlin');
 * convert('3,5');        // 3.5
 * convert('24.12.2025'); // 2025-12-24 00:00 in Berlin: new Date(Date.UTC(2025, 11, 23, 23))
 * convert('=1+1');       // '=1+1'
 */
export function cellConverter(locale: string, timeZone: string): CellConverter {
  const conventions = conventionsFor(locale);
  const readNumber = csvNumberReader(conventions);
  const zone = zoneFor(timeZone);
  const readDate = csvDateReader(conventions.dayFirst, zone);
  const readNamed = /^en(_|-|$)/i.test(String(locale || 'en_US')) ? namedDateReader(zone) : () => undefined;
  const decimalCode = conventions.decimal.charCodeAt(0);

  const convertTrimmed = (text: string): ImportedCell | undefined => {
    const first = text.charCodeAt(0);
    if (isDigit(first) || first === MINUS || first === decimalCode) {
      const number = readNumber(text);
      if (number !== undefined) return number;
      return isDigit(first) ? (readDate(text) ?? readNamed(text)) : undefined;
    }
    if (text.length === 4 || text.length === 5) {
      const upper = text.toUpperCase();
      if (upper === 'TRUE') return true;
      if (upper === 'FALSE') return false;
    }
    return readNamed(text);
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

/** A time and a zone at the end (`5:22 Z`, `17:22 UTC`, `GMT+3`, `+02:00`): Sheets keeps such text as text. */
const ZONE_DESIGNATOR = /:\d{2}(?:\.\d+)?\s*(?:[AP]\.?M\.?\s*)?(?:\bZ|\b(?:GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?)$/i;

/** Reads `Mar 4, 2025 5:22 PM`, `4 Mar 2025` (English month names, no zone) as a wall clock in `zone`. */
function namedDateReader(zone: Zone): (text: string) => Date | undefined {
  return (text) => {
    if (!looksLikeNamedDate(text) || ZONE_DESIGNATOR.test(text)) return undefined;
    const instant = readTextDate(text, zone, 'month-first');
    return isNaN(instant) ? undefined : new Date(instant);
  };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}
