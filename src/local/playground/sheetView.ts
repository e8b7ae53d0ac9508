/**
 * What the playground shows of the sheets: a list of tabs and one page of a
 * sheet at a time, every cell as the text Sheets would display. Pages keep
 * a 100,000-row sheet from turning into a giant HTML table.
 */
import type { LocalSheet } from '../sheets/localSheet';
import { cellKey } from '../sheets/localSheet';
import type { LocalSpreadsheet } from '../sheets/localSpreadsheet';
import { displayText } from '../sheets/numberFormat';

/** Rows per page of the sheet view. */
const PAGE_ROWS = 200;
/** Columns shown at most (wider sheets are cut, with a note). */
export const MAX_COLUMNS = 60;

/** One tab of the sheet view. */
export interface SheetTab {
  name: string;
  id: number;
  rows: number;
  columns: number;
  charts: number;
  active: boolean;
}

/** One page of a sheet, as display text. */
export interface SheetPage {
  name: string;
  /** 0-based page number. */
  page: number;
  pages: number;
  /** Sheet row of the first row of `cells`. */
  firstRow: number;
  /** Last row with content (0 when empty). */
  rowCount: number;
  /** Last column with content (0 when empty). */
  columnCount: number;
  /** Columns actually sent (≤ MAX_COLUMNS). */
  shownColumns: number;
  cells: string[][];
}

/**
 * The tabs of the spreadsheet, in sheet order.
 *
 * @param book the in-memory spreadsheet
 */
export function sheetTabs(book: LocalSpreadsheet): SheetTab[] {
  return book.sheets.map((sheet) => ({
    name: sheet.name,
    id: sheet.id,
    rows: safe(() => sheet.lastRow(), 0),
    columns: safe(() => sheet.lastColumn(), 0),
    charts: sheet.charts.length,
    active: sheet === book.activeSheet,
  }));
}

/**
 * One page of a sheet; the page number is clamped to the sheet.
 *
 * @param book the in-memory spreadsheet
 * @param sheet the sheet to show
 * @param page 0-based page number
 * @example sheetPage(book, book.sheets[0], 0).cells[0] // ['Timestamp', 'How likely…', …]
 */
export function sheetPage(book: LocalSpreadsheet, sheet: LocalSheet, page: number): SheetPage {
  const rowCount = safe(() => sheet.lastRow(), 0);
  const columnCount = safe(() => sheet.lastColumn(), 0);
  const pages = Math.max(1, Math.ceil(rowCount / PAGE_ROWS));
  const current = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  const firstRow = current * PAGE_ROWS + 1;
  const lastRow = Math.min(rowCount, firstRow + PAGE_ROWS - 1);
  const shownColumns = Math.min(columnCount, MAX_COLUMNS);
  const cells: string[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const line: string[] = [];
    for (let column = 1; column <= shownColumns; column++) line.push(cellText(book, sheet, row, column));
    cells.push(line);
  }
  return { name: sheet.name, page: current, pages, firstRow, rowCount, columnCount, shownColumns, cells };
}

/** What the cell displays; a formula the local spreadsheet does not evaluate shows its reason. */
function cellText(book: LocalSpreadsheet, sheet: LocalSheet, row: number, column: number): string {
  try {
    const value = sheet.value(row, column);
    return displayText(value, sheet.numberFormats.get(cellKey(row, column)), book.locale, book.timeZone);
  } catch (error) {
    return `#N/A (${error instanceof Error ? error.message : String(error)})`;
  }
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
