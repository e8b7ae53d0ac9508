/**
 * Calendar periods in the spreadsheet's zone (SPEC §2): day, ISO week
 * (Monday), week starting Sunday, month, quarter, year. A period is handled
 * as an ordinal (consecutive periods are consecutive integers) computed from
 * the local day number, with integer calendar arithmetic only.
 */
import type { PeriodKind } from '../shared/contract';
import { DAY_MS, civilFromDays, daysFromCivil, isoDateOfDays } from './civil';
import { BLANK } from './score';
import { Tally, emptyTally } from './tally';
import type { Zone } from './zone';

/** One period of a table: where it starts, its label and its responses. */
export interface PeriodBucket {
  /** Instant of local midnight of the first day (the first instant of that day when midnight does not exist). */
  start: number;
  /** Local first day, `YYYY-MM-DD`. */
  startDate: string;
  /** `2025-01-31` (day), `2025-W05` (week), `2025-01-26` (week-sunday), `Jan 2025`, `2025 Q1`, `2025`. */
  label: string;
  tally: Tally;
}

/** More periods than this in one table means mistyped years, not a trend. */
const MAX_PERIODS = 100000;
/** Largest span of days mapped through a lookup table (about 11,000 years). */
const MAX_TABLE_DAYS = 1 << 22;
/** The day {@link localDaysOfRows} gives rows that take no part (no date, blank score). */
export const SKIPPED_DAY = -2147483648;
/** Instants a `Date` can hold. */
const MAX_INSTANT = 8.64e15;

