/**
 * XLSX → sheets, holding what Google Sheets holds after opening the file:
 * typed cells as they are (a string that looks like a number stays a
 * string), dates as instants in the spreadsheet's zone, formulas as their
 * cached results, rich text and hyperlinks as their text, errors as their
 * text (`#N/A`), merged ranges with the value in the top-left cell only.
 */
import { ValueType, Workbook, stream, type CellValue } from 'exceljs';
import { Readable } from 'stream';
import { zoneFor, type Zone } from '../../nps/zone';
import { isOpenDocumentSpreadsheet } from './detectFormat';
import { ImportError } from './importError';
import { MAX_CELLS, MAX_CELL_CHARS, MAX_COLUMNS, SheetLimiter, type CellBudget } from './sheetLimits';
import { validSheetNames } from './sheetName';
import type { ImportedCell, ImportedSheet, ImportedWorkbook } from './workbook';
import { preparePackage } from './xlsxPackage';

/**
 * Reads the sheets of an XLSX file: all of them in tab order, or only the
 * one named `sheetName`. Each grid ends at the last row and column that
 * hold a value, within Sheets' limits (see sheetLimits; what they cut is
 * told in `warnings`); tab names are made valid sheet names (see sheetName).
 *
 * @param bytes the file content (starts with a ZIP signature)
 * @param timeZone spreadsheet time zone (IANA): a date cell's wall clock is kept in it
 * @param fileLabel the file's name, for messages
 * @param sheetName the sheet to read, if only one
 * @param streamAboveBytes files larger than this are streamed (see LARGE_XLSX_BYTES); tests lower it
 * @param budget the cells the spreadsheet holds (tests lower it)
 * @throws ImportError `not-a-workbook` for a ZIP that Excel did not write, `no-such-sheet` listing the names
 * @example
 * const { sheets: [first] } = await readXlsx(bytes, 'Europe/Paris', 'export.xlsx');
 * first.values[0]; // the header row
 */
export async function readXlsx(
  bytes: Uint8Array,
  timeZone: string,
  fileLabel: string,
  sheetName?: string,
  streamAboveBytes = LARGE_XLSX_BYTES,
  budget: CellBudget = { cells: MAX_CELLS },
): Promise<ImportedWorkbook> {
  const zone = zoneFor(timeZone);
  const readPackage = async (fillReferences: boolean): Promise<ReadSheet[]> => {
    const { bytes: ready, tabNames } = preparePackage(bytes, undefined, fillReferences);
    const sheets = bytes.length > streamAboveBytes ? await streamSheets(ready, zone) : await loadSheets(ready, zone);
    for (const sheet of sheets) sheet.name = tabNames.get(sheet.name) ?? sheet.name;
    return sheets;
  };
  let read: ReadSheet[];
  try {
    read = await readPackage(false);
  } catch (first) {
    // Rows or cells without their reference (allowed, rare): written in, then read again.
    read = await readPackage(true).catch(() => {
      throw damagedOrNotAWorkbook(first, bytes, fileLabel);
    });
  }
  if (read.length === 0) throw notAWorkbook(bytes, fileLabel);
  if (sheetName !== undefined) {
    const wanted = sheetName.trim().toLowerCase();
    const chosen = read.find((sheet) => sheet.name === sheetName) ?? read.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
    if (!chosen) {
      const names = read.map((sheet) => `"${sheet.name}"`).join(', ');
      throw new ImportError('no-such-sheet', `${fileLabel} has no sheet named "${sheetName}": use one of ${names}.`);
    }
    read = [chosen];
  }
  const names = validSheetNames(read.map((sheet) => sheet.name));
  const warnings: string[] = [];
  const sheets = read.map(({ grid, hidden }, i): ImportedSheet => {
    const limiter = new SheetLimiter(`${fileLabel}, sheet "${names[i]}"`, budget);
    const values = grid.values(limiter);
    warnings.push(...limiter.warnings());
    return { name: names[i], values, hidden };
  });
  return { sheets, warnings };
}

/** A sheet as read, before Sheets' limits and naming rules apply. */
interface ReadSheet {
  name: string;
  grid: Grid;
  hidden: boolean;
}

/**
 * Above this size the workbook is streamed: exceljs' full model of a
 * 200,000 × 20 sheet takes over 2 GB and half a minute, its stream reader
 * 300 MB. The stream reader returns a formula's cached result as a plain
 * number (no date, boolean or error), which is why small files, the
 * common case, are loaded whole.
 */
const LARGE_XLSX_BYTES = 8 * 1024 * 1024;

async function loadSheets(bytes: Uint8Array, zone: Zone): Promise<ReadSheet[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  return workbook.worksheets.map((sheet) => {
    const grid = new Grid();
    sheet.eachRow((row, rowNumber) => {
      row.eachCell((cell, columnNumber) => {
        // Cells covered by a merge repeat the top-left value in exceljs; Sheets leaves them empty.
        if (cell.type !== ValueType.Merge) grid.set(rowNumber, columnNumber, importedValue(valueOf(cell), zone));
      });
    });
    return { name: sheet.name, grid, hidden: sheet.state !== 'visible' };
  });
}

