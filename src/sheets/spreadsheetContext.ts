/**
 * What the custom functions need from the spreadsheet itself: its time zone
 * (periods are calendar periods there) and its locale (the month/day order
 * of text dates when a column does not settle it). Read once per call; custom functions may only read.
 */
import { zoneFor, type Zone } from '../nps/zone';

/** The spreadsheet's zone and locale. */
export interface SpreadsheetContext {
  zone: Zone;
  /** Sheets locale code such as "en_US" or "de_DE". */
  locale: string;
}

/** Offsets from Utilities.formatDate, for a runtime whose Intl lacks time zones. */
function utilitiesOffset_(timeZone: string): (instantMs: number) => number {
  return (instantMs) => {
    const z = Utilities.formatDate(new Date(instantMs), timeZone, 'Z'); // e.g. "-0500"
    const sign = z[0] === '-' ? -1 : 1;
    return sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  };
}

/**
 * The spreadsheet's zone and locale (the active spreadsheet unless the caller already has it).
 * Fixed offsets such as `GMT-07:00` (File › Settings offers them) are zones too.
 * @throws Error when the spreadsheet's zone is not one we know: never a silent UTC
 * @example spreadsheetContext().zone.id // "America/New_York"
 */
export function spreadsheetContext(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): SpreadsheetContext {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  let zone: Zone;
  try {
    zone = zoneFor(timeZone, utilitiesOffset_(timeZone));
  } catch (e) {
    throw new Error(
      `The spreadsheet's time zone “${timeZone}” is not one we know; set it in File › Settings (a place such as America/New_York, or an offset such as GMT-07:00).`,
    );
  }
  return { zone, locale: spreadsheet.getSpreadsheetLocale() };
}
