/**
 * XLSX → sheets, holding what Google Sheets holds after opening the file:
 * typed cells as they are (a string that looks like a number stays a
 * string), dates as instants in the spreadsheet's zone, formulas as their
 * cached results, rich text and hyperlinks as their text, errors as their
 * text (`#N/A`), merged ranges with the value in the top-left cell only.
 */
import { ValueType, Workbook, type CellValue, type Worksheet } from 'exceljs';
import { zoneFor, type Zone } from '../../nps/zone';
import { isOpenDocumentSpreadsheet } from './detectFormat';
import { ImportError } from './importError';
import type { ImportedCell, ImportedSheet } from './workbook';

/**
 * Reads the sheets of an XLSX file: all of them in tab order, or only the
 * one named `sheetName`. Each grid ends at the last row and column that
 * hold a value.
 *
 * @param bytes the file content (starts with a ZIP signature)
 * @param timeZone spreadsheet time zone (IANA): a date cell's wall clock is kept in it
 * @param fileLabel the file's name, for messages
 * @param sheetName the sheet to read, if only one
 * @throws ImportError `not-a-workbook` for a ZIP that Excel did not write, `no-such-sheet` listing the names
 * @example
 * const [first] = await readXlsx(bytes, 'Europe/Paris', 'export.xlsx');
 * first.values[0]; // the header row
 */
export async function readXlsx(
  bytes: Uint8Array,
  timeZone: string,
  fileLabel: string,
  sheetName?: string,
): Promise<ImportedSheet[]> {
  const zone = zoneFor(timeZone);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw notAWorkbook(bytes, fileLabel);
  }
  const worksheets = workbook.worksheets;
  if (worksheets.length === 0) throw notAWorkbook(bytes, fileLabel);
  let chosen = worksheets;
  if (sheetName !== undefined) {
    const wanted = sheetName.trim().toLowerCase();
    chosen = worksheets.filter((sheet) => sheet.name === sheetName);
    if (chosen.length === 0) chosen = worksheets.filter((sheet) => sheet.name.trim().toLowerCase() === wanted);
    if (chosen.length === 0) {
      const names = worksheets.map((sheet) => `"${sheet.name}"`).join(', ');
      throw new ImportError('no-such-sheet', `${fileLabel} has no sheet named "${sheetName}": use one of ${names}.`);
    }
    chosen = chosen.slice(0, 1);
  }
  return chosen.map((sheet) => ({ name: sheet.name, values: sheetValues(sheet, zone) }));
}

function sheetValues(sheet: Worksheet, zone: Zone): ImportedCell[][] {
  const cells: { row: number; column: number; value: ImportedCell }[] = [];
  let height = 0;
  let width = 0;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, columnNumber) => {
      // Cells covered by a merge repeat the top-left value in exceljs; Sheets leaves them empty.
      if (cell.type === ValueType.Merge) return;
      const value = importedValue(cell.value, zone);
      if (value === '') return;
      cells.push({ row: rowNumber - 1, column: columnNumber - 1, value });
      if (rowNumber > height) height = rowNumber;
      if (columnNumber > width) width = columnNumber;
    });
  });
  const values: ImportedCell[][] = [];
  for (let r = 0; r < height; r++) values.push(new Array<ImportedCell>(width).fill(''));
  for (const cell of cells) values[cell.row][cell.column] = cell.value;
  return values;
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

function notAWorkbook(bytes: Uint8Array, fileLabel: string): ImportError {
  const message = isOpenDocumentSpreadsheet(bytes)
    ? `${fileLabel} is an OpenDocument spreadsheet (.ods): save it as .xlsx or .csv and try again.`
    : `${fileLabel} is a ZIP archive but not an Excel workbook: export the survey responses as .xlsx or .csv and try again.`;
  return new ImportError('not-a-workbook', message);
}
