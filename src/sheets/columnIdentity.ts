/**
 * A column remembered by what it is, not only where it was: its header text,
 * which of the columns with that header it was, and its index as a hint.
 * Columns inserted, deleted or moved in the sheet change indices, never
 * headers; so a remembered column is found again by its header, and when it
 * is gone or cannot be told apart from another one, the caller says so
 * instead of using whatever column now sits at the old index. Pure.
 */
import { columnLetter } from '../nps/roles';

/** A remembered column. Records saved before headers were kept have `header: null` (index only). */
export interface ColumnRef {
  header: string | null;
  /** 0-based column index when saved (a hint). */
  index: number;
  /** Which of the columns headed `header` it was (0 = the first), and how many there were. */
  occurrence?: number;
  count?: number;
}

/** Where a remembered column is now: its index, or why it cannot be found. */
export type ColumnLookup = { index: number } | { problem: 'deleted' | 'ambiguous' };

/** Longest header a remembered column keeps: the document properties it is saved in hold 9 KB a value. */
const KEPT_HEADER = 200;

/**
 * A header as remembered and compared: trimmed, and past {@link KEPT_HEADER}
 * characters its start, "…" and a hash (FNV-1a) of the whole, so that two
 * long headers that differ only at the end stay apart.
 */
function headerKey(text: string): string {
  const t = text.trim();
  if (t.length <= KEPT_HEADER) return t;
  let hash = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) hash = Math.imul(hash ^ t.charCodeAt(i), 0x01000193);
  return `${t.slice(0, KEPT_HEADER - 9)}…${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * A remembered header as a message shows it: a long one's start and "…", without the hash {@link headerKey} added.
 *
 * @example shownHeader('Plan') // 'Plan'
 */
export function shownHeader(remembered: string): string {
  return remembered.trim().replace(/…[0-9a-f]{8}$/, '…');
}

function same(a: string, b: string): boolean {
  return headerKey(a) === headerKey(b);
}

/**
 * The identity of column `index` among `headers` (the table's header texts).
 * @example columnRef(['Date', 'Score', 'Plan'], 2) // { header: 'Plan', index: 2, occurrence: 0, count: 1 }
 */
export function columnRef(headers: string[], index: number): ColumnRef {
  const header = headerKey(headers[index] ?? '');
  const matches = matchingColumns(headers, header);
  return { header, index, occurrence: Math.max(0, matches.indexOf(index)), count: matches.length };
}

/**
 * Finds a remembered column among the current headers. A unique header is
 * found wherever it moved; several columns with the header are told apart
 * only when there are as many as when it was saved (its rank among them);
 * a record without a header (saved by an older version) keeps its index.
 *
 * @example findColumn({ header: 'Plan', index: 2 }, ['Date', 'New', 'Score', 'Plan']) // { index: 3 }
 * @example findColumn({ header: 'Plan', index: 2 }, ['Date', 'Score']) // { problem: 'deleted' }
 */
export function findColumn(ref: ColumnRef, headers: string[]): ColumnLookup {
  if (ref.header === null) return ref.index < headers.length ? { index: ref.index } : { problem: 'deleted' };
  const matches = matchingColumns(headers, ref.header);
  if (matches.length === 0) return { problem: 'deleted' };
  if (matches.length === 1 && (ref.count ?? 1) <= 1) return { index: matches[0] };
  if (matches.length === ref.count && ref.occurrence !== undefined && ref.occurrence < matches.length) return { index: matches[ref.occurrence] };
  return { problem: 'ambiguous' };
}

/**
 * How a message names a remembered column: “Region”, or “column D” when it had no header.
 * @example columnName({ header: 'Region', index: 3 }) // '“Region”'
 */
export function columnName(ref: ColumnRef): string {
  if (ref.header && ref.header.trim()) return `“${shownHeader(ref.header)}”`;
  return `“column ${columnLetter(ref.index)}”`;
}

function matchingColumns(headers: string[], header: string): number[] {
  const found: number[] = [];
  headers.forEach((h, i) => same(h, header) && found.push(i));
  return found;
}
