/**
 * CSV/TSV text → one sheet, the way Sheets imports it: separator detected,
 * quotes respected (a quoted field may hold separators and line breaks),
 * every field converted as Sheets converts typed text (see cellConversion),
 * quoted or not — the quotes are CSV syntax, not a "this is text" marker.
 */
import { parse } from 'papaparse';
import { cellConverter } from './cellConversion';
import { detectDelimiter } from './delimiter';
import { ImportError } from './importError';
import { rectangular, type ImportedCell, type ImportedSheet } from './workbook';

/**
 * Reads CSV or TSV text into a rectangular sheet. Blank lines inside the
 * data stay as empty rows (so row numbers match the file's); blank lines at
 * the end are dropped.
 *
 * @param text the decoded file (a leading BOM is ignored)
 * @param sheetName the name the sheet gets
 * @param locale spreadsheet locale, e.g. `en_US`, `de_DE`
 * @param timeZone spreadsheet time zone (IANA)
 * @param fileLabel the file's name, for messages
 * @throws ImportError `empty` when the text holds nothing but blanks
 * @example
 * readDelimitedText('Score;Datum\n3,5;24.12.2025\n', 'x', 'de_DE', 'UTC', 'x.csv').values;
 * // [['Score', 'Datum'], [3.5, new Date(Date.UTC(2025, 11, 24))]]
 */
export function readDelimitedText(
  text: string,
  sheetName: string,
  locale: string,
  timeZone: string,
  fileLabel: string,
): ImportedSheet {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) {
    throw new ImportError('empty', `${fileLabel} is empty: export the survey responses again and try again.`);
  }
  const convert = cellConverter(locale, timeZone);
  const rows = parse<string[]>(body, { delimiter: detectDelimiter(body) }).data;
  while (rows.length > 0 && isBlankLine(rows[rows.length - 1])) rows.pop();
  // Each parsed row is replaced by its converted copy (exactly sized; the
  // parser's arrays carry spare capacity) and becomes garbage at once.
  const values = rows as unknown as ImportedCell[][];
  for (let r = 0; r < rows.length; r++) {
    const fields = rows[r];
    const row: ImportedCell[] = new Array(fields.length);
    for (let c = 0; c < fields.length; c++) row[c] = convert(fields[c]);
    values[r] = row;
  }
  return { name: sheetName, values: rectangular(values) };
}

function isBlankLine(fields: string[]): boolean {
  return fields.length === 1 && fields[0].trim() === '';
}