// Hot loops use these local names: in a `vm` context (the bench, the local
// emulator) every global lookup such as `Math` costs as much as the loop body.
const floor = Math.floor;
const round = Math.round;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The local day number (days since 1970-01-01 on the zone's calendar) of an
 * instant.
 *
 * @example
 * localDayOf(Date.UTC(2025, 0, 1, 3), zoneFor('America/New_York')); // 20088 (2024-12-31)
 */
function localDayOf(instantMs: number, zone: Zone): number {
  return Math.floor((instantMs + Math.round(zone.offsetMinutes(instantMs) * 60000)) / DAY_MS);
}

/**
 * The ordinal of the period that contains a local day: consecutive periods
 * have consecutive ordinals.
 *
 * @param day local day number (days since 1970-01-01)
 * @example
 * periodIndexOfDay(0, 'month');   // 23640 (1970 × 12 + 0)
 * periodIndexOfDay(0, 'quarter'); // 7880
 */
export function periodIndexOfDay(day: number, kind: PeriodKind): number {
  switch (kind) {
    case 'day':
      return day;
    case 'week': // 1969-12-29 (day −3) was a Monday
      return Math.floor((day + 3) / 7);
    case 'week-sunday': // 1969-12-28 (day −4) was a Sunday
      return Math.floor((day + 4) / 7);
    default: {
      const c = civilFromDays(day);
      if (kind === 'month') return c.year * 12 + c.month - 1;
      if (kind === 'quarter') return c.year * 4 + Math.floor((c.month - 1) / 3);
      if (kind === 'year') return c.year;
      throw unknownPeriod(kind);
    }
  }
}

/**
 * The local day number of the first day of a period ordinal.
 *
 * @example
 * periodFirstDay(periodIndexOfDay(19782, 'month'), 'month'); // 19754 (2024-02-01)
 */
export function periodFirstDay(index: number, kind: PeriodKind): number {
  switch (kind) {
    case 'day':
      return index;
    case 'week':
      return index * 7 - 3;
    case 'week-sunday':
      return index * 7 - 4;
    case 'month': {
      const year = Math.floor(index / 12);
      return daysFromCivil(year, index - year * 12 + 1, 1);
    }
    case 'quarter': {
      const year = Math.floor(index / 4);
      return daysFromCivil(year, (index - year * 4) * 3 + 1, 1);
    }
    case 'year':
      return daysFromCivil(index, 1, 1);
    default:
      throw unknownPeriod(kind);
  }
}

/**
 * The label of a period ordinal: `2025-01-31`, `2025-W05` (ISO week-year and
 * week), `2025-01-26` (week-sunday: its first day), `Jan 2025`, `2025 Q1`,
 * `2025`.
 *
 * @example
 * periodLabel(periodIndexOfDay(daysFromCivil(2024, 12, 30), 'week'), 'week'); // '2025-W01'
 * periodLabel(periodIndexOfDay(daysFromCivil(2021, 1, 3), 'week'), 'week');   // '2020-W53'
 */
export function periodLabel(index: number, kind: PeriodKind): string {
  switch (kind) {
    case 'day':
    case 'week-sunday':
      return isoDateOfDays(periodFirstDay(index, kind));
    case 'week': {
      // The ISO week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
      const thursday = periodFirstDay(index, kind) + 3;
      const year = civilFromDays(thursday).year;
      const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
      return `${year}-W${week < 10 ? '0' + week : week}`;
    }
    case 'month': {
      const year = Math.floor(index / 12);
      return `${MONTHS[index - year * 12]} ${year}`;
    }
    case 'quarter': {
      const year = Math.floor(index / 4);
      return `${year} Q${index - year * 4 + 1}`;
    }
    case 'year':
      return String(index);
    default:
      throw unknownPeriod(kind);
  }
}

/**
 * The period that contains an instant: start instant, local start date and
 * label (its tally empty).
 *
 * @example
 * periodOf(Date.UTC(2025, 1, 1, 4), 'month', zoneFor('America/New_York'));
 * // { start: Date.UTC(2025, 0, 1, 5), startDate: '2025-01-01', label: 'Jan 2025', tally: emptyTally() }
 */
export function periodOf(instantMs: number, kind: PeriodKind, zone: Zone): PeriodBucket {
  return bucketOf(periodIndexOfDay(localDayOf(instantMs, zone), kind), kind, zone);
}

/**
 * The local start date `YYYY-MM-DD` of the period that contains an instant.
 *
 * @example
 * periodStartDate(Date.UTC(2024, 11, 31, 12), 'week', zoneFor('UTC')); // '2024-12-30'
 */
export function periodStartDate(instantMs: number, kind: PeriodKind, zone: Zone): string {
  return isoDateOfDays(periodFirstDay(periodIndexOfDay(localDayOf(instantMs, zone), kind), kind));
}

/**
 * An empty bucket for a period ordinal.
 *
 * @example
 * bucketOf(periodIndexOfDay(daysFromCivil(2025, 3, 9), 'day'), 'day', zoneFor('America/New_York'));
 * // { start: Date.UTC(2025, 2, 9, 5), startDate: '2025-03-09', label: '2025-03-09', tally: emptyTally() }
 */
export function bucketOf(index: number, kind: PeriodKind, zone: Zone): PeriodBucket {
  const firstDay = periodFirstDay(index, kind);
  return {
    start: zone.toInstant(firstDay * DAY_MS),
    startDate: isoDateOfDays(firstDay),
    label: periodLabel(index, kind),
    tally: emptyTally(),
  };
}

/**
 * The local day of every row that takes part (a readable date and a score
 * that is not blank), {@link SKIPPED_DAY} for the others, with the first and
 * last day of a valid 0–10 score (invalid answers may lie outside them).
 * Shared by {@link tallyByPeriod} and `rollingByPeriod`.
 *
 * @throws Error when the lengths differ
 * @example
 * localDaysOfRows([Date.UTC(2025, 0, 1, 3), NaN], [9, 9], zoneFor('America/New_York'));
 * // { days: Int32Array [20088, SKIPPED_DAY], minDay: 20088, maxDay: 20088 }
 */
export function localDaysOfRows(
  instants: ArrayLike<number>,
  scores: ArrayLike<number>,
  zone: Zone,
): { days: Int32Array; minDay: number; maxDay: number } {
  const n = instants.length;
  if (scores.length !== n) {
    throw new Error(`dates and scores must have the same number of rows (${n} vs ${scores.length})`);
  }
  const days = new Int32Array(n);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = instants[i];
    const s = scores[i];
    if (!(t >= -MAX_INSTANT && t <= MAX_INSTANT) || s === BLANK) {
      days[i] = SKIPPED_DAY;
      continue;
    }
    // zone.offsetMinutes answers from its last constant-offset interval in O(1).
    const day = floor((t + round(zone.offsetMinutes(t) * 60000)) / DAY_MS);
    days[i] = day;
    if (!(s >= 0 && s <= 10)) continue; // a dated "n/a" does not make a period with data
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  return { days, minDay, maxDay };
}

/**
 * Throws when a table from period ordinal `first` to `last` would have more
 * than {@link MAX_PERIODS} rows.
 *
 * @example
 * checkPeriodCount(0, 99999, 'day');  // fine
 * checkPeriodCount(0, 100000, 'day'); // throws "the dates run from 1970-01-01 to 2243-10-17: 100001 periods…"
 */
export function checkPeriodCount(first: number, last: number, kind: PeriodKind): void {
  const count = last - first + 1;
  if (count > MAX_PERIODS) {
    throw new Error(
      `the dates run from ${periodLabel(first, kind)} to ${periodLabel(last, kind)}: ${count} periods of "${kind}" is too many; check for mistyped years or use a longer period`,
    );
  }
}

/**
 * NPS tallies per calendar period in the zone: one bucket per period from
 * the first to the last period with a response, empty periods included. Rows
 * with a NaN instant or a BLANK score are skipped entirely; INVALID scores
 * count as `ignored` in their period when it lies within that span (a dated
 * "n/a" before the first response adds no period).
 *
 * @param instants instants in ms (from `readDateColumn`), NaN when unreadable
 * @param scores `readScore` results, same length
 * @param kind day, week, week-sunday, month, quarter or year
 * @param zone the spreadsheet's zone
 * @throws Error when the lengths differ or the dates span more than {@link MAX_PERIODS} periods
 * @example
 * tallyByPeriod([Date.UTC(2025, 0, 5), Date.UTC(2025, 2, 1)], [10, 3], 'month', zoneFor('UTC'));
 * // [ { startDate: '2025-01-01', label: 'Jan 2025', tally: { promoters: 1, passives: 0, detractors: 0, ignored: 0 }, … },
 * //   { startDate: '2025-02-01', label: 'Feb 2025', tally: { promoters: 0, … } },            (empty)
 * //   { startDate: '2025-03-01', label: 'Mar 2025', tally: { detractors: 1, … } } ]
 */
export function tallyByPeriod(
  instants: ArrayLike<number>,
  scores: ArrayLike<number>,
  kind: PeriodKind,
  zone: Zone,
): PeriodBucket[] {
  const { days, minDay, maxDay } = localDaysOfRows(instants, scores, zone);
  if (minDay > maxDay) return [];
  const first = periodIndexOfDay(minDay, kind);
  const last = periodIndexOfDay(maxDay, kind);
  checkPeriodCount(first, last, kind);
  const count = last - first + 1;
  const promoters = new Int32Array(count);
  const passives = new Int32Array(count);
  const detractors = new Int32Array(count);
  const ignored = new Int32Array(count);
  const span = maxDay - minDay + 1;
  // Day → bucket through a table filled period by period (no calendar math per row).
  const table = span <= MAX_TABLE_DAYS ? dayToBucketTable(minDay, span, first, count, kind) : null;
  const n = days.length;
  for (let i = 0; i < n; i++) {
    const day = days[i];
    if (day === SKIPPED_DAY) continue;
    let b: number;
    if (day >= minDay && day <= maxDay) b = table ? table[day - minDay] : periodIndexOfDay(day, kind) - first;
    else {
      // An invalid answer outside the responses' days: counted only within their periods.
      b = periodIndexOfDay(day, kind) - first;
      if (b < 0 || b >= count) continue;
    }
    const s = scores[i];
    if (s >= 9 && s <= 10) promoters[b]++;
    else if (s >= 7 && s <= 10) passives[b]++;
    else if (s >= 0 && s <= 10) detractors[b]++;
    else ignored[b]++;
  }
  const buckets: PeriodBucket[] = new Array(count);
  for (let b = 0; b < count; b++) {
    const bucket = bucketOf(first + b, kind, zone);
    bucket.tally = { promoters: promoters[b], passives: passives[b], detractors: detractors[b], ignored: ignored[b] };
    buckets[b] = bucket;
  }
  return buckets;
}

/** table[day − minDay] = bucket number (period ordinal − first) for `span` days. */
function dayToBucketTable(minDay: number, span: number, first: number, count: number, kind: PeriodKind): Int32Array {
  const table = new Int32Array(span);
  for (let b = 0; b < count; b++) {
    const from = Math.max(periodFirstDay(first + b, kind) - minDay, 0);
    const to = Math.min(periodFirstDay(first + b + 1, kind) - minDay, span);
    table.fill(b, from, to);
  }
  return table;
}

/** The error for a period kind that is none of day, week, week-sunday, month, quarter, year. */
function unknownPeriod(kind: string): Error {
  return new Error(`Unknown period "${kind}": use day, week, week-sunday, month, quarter or year`);
}