async function streamSheets(bytes: Uint8Array, zone: Zone): Promise<ReadSheet[]> {
  const reader = new stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache', // for the number formats that make a number a date
    hyperlinks: 'ignore', // a hyperlink cell's value is its text
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: (ReadSheet & { id: number })[] = [];
  for await (const sheet of reader) {
    const grid = new Grid();
    // The file holds a merged range's value in its top-left cell only, as Sheets does.
    for await (const row of sheet) {
      row.eachCell((cell, columnNumber) => grid.set(row.number, columnNumber, importedValue(valueOf(cell), zone)));
    }
    const { name, id, state } = sheet as unknown as { name: string; id: number; state?: string };
    sheets.push({ name, id: Number(id), grid, hidden: state !== undefined && state !== 'visible' });
  }
  // Sheets arrive in the archive's order; the workbook lists them in tab order.
  const tabOrder = ((reader as unknown as { model?: { sheets?: { id: number }[] } }).model?.sheets ?? []).map((s) => Number(s.id));
  sheets.sort((a, b) => tabOrder.indexOf(a.id) - tabOrder.indexOf(b.id));
  return sheets.map(({ name, grid, hidden }) => ({ name, grid, hidden }));
}

/** The cells of a row the file does not have (never changed). */
const NO_CELLS: ImportedCell[] = [];

/**
 * A sparse set of cells (1-based row and column) that becomes a rectangular
 * grid ending at the last value: memory follows the cells the file holds,
 * not where they are (one cell at XFD1048576 is one entry here).
 */
class Grid {
  private readonly rows: ImportedCell[][] = [];

  set(rowNumber: number, columnNumber: number, value: ImportedCell): void {
    if (value === '') return;
    const row = this.rows[rowNumber - 1] ?? (this.rows[rowNumber - 1] = []);
    // A text over the cell limit keeps one character more, so that values() still sees it is too long.
    row[columnNumber - 1] = typeof value === 'string' && value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS + 1) : value;
  }

  /**
   * The rows, fitted by the limiter to Sheets' limits and padded to a
   * rectangle. Empty rows are made only when a row with values follows them,
   * so a lone far cell that is left out costs nothing.
   */
  values(limiter: SheetLimiter): ImportedCell[][] {
    const values: ImportedCell[][] = [];
    let emptyRows = 0;
    for (let r = 0; r < this.rows.length; r++) {
      const sparse = this.rows[r];
      if (!sparse) {
        limiter.fit(NO_CELLS);
        emptyRows++;
        continue;
      }
      const width = Math.min(sparse.length, MAX_COLUMNS);
      const row: ImportedCell[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const value = sparse[c] ?? '';
        row[c] = typeof value === 'string' && value.length > MAX_CELL_CHARS ? limiter.text(value, r + 1, c + 1) : value;
      }
      let beyond = 0;
      if (sparse.length > MAX_COLUMNS) sparse.forEach((_v, c) => void (c >= MAX_COLUMNS && beyond++));
      const kept = limiter.fit(row, beyond);
      if (!kept) continue; // the grid is full: later rows are only counted
      if (kept.length > 0) {
        for (; emptyRows > 0; emptyRows--) values.push([]);
        values.push(kept);
      } else {
        emptyRows++;
      }
    }
    return limiter.pad(values);
  }
}

/**
 * An exceljs cell's value, with a formula's cached result filled in: exceljs
 * leaves `value.result` out when the result is falsy (0, FALSE, ""), while
 * `cell.result` keeps it — without this a formula that gives 0 would read as blank.
 */
function valueOf(cell: { type: ValueType; value: CellValue; result?: unknown }): CellValue {
  const value = cell.value;
  if (cell.type !== ValueType.Formula || value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return value;
  const result = (value as { result?: unknown }).result ?? cell.result;
  return { ...(value as object), result } as CellValue;
}

/** The value Sheets holds for an exceljs cell value. */
function importedValue(value: CellValue, zone: Zone): ImportedCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    // exceljs writes the cell's wall clock as a UTC time; Sheets reads it in the spreadsheet's zone.
    const wallClock = value.getTime();
    return Number.isNaN(wallClock) ? '' : new Date(zone.toInstant(wallClock));
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? '' : importedValue(value.result as CellValue, zone);
  }
  if ('hyperlink' in value) return importedValue(value.text as CellValue, zone);
  return String(value);
}

/** The error for a package exceljs could not read: a cell past Excel's last column is named, anything else is not a workbook. */
function damagedOrNotAWorkbook(error: unknown, bytes: Uint8Array, fileLabel: string): ImportError {
  const column = /Invalid column letter: ?([A-Z]+)/i.exec(error instanceof Error ? error.message : '');
  if (!column) return notAWorkbook(bytes, fileLabel);
  return new ImportError(
    'not-a-workbook',
    `${fileLabel} has a cell in column ${column[1]}, past the last column a spreadsheet has (XFD), so the file is damaged: ` +
      'open it in Excel and save it again, or export it again, and try again.',
  );
}

function notAWorkbook(bytes: Uint8Array, fileLabel: string): ImportError {
  const message = isOpenDocumentSpreadsheet(bytes)
    ? `${fileLabel} is an OpenDocument spreadsheet (.ods): save it as .xlsx or .csv and try again.`
    : `${fileLabel} is a ZIP archive but not an Excel workbook: export the survey responses as .xlsx or .csv and try again.`;
  return new ImportError('not-a-workbook', message);
}
