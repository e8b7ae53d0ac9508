/**
 * Builds corpus sheets from column descriptions: the same responses as typed
 * cells (numbers and Dates, as Sheets holds an import) and as text cells
 * (as the CSV export reads), with the truth derived from where each column
 * landed.
 */
import type { Random } from './random';

/** What a column is in the truth (absent: not asserted). `date-accepted`: a second-best date the mapping may pick. */
export type Truth = 'score' | 'date' | 'date-accepted' | 'segment' | 'comment' | 'nps_group' | 'id' | 'email';

/** A typed cell: what the column holds for one response. */
export type Cell = string | number | boolean | Date;

/** One column of a generated sheet. */
export interface ColumnSpec<R> {
  /** One text per header row. */
  headers: string[];
  truth?: Truth;
  value: (response: R, row: number) => Cell;
  /** How the export writes a typed value as text; default `String(value)`. */
  text?: (value: Cell) => string;
}

/** The expected result for one sheet. */
export interface SheetTruth {
  table: { headerRow: number; headerRows: number; firstDataRow: number; lastRow: number };
  score: number | null;
  /** Accepted date columns, the preferred first (empty: no date). */
  dates: number[];
  segments: number[];
  comments: number[];
  /** Columns whose role is asserted on its own: NPS groups, ids, e-mails. */
  roles: Array<[number, 'nps_group' | 'id' | 'email']>;
}

/** One corpus item. */
export interface CorpusSheet {
  name: string;
  values: unknown[][];
  truth: SheetTruth;
  locale?: string;
}

/** Rows above the table (titles, blank rows, "Exported on …"), as given. */
export interface SheetLayout {
  above?: string[][];
}

/**
 * The typed and the all-text sheet of the same responses.
 *
 * @param name item name; " (typed)" / " (text)" is appended
 */
export function buildSheets<R>(name: string, columns: ColumnSpec<R>[], responses: R[], layout: SheetLayout = {}, locale?: string): CorpusSheet[] {
  const above = layout.above || [];
  const headerRows = columns[0].headers.length;
  const headerBlock: string[][] = [];
  for (let h = 0; h < headerRows; h++) headerBlock.push(columns.map((c) => c.headers[h]));
  const typedRows = responses.map((response, row) => columns.map((c) => c.value(response, row)));
  const textRows = typedRows.map((cells) => cells.map((cell, c) => (columns[c].text || defaultText)(cell)));
  const pad = (rows: string[][]) => rows.map((row) => columns.map((_, c) => row[c] ?? ''));
  const table = {
    headerRow: above.length + 1,
    headerRows,
    firstDataRow: above.length + headerRows + 1,
    lastRow: above.length + headerRows + responses.length,
  };
  const where = (truth: Truth) => columns.map((c, i) => (c.truth === truth ? i : -1)).filter((i) => i >= 0);
  const score = where('score');
  const truth: SheetTruth = {
    table,
    score: score.length ? score[0] : null,
    dates: where('date').concat(where('date-accepted')),
    segments: where('segment'),
    comments: where('comment'),
    roles: (['nps_group', 'id', 'email'] as const).flatMap((role) => where(role).map((i): [number, typeof role] => [i, role])),
  };
  const sheet = (cells: unknown[][]): unknown[][] => [...pad(above), ...headerBlock, ...cells];
  return [
    { name: `${name} (typed)`, values: sheet(typedRows), truth, locale },
    { name: `${name} (text)`, values: sheet(textRows), truth, locale },
  ];
}

function defaultText(cell: Cell): string {
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}

/** A response time between two dates, uniform. */
export function timeBetween(random: Random, from: string, to: string): Date {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + Math.floor(random.next() * (b - a)));
}

/** A realistic NPS answer: skewed towards 7–10, some detractors. */
export function npsAnswer(random: Random): number {
  const r = random.next();
  if (r < 0.35) return random.int(9, 10);
  if (r < 0.7) return random.int(7, 8);
  return random.int(0, 6);
}

/** Short answers to "Why?" — varied, several words, often blank. */
export const REASONS = [
  'Love the new dashboard', 'Customer service answered in minutes', 'It is fine but a bit pricey for what it does',
  'Onboarding took a while', 'Easy to set up, works every time', 'The mobile app crashes when I upload photos',
  'Best tool we have used for this', 'Too many emails from your team', 'Saves me hours every week',
  'Support never replied to my ticket', 'Good value for money', 'The export feature is hard to find',
];

/** A comment: a reason, sometimes with more words, or blank. */
export function comment(random: Random, blankShare = 0.4): string {
  if (random.chance(blankShare)) return '';
  const reason = random.pick(REASONS);
  return random.chance(0.5) ? reason : `${reason}. ${random.pick(REASONS)}`;
}

/** Columns in a shuffled order, keeping those marked fixed at their place. */
export function shuffleSome<T>(random: Random, columns: T[], fixed: (column: T) => boolean): T[] {
  const movable = random.shuffle(columns.filter((c) => !fixed(c)));
  return columns.map((c) => (fixed(c) ? c : movable.shift()!));
}
