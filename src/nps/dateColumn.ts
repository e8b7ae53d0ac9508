/**
 * Reading a whole date column at once: the day order of slashed text is
 * decided once for the column, then every cell is read.
 */
import { DAY_MS, civilFromDays, daysFromCivil } from './civil';
import { DayOrder, dateCellInstant, dayOrderForLocale, readDate, slashedEvidence } from './dateText';
import type { Zone } from './zone';

/** Options of {@link readDateColumn}. */
export interface DateColumnOptions {
  /** Spreadsheet locale ("en_US", "de_DE"…): the day order when the values do not show it. Default month-first. */
  locale?: string;
  /** Day order of slashed dates, when known: skips detection. */
  order?: DayOrder;
  /** Read text without an offset as UTC instead of the zone's wall clock. */
  textIsUtc?: boolean;
  /**
   * Read date cells' wall clock (as the sheet shows them, in the zone) as UTC:
   * a CSV column headed "Submit Date (UTC)" that Sheets imported as dates in
   * the spreadsheet's zone holds UTC times.
   */
  dateCellsAreUtc?: boolean;
}

// Local names for the hot loop: global lookups are slow in `vm` contexts.
const toStringOf = Object.prototype.toString;
const isArray = Array.isArray;
const prototypeOf = Object.getPrototypeOf;

/**
 * The instants (ms) of a column of date cells, NaN where a cell is not a
 * readable date (see {@link readDate}). Slashed text dates are read in the
 * order `options.order`, else the one their unambiguous values show
 * ({@link slashedEvidence}), else the locale's. A cell may also be a
 * one-element row (a one-column 2-D range).
 *
 * A column whose text dates are plainly in the other order than the locale's
 * (`13/01/2025` in a US sheet) and whose date cells all fall on days 1–12 was
 * half-read by the import (Sheets and Excel turn `01/02/2025` into a date in
 * the locale's order and leave `13/01/2025` as text): its date cells are read
 * back in the column's order (day and month swapped, time kept).
 *
 * @param cells the column's cells
 * @param zone the spreadsheet's zone
 * @param options locale, day order, `textIsUtc`
 * @example
 * const utc = zoneFor('UTC');
 * readDateColumn(['25/03/2025', '01/04/2025', ''], utc);
 * // Float64Array [Date.UTC(2025, 2, 25), Date.UTC(2025, 3, 1), NaN] (day-first from 25/03)
 * readDateColumn([new Date(Date.UTC(2025, 0, 1))], utc); // Float64Array [1735689600000]
 */
export function readDateColumn(cells: ArrayLike<unknown>, zone: Zone, options: DateColumnOptions = {}): Float64Array {
  const n = cells.length;
  const out = new Float64Array(n);
  let order = options.order;
  const textIsUtc = options.textIsUtc === true;
  const dateCellsAreUtc = options.dateCellsAreUtc === true;
  // The common case, date cells, is read inline; the prototype of the last
  // verified Date (from whatever realm) spares the tag check on the next ones.
  let dateProto: object | null = null;
  let dateCells = 0;
  let textOrderShown = false;
  for (let i = 0; i < n; i++) {
    let cell = cells[i];
    if (typeof cell === 'object' && cell !== null) {
      if (isArray(cell)) cell = cell[0];
      if (typeof cell === 'object' && cell !== null) {
        const proto = prototypeOf(cell);
        if ((proto === dateProto && proto !== null) || toStringOf.call(cell) === '[object Date]') {
          dateProto = proto;
          dateCells++;
          const t = dateCellInstant((cell as Date).getTime(), zone);
          out[i] = dateCellsAreUtc ? t + zone.offsetMinutes(t) * 60000 : t;
          continue;
        }
        out[i] = NaN;
        continue;
      }
    }
    if (typeof cell === 'string') {
      if (order === undefined) {
        const shown = slashedEvidence(cells).order;
        textOrderShown = shown !== null;
        order = shown ?? localeOrder(options.locale);
      }
      out[i] = readDate(cell, zone, order, textIsUtc);
    } else {
      out[i] = NaN;
    }
  }
  if (textOrderShown && dateCells > 0 && order !== localeOrder(options.locale)) swapMisreadDays(cells, out, zone, dateCellsAreUtc);
  return out;
}

function localeOrder(locale: string | undefined): DayOrder {
  return locale ? dayOrderForLocale(locale) : 'month-first';
}

/**
 * Reads the date cells of `cells` again with day and month swapped (wall
 * clock in the zone, time of day kept) when every one of them falls on a day
 * 1–12, i.e. could have been read in the other order; leaves `out` as it is
 * otherwise.
 */
function swapMisreadDays(cells: ArrayLike<unknown>, out: Float64Array, zone: Zone, dateCellsAreUtc: boolean): void {
  const dateRows: number[] = [];
  const wallClocks: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    let cell = cells[i];
    if (isArray(cell)) cell = cell[0];
    if (typeof cell !== 'object' || cell === null || toStringOf.call(cell) !== '[object Date]') continue;
    const t = (cell as Date).getTime();
    if (t !== t) continue;
    const wall = t + zone.offsetMinutes(t) * 60000;
    if (civilFromDays(Math.floor(wall / DAY_MS)).day > 12) return;
    dateRows.push(i);
    wallClocks.push(wall);
  }
  for (let k = 0; k < dateRows.length; k++) {
    const wall = wallClocks[k];
    const days = Math.floor(wall / DAY_MS);
    const { year, month, day } = civilFromDays(days);
    const swapped = daysFromCivil(year, day, month) * DAY_MS + (wall - days * DAY_MS);
    out[dateRows[k]] = dateCellsAreUtc ? swapped : zone.toInstant(swapped);
  }
}
