/**
 * Import a survey export the way Google Sheets imports it (Node only):
 * XLSX or CSV/TSV, recognised by content rather than by extension, cells
 * converted as Sheets converts them for the spreadsheet's locale and time
 * zone. Files that cannot be read throw an {@link ImportError} whose message
 * a marketer can act on.
 */
import { basename, extname } from 'path';
import { readDelimitedText } from './csv';
import { decodeText } from './decodeText';
import { detectFormat } from './detectFormat';
import { ImportError } from './importError';
import { readBytes } from './readBytes';
import { validSheetNames } from './sheetName';
import type { ImportOptions, ImportedWorkbook } from './workbook';

export { ImportError, type ImportProblem } from './importError';
export type { ImportOptions, ImportedCell, ImportedSheet, ImportedWorkbook } from './workbook';

/**
 * Imports a file: every sheet of an XLSX (or the one `options.sheet` names),
 * or the single sheet of a CSV/TSV, named after the file. Sheet names are
 * made valid as Sheets makes them (see sheetName); what Sheets' limits cut
 * and what encoding was guessed is told in `warnings`.
 *
 * @param pathOrBuffer a file path, or the file's bytes (then pass `fileName` for the sheet name)
 * @param options locale (default `en_US`), timeZone (default `UTC`), fileName, sheet (XLSX)
 * @throws ImportError when the file is missing, empty, binary, in an encoding that cannot be told, has a quote that never
 *   closes, is an old .xls, not a workbook, or lacks the sheet
 * @example
 * const { sheets } = await importFile('responses.csv', { locale: 'en_US', timeZone: 'America/New_York' });
 * sheets[0].name;         // 'responses'
 * sheets[0].values[1][0]; // Date of 8/15/2025 5:23:54 in New York
 */
export async function importFile(pathOrBuffer: string | Uint8Array, options: ImportOptions = {}): Promise<ImportedWorkbook> {
  const fileName = options.fileName ?? (typeof pathOrBuffer === 'string' ? basename(pathOrBuffer) : undefined);
  const fileLabel = fileName ?? 'The file';
  const bytes = typeof pathOrBuffer === 'string' ? await readBytes(pathOrBuffer) : pathOrBuffer;
  if (bytes.length === 0) {
    throw new ImportError('empty', `${fileLabel} is empty: export the survey responses again and try again.`);
  }
  switch (detectFormat(bytes)) {
    case 'zip': {
      // The workbook reader (exceljs) takes longer to load than a CSV of 2,000 responses to read: loaded only for a workbook.
      const { readXlsx } = await import('./xlsx');
      return readXlsx(bytes, options.timeZone ?? 'UTC', fileLabel, options.sheet);
    }
    case 'ole':
      throw new ImportError(
        'old-excel',
        `${fileLabel} is an old Excel 97–2003 file (.xls): open it in Excel or Sheets, save it as .xlsx or .csv, and try again.`,
      );
    case 'text': {
      const { text, warnings } = decodeText(bytes, fileLabel);
      const book = importText(text, { ...options, fileName });
      return { sheets: book.sheets, warnings: [...warnings, ...book.warnings] };
    }
  }
}

/**
 * Imports CSV or TSV text already in memory (separator detected) as one
 * sheet named after `options.fileName` without its extension (made a valid
 * sheet name: trimmed, at most 100 characters), or `Sheet1`.
 *
 * @param text the CSV/TSV content (a leading BOM is ignored)
 * @param options locale (default `en_US`), timeZone (default `UTC`), fileName
 * @throws ImportError `empty` when the text holds nothing but blanks, `unclosed-quote` for a quote that never closes
 * @example
 * importText('Datum;Punkte\n24.12.2025;3,5', { locale: 'de_DE' }).sheets[0].values[1];
 * // [new Date(Date.UTC(2025, 11, 24)), 3.5]
 */
export function importText(text: string, options: ImportOptions = {}): ImportedWorkbook {
  const fileName = options.fileName;
  const [sheetName] = validSheetNames([fileName ? basename(fileName, extname(fileName)) || fileName : '']);
  const { sheet, warnings } = readDelimitedText(
    text,
    sheetName,
    options.locale ?? 'en_US',
    options.timeZone ?? 'UTC',
    fileName ?? 'The text',
  );
  return { sheets: [sheet], warnings };
}
