/**
 * Cells as the user recognises them in messages and lists: a value as
 * text, a column's header text.
 */
import type { TablePosition } from '../shared/contract';
import { DAY_MS, isoDateOfDays } from './civil';
import { isDateCell } from './cellKinds';
import type { Zone } from './zone';
import { cutText } from './cutText';

/** Longest text shown for one cell; longer text is cut with "…". */
const MAX_TEXT = 60;
const IMPORT_ID = /^\s*\{\s*"ImportId"/i;

/**
 * A cell as short text: text as is, numbers as JavaScript prints them,
 * booleans as TRUE/FALSE, dates as the local `YYYY-MM-DD` (with `hh:mm`
 * when not midnight) in the spreadsheet's zone.
 *
 * @example cellDisplayText(true, zoneFor('UTC'))                              // 'TRUE'
 * @example cellDisplayText(new Date(Date.UTC(2025, 0, 2, 9, 5)), zoneFor('UTC')) // '2025-01-02 09:05'
 */
export function cellDisplayText(cell: unknown, zone: Zone): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
  else if (isDateCell(cell)) text = localDateTime(cell.getTime(), zone);
  else text = String(cell);
  return text.length > MAX_TEXT ? cutText(text, MAX_TEXT - 1) + '…' : text;
}

/**
 * A header as a title or a sentence names it: at most 100 characters, so
 * that a header of thousands (a cell holds 50,000) neither buries the title
 * nor pushes it past what a cell holds.
 *
 * @example headerInText('Plan') // 'Plan'
 */
export function headerInText(header: string): string {
  return header.length > 100 ? `${cutText(header, 99)}…` : header;
}

/**
 * The header text of a column: its header rows' non-blank cells joined with
 * " · " (Qualtrics ImportId rows and repeated texts left out); "" when blank.
 *
 * @example headerTextOf([['Score'], ['Response']], { headerRow: 1, headerRows: 2, firstDataRow: 3, lastRow: 9 }, 0) // 'Score · Response'
 */
export function headerTextOf(values: unknown[][], table: TablePosition, column: number): string {
  const parts: string[] = [];
  for (let r = 0; r < table.headerRows; r++) {
    const row = values[table.headerRow - 1 + r];
    const cell = row ? row[column] : '';
    if (cell === '' || cell === null || cell === undefined) continue;
    const text = String(cell).trim();
    if (text === '' || IMPORT_ID.test(text) || parts.indexOf(text) >= 0) continue;
    parts.push(text);
  }
  return parts.join(' · ');
}

function localDateTime(instant: number, zone: Zone): string {
  const local = instant + Math.round(zone.offsetMinutes(instant) * 60000);
  const day = Math.floor(local / DAY_MS);
  const minutes = Math.floor((local - day * DAY_MS) / 60000);
  const date = isoDateOfDays(day);
  if (minutes === 0) return date;
  const pad = (n: number) => (n < 10 ? '0' : '') + n;
  return `${date} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
