/**
 * Rolling NPS (SPEC §2): for every period, the responses dated within the
 * W local calendar days that end with the period's last day.
 */
import type { PeriodKind } from '../shared/contract';
import { PeriodBucket, SKIPPED_DAY, bucketOf, checkPeriodCount, localDaysOfRows, periodFirstDay, periodIndexOfDay } from './periods';
import type { Zone } from './zone';

// A local name: global lookups are slow in `vm` contexts (the bench, the emulator).
const floor = Math.floor;

/**
 * Rolling tallies: the same rows as `tallyByPeriod` (first to last period
 * with data, empty periods included), but each row pools the responses whose
 * local day lies in the `windowDays` days ending with the period's last day,
 * i.e. local times in [end − windowDays days, end) where end is local
 * midnight after the period. Rows are sorted once by day, then two pointers
 * slide the window, so the cost does not depend on `windowDays`.
 *
 * @param instants instants in ms (from `readDateColumn`), NaN when unreadable
 * @param scores `readScore` results, same length (BLANK skipped, INVALID counted as ignored)
 * @param windowDays whole number of days, 1 or more
 * @param kind day, week, week-sunday, month, quarter or year
 * @param zone the spreadsheet's zone
 * @throws Error when `windowDays` is not a whole number ≥ 1 (the caller prefixes its name), or the lengths differ
 * @example
 * const utc = zoneFor('UTC');
 * rollingByPeriod([Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 2), Date.UTC(2025, 0, 4)], [10, 0, 8], 2, 'day', utc)
 *   .map((b) => [b.label, b.tally.promoters, b.tally.passives, b.tally.detractors]);
 * // [['2025-01-01', 1, 0, 0], ['2025-01-02', 1, 0, 1], ['2025-01-03', 0, 0, 1], ['2025-01-04', 0, 1, 0]]
 */
export function rollingByPeriod(
  instants: ArrayLike<number>,
  scores: ArrayLike<number>,
  windowDays: number,
  kind: PeriodKind,
  zone: Zone,
): PeriodBucket[] {
  if (typeof windowDays !== 'number' || !Number.isInteger(windowDays) || windowDays < 1) {
    throw new Error(`the rolling window must be a whole number of days, 1 or more (got ${String(windowDays)})`);
  }
  const { days, minDay, maxDay } = localDaysOfRows(instants, scores, zone);
  if (minDay > maxDay) return [];
  const first = periodIndexOfDay(minDay, kind);
  const last = periodIndexOfDay(maxDay, kind);
  checkPeriodCount(first, last, kind);

  // One sortable number per response: day × 4 + category (0 promoter, 1 passive, 2 detractor, 3 ignored).
  const keys: number[] = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day === SKIPPED_DAY) continue;
    // An invalid answer outside the responses' periods counts in no window.
    if ((day < minDay || day > maxDay) && (periodIndexOfDay(day, kind) < first || periodIndexOfDay(day, kind) > last)) continue;
    const s = scores[i];
    const category = s >= 9 && s <= 10 ? 0 : s >= 7 && s <= 10 ? 1 : s >= 0 && s <= 10 ? 2 : 3;
    keys.push(day * 4 + category);
  }
  const sorted = Float64Array.from(keys).sort();

  const counts = [0, 0, 0, 0];
  let enter = 0; // next response to enter the window
  let leave = 0; // next response to leave it
  const buckets: PeriodBucket[] = [];
  for (let index = first; index <= last; index++) {
    const endDay = periodFirstDay(index + 1, kind);
    const startDay = endDay - windowDays;
    while (enter < sorted.length && floor(sorted[enter] / 4) < endDay) {
      const key = sorted[enter++];
      counts[key - floor(key / 4) * 4]++;
    }
    while (leave < enter && floor(sorted[leave] / 4) < startDay) {
      const key = sorted[leave++];
      counts[key - floor(key / 4) * 4]--;
    }
    const bucket = bucketOf(index, kind, zone);
    bucket.tally = { promoters: counts[0], passives: counts[1], detractors: counts[2], ignored: counts[3] };
    buckets.push(bucket);
  }
  return buckets;
}


/**
 * The shortest window, in days, for which {@link rollingByPeriod} would put
 * at least one valid answer in some period's window: a window ends with its
 * period, so an answer on local day d counts once the window reaches back
 * from the period's end to d. Infinity when no row has both a readable date
 * and a valid 0–10 score.
 *
 * @example
 * // Answers on Jan 1 and Feb 10 (UTC): a monthly window must reach back 31 days from Feb 1, or 19 from Mar 1.
 * smallestWindowWithResponses([Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 10)], [9, 3], 'month', zoneFor('UTC')); // 19
 */
export function smallestWindowWithResponses(instants: ArrayLike<number>, scores: ArrayLike<number>, kind: PeriodKind, zone: Zone): number {
  const { days } = localDaysOfRows(instants, scores, zone);
  let smallest = Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    const s = scores[i];
    if (day === SKIPPED_DAY || !(s >= 0 && s <= 10)) continue;
    const reach = periodFirstDay(periodIndexOfDay(day, kind) + 1, kind) - day;
    if (reach < smallest) smallest = reach;
  }
  return smallest;
}
