/**
 * CSV/TSV text → one sheet, the way Sheets imports it: separator detected,
 * quotes respected (a quoted field may hold separators and line breaks),
 * every field converted as Sheets converts typed text (see cellConversion),
 * quoted or not — the quotes are CSV syntax, not a "this is text" marker.
 */
import { cellConverter } from './cellConversion';
import { parseDelimited } from './csvParse';
import { detectDelimiter } from './delimiter';
import { RepeatedFields } from './repeatedFields';
import { ImportError } from './importError';
import { MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, SheetLimiter, type CellBudget } from './sheetLimits';
import type { ImportedCell, ImportedSheet } from './workbook';

/**
 * Reads CSV or TSV text into a rectangular sheet. Blank lines inside the
 * data stay as empty rows (so row numbers match the file's); blank lines at
 * the end are dropped. Rows end at `\r\n`, `\n` or `\r`, mixed or not.
 * Sheets' limits apply (see sheetLimits): what they cut is told in `warnings`.
 *
 * @param text the decoded file (a leading BOM is ignored)
 * @param sheetName the name the sheet gets
 * @param locale spreadsheet locale, e.g. `en_US`, `de_DE`
 * @param timeZone spreadsheet time zone (IANA)
 * @param fileLabel the file's name, for messages
 * @param budget the cells the spreadsheet still holds (tests lower it)
 * @throws ImportError `empty` when the text holds nothing but blanks, `unclosed-quote` naming the line of a quote that never closes
 * @example
 * readDelimitedText('Score;Datum\n3,5;24.12.2025\n', 'x', 'de_DE', 'UTC', 'x.csv').sheet.values;
 * // [['Score', 'Datum'], [3.5, new Date(Date.UTC(2025, 11, 24))]]
 */
export function readDelimitedText(
  text: string,
  sheetName: string,
  locale: string,
  timeZone: string,
  fileLabel: string,
  budget: CellBudget = { cells: MAX_CELLS },
): { sheet: ImportedSheet; warnings: string[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) {
    throw new ImportError('empty', `${fileLabel} is empty: export the survey responses again and try again.`);
  }
  const convert = cellConverter(locale, timeZone);
  const limiter = new SheetLimiter(fileLabel, budget);
  const values: ImportedCell[][] = [];
  const repeated = new RepeatedFields(convert);
  const { unclosedQuoteLine } = parseDelimited(
    body,
    detectDelimiter(body),
    (fields, _line, skipped) => {
      const rowNumber = values.length + 1;
      let width = fields.length;
      while (width > 0 && fields[width - 1] === '') width--;
      const row: ImportedCell[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const field = fields[c];
        row[c] = field.length > MAX_CELL_CHARS ? convert(limiter.text(field, rowNumber, c + 1)) : repeated.cell(c, field);
      }
      const kept = limiter.fit(row, skipped);
      if (kept) values.push(kept);
    },
    MAX_COLUMNS,
  );
  if (unclosedQuoteLine !== null) throw unclosedQuote(fileLabel, unclosedQuoteLine);
  // Lines of nothing but spaces at the end are blank lines, not data.
  while (values.length > 0 && isBlankLine(values[values.length - 1])) values.pop();
  return { sheet: { name: sheetName, values: limiter.pad(values) }, warnings: limiter.warnings() };
}

function isBlankLine(cells: ImportedCell[]): boolean {
  return cells.length === 0 || (cells.length === 1 && typeof cells[0] === 'string' && cells[0].trim() === '');
}

function unclosedQuote(fileLabel: string, line: number): ImportError {
  return new ImportError(
    'unclosed-quote',
    `${fileLabel}, line ${line}: a quote (") opens a cell here and never closes properly, so the lines after it would merge into one cell; ` +
      'remove that quote or save the file again from your survey tool, and try again.',
  );
}
