/**
 * Pure text formatting of the figures the sidebar shows. No DOM here.
 */
import type { SheetProfile, TablePosition } from '../shared/contract';

/**
 * NPS in points with one decimal, "-" for negatives, "—" when there is none.
 * Halves round away from zero, as Sheets' ROUND does.
 *
 * @param value NPS in points, or null
 * @example
 * formatNps(28.25) // '28.3'
 * formatNps(-12.25) // '-12.3'
 * formatNps(null) // '—'
 */
export function formatNps(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  return rounded === 0 ? '0.0' : rounded.toFixed(1);
}

/**
 * A confidence level as a percentage.
 *
 * @param confidence strictly between 0 and 1
 * @example
 * formatConfidence(0.95) // '95 %'
 * formatConfidence(0.999) // '99.9 %'
 */
export function formatConfidence(confidence: number): string {
  return `${Number((confidence * 100).toFixed(1))} %`;
}

/**
 * The confidence interval in words, or "" when there is none.
 *
 * @param ci [low, high] in points, or null
 * @param confidence the level of the interval
 * @example
 * formatInterval([19.44, 36.9], 0.95) // '95 % CI 19.4 to 36.9'
 */
export function formatInterval(ci: [number, number] | null, confidence: number): string {
  if (!ci) return '';
  return `${formatConfidence(confidence)} CI ${formatNps(ci[0])} to ${formatNps(ci[1])}`;
}

/**
 * Sheet rows as a short list, with "…" when there are more than listed.
 *
 * @param rows the first few 1-based sheet rows
 * @param total how many there are in all
 * @example
 * rowList([14, 27, 31], 5) // 'rows 14, 27, 31…'
 * rowList([14], 1) // 'row 14'
 */
export function rowList(rows: number[], total: number = rows.length): string {
  if (rows.length === 0) return '';
  const more = total > rows.length ? '…' : '';
  return `${rows.length === 1 && !more ? 'row' : 'rows'} ${rows.join(', ')}${more}`;
}

/**
 * Number of response rows in the table (data rows, blanks included).
 *
 * @param table where the table sits, or null
 * @example
 * responseRows({ headerRow: 2, headerRows: 1, firstDataRow: 3, lastRow: 242 }) // 240
 */
export function responseRows(table: TablePosition | null): number {
  return table ? Math.max(0, table.lastRow - table.firstDataRow + 1) : 0;
}

/**
 * "1 column" / "4 columns", "1 response" / "240 responses".
 *
 * @param count how many
 * @param noun the singular noun
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * One line saying which table the sidebar found, or the problem in plain words.
 *
 * @param profile the sheet profile from the server
 * @example
 * tableSummary(profile) // 'Table in rows 3–242, 4 columns'
 */
export function tableSummary(profile: SheetProfile): string {
  const table = profile.table;
  if (!table) return profile.problem || `No table found on “${profile.sheetName}”.`;
  const columns = plural(profile.columns.length, 'column');
  if (responseRows(table) === 0) return `Headers in row ${table.headerRow}, no responses yet · ${columns}`;
  return `Table in rows ${table.firstDataRow}–${table.lastRow}, ${columns}`;
}

/**
 * Where the header sits, e.g. "Header in row 2" or "Headers in rows 1–3".
 *
 * @param table where the table sits
 */
export function headerSummary(table: TablePosition): string {
  if (table.headerRows <= 1) return `Header in row ${table.headerRow}`;
  return `Headers in rows ${table.headerRow}–${table.headerRow + table.headerRows - 1}`;
}

/**
 * A column as a reader names it: its header, or "column D" when blank.
 *
 * @param profile the sheet profile
 * @param index the column index
 * @example
 * columnName(profile, 3) // 'Region'
 */
export function columnName(profile: SheetProfile, index: number): string {
  const column = profile.columns.find((c) => c.index === index);
  if (!column) return `column ${index + 1}`;
  return column.header.trim() || `column ${column.letter}`;
}

/**
 * The columns in force on one line, for the collapsed columns list.
 *
 * @param profile the sheet profile
 * @example
 * columnsLine(profile) // 'Scores B · Dates A · Split by C, D'
 * columnsLine(noScore) // 'No score column · Dates A'
 */
export function columnsLine(profile: SheetProfile): string {
  const letter = (index: number): string => {
    const column = profile.columns.find((c) => c.index === index);
    return column ? column.letter : String(index + 1);
  };
  const { score, date, segments } = profile.mapping;
  return [
    score === null ? 'No score column' : `Scores ${letter(score)}`,
    date === null ? 'No dates' : `Dates ${letter(date)}`,
    segments.length ? `Split by ${segments.map(letter).join(', ')}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
