/**
 * NPS per segment (plan, region, channel…): one pooled tally per distinct
 * segment value, as `NPS_BY_SEGMENT` and the report's segment table show it.
 */
import { Tally, emptyTally, addScore, responsesOf } from './tally';
import { BLANK } from './score';
import { isNoAnswerText } from './cellKinds';
import type { Zone } from './zone';

/** The name of a segment whose cell is blank. */
const BLANK_SEGMENT = '(blank)';

/**
 * The segment a cell belongs to, as the text the user sees: trimmed text kept
 * verbatim (`"+1"` and `"=x"` stay text), numbers as text, booleans as
 * TRUE/FALSE, dates as YYYY-MM-DD in the spreadsheet's zone (an invalid Date as
 * `Invalid date`), blank and "no answer" markers (`NA`, `N/A`, `-`, `#N/A`…,
 * see {@link isNoAnswerText}) → `(blank)`.
 *
 * @param zone the spreadsheet's time zone (for date cells)
 * @example
 * segmentName('  Pro ', zone);                         // 'Pro'
 * segmentName('', zone);                               // '(blank)'
 * segmentName('N/A', zone);                            // '(blank)'
 * segmentName(3, zone);                                // '3'
 * segmentName(new Date('2025-03-01T03:00:00Z'), zoneFor('America/New_York')); // '2025-02-28'
 */
export function segmentName(cell: unknown, zone: Zone): string {
  if (cell === null || cell === undefined) return BLANK_SEGMENT;
  // `NA`, `N/A`, `-`, `#N/A`… say there is no answer: they join the blanks.
  if (typeof cell === 'string') return isNoAnswerText(cell) ? BLANK_SEGMENT : cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (Object.prototype.toString.call(cell) === '[object Date]') return localDate((cell as Date).getTime(), zone);
  return String(cell).trim() || BLANK_SEGMENT;
}

/** YYYY-MM-DD of an instant's wall clock in a zone ('Invalid date' for an invalid Date). */
function localDate(instant: number, zone: Zone): string {
  if (isNaN(instant)) return 'Invalid date';
  const local = new Date(instant + zone.offsetMinutes(instant) * 60000);
  const year = local.getUTCFullYear();
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
  return `${yearText}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-${String(local.getUTCDate()).padStart(2, '0')}`;
}

/** One segment value and the pooled tally of its rows. */
export interface SegmentTally {
  value: string;
  tally: Tally;
}

/**
 * The key that groups spellings of one segment value: case-folded, runs of
 * spaces as one, in Unicode's composed form ("Male", "male" and "MALE" are
 * one segment; "Café" typed with a combining accent is "Café").
 *
 * @example segmentKey('North  America') === segmentKey('north america') // true
 */
export function segmentKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Tallies scores per segment value.
 *
 * Values are grouped case-folded ({@link segmentKey}): the group is shown in
 * its most frequent spelling. Rows whose score is BLANK are skipped (they do not create a segment); an
 * INVALID score counts as ignored in its segment. Segments with fewer than
 * `minResponses` responses are left out. Order: most responses first, then by
 * name in plain code-unit order (`<`, the same on every runtime and locale:
 * "(blank)" and digits before upper case before lower case).
 *
 * @param segmentCells the segment column's cells
 * @param scores {@link readScore} results of the same rows (same length)
 * @param zone the spreadsheet's time zone (for date segment cells)
 * @param minResponses smallest number of responses a segment needs to be listed (default 1)
 * @example
 * tallyBySegment(['EU', 'US', ' EU', ''], [10, 3, 8, 9], zone);
 * // [ { value: 'EU', tally: { promoters: 1, passives: 1, detractors: 0, ignored: 0 } },
 * //   { value: '(blank)', tally: { promoters: 1, … } },
 * //   { value: 'US', tally: { detractors: 1, … } } ]
 */
export function tallyBySegment(
  segmentCells: ArrayLike<unknown>,
  scores: ArrayLike<number>,
  zone: Zone,
  minResponses = 1,
): SegmentTally[] {
  // A column repeats a few values: tallied per name first, then the names folded.
  const byName = new Map<string, Tally>();
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score === BLANK) continue;
    const value = segmentName(segmentCells[i], zone);
    let tally = byName.get(value);
    if (!tally) byName.set(value, (tally = emptyTally()));
    addScore(tally, score);
  }
  return foldSegments(byName, minResponses);
}

/**
 * Segments from tallies per segment name ({@link segmentName}): names with
 * one {@link segmentKey} are one segment, shown in the spelling of the most
 * rows (responses and ignored answers), as {@link tallyBySegment} shows
 * them; segments with fewer than `minResponses` responses are left out; in
 * {@link segmentOrder}. A data engine's counts per segment text come here too.
 *
 * @param byName tallies per segment name
 * @param minResponses smallest number of responses a segment needs to be listed (default 1)
 * @example
 * foldSegments(new Map([['Male', t(3)], ['male', t(1)]]))
 * // [ { value: 'Male', tally: t(4) } ]
 */
export function foldSegments(byName: ReadonlyMap<string, Tally>, minResponses = 1): SegmentTally[] {
  // One segment per key (case-folded name), in the spelling of the most rows; on a tie, the first in code-unit order (the same whatever the rows' order).
  const byKey = new Map<string, SegmentTally>();
  const rowsOf = (name: string) => responsesOf(byName.get(name)!) + byName.get(name)!.ignored;
  byName.forEach((tally, value) => {
    const key = segmentKey(value);
    const segment = byKey.get(key);
    if (!segment) byKey.set(key, { value, tally: { ...tally } });
    else {
      for (const field in tally) segment.tally[field as keyof Tally] += tally[field as keyof Tally];
      const more = rowsOf(value) - rowsOf(segment.value);
      if (more > 0 || (more === 0 && value < segment.value)) segment.value = value;
    }
  });
  return [...byKey.values()].filter((segment) => responsesOf(segment.tally) >= minResponses).sort(segmentOrder);
}

/**
 * The order of segment tables: most responses first, then by name as
 * Sheets' SORT orders text (case-insensitive first, then by code).
 *
 * @example [{ value: 'b', tally: t1 }, { value: 'A', tally: t1 }].sort(segmentOrder) // A, then b
 */
export function segmentOrder(x: SegmentTally, y: SegmentTally): number {
  const byResponses = responsesOf(y.tally) - responsesOf(x.tally);
  if (byResponses !== 0) return byResponses;
  const a = x.value.toLowerCase();
  const b = y.value.toLowerCase();
  if (a !== b) return a < b ? -1 : 1;
  return x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
}
