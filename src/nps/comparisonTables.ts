/**
 * The comparisons a table flags (SPEC §2 and §4): each period against the
 * previous one (NPS_BY_PERIOD, the report's period table) and each segment
 * against the rest of the responses (NPS_BY_SEGMENT, the segment table),
 * with the difference test of each pair and Holm's adjustment across the
 * table, so that a stable survey does not light up.
 */
import { type Tally, responsesOf } from './tally';
import { npsOf } from './nps';
import { differenceTest } from './difference';
import { holmAdjust } from './multipleComparisons';

/** One flagged comparison of a table; every field null when it cannot be made (an empty side). */
export interface TableComparison {
  /** Raw NPS difference in points (this period − the previous one; the segment − the rest). */
  change: number | null;
  /** Unadjusted two-sided p-value of the difference test. */
  p: number | null;
  /** Holm-adjusted p-value across the table's comparisons. */
  pAdjusted: number | null;
  /** pAdjusted < 1 − confidence. */
  significant: boolean | null;
}

/**
 * Each period against the previous one (null for the first and when either is empty), Holm-adjusted across the table.
 *
 * @param tallies the table's periods in order, empty periods included
 * @param confidence strictly between 0 and 1
 * @example adjacentComparisons([a, b, c], 0.95).map((x) => x.significant) // [null, false, true]
 */
export function adjacentComparisons(tallies: readonly Tally[], confidence: number): TableComparison[] {
  return adjusted(
    tallies.map((tally, i) => (i > 0 ? [tally, tallies[i - 1]] : null)),
    confidence,
  );
}

/**
 * Each group against all other responses (null when the rest is empty), Holm-adjusted across the table.
 *
 * @param groups the table's groups (segments)
 * @param total the tally of every response, including groups the table leaves out
 * @param confidence strictly between 0 and 1
 * @example versusRest([pro, free], total, 0.95)[0].change // NPS of Pro − NPS of everyone else
 */
export function versusRest(groups: readonly Tally[], total: Tally, confidence: number): TableComparison[] {
  return adjusted(
    groups.map((group) => [group, restOf(total, group)] as [Tally, Tally]),
    confidence,
  );
}

/**
 * The responses of `total` outside `group` (the "rest" a group is compared with).
 *
 * @example restOf(total, pro).promoters // total.promoters − pro.promoters
 */
export function restOf(total: Tally, group: Tally): Tally {
  return {
    promoters: total.promoters - group.promoters,
    passives: total.passives - group.passives,
    detractors: total.detractors - group.detractors,
    ignored: total.ignored - group.ignored,
  };
}

/** The difference test of each pair, then Holm across the pairs that could be tested. */
function adjusted(pairs: ([Tally, Tally] | null)[], confidence: number): TableComparison[] {
  const tested = pairs.map((pair) => (pair && responsesOf(pair[0]) > 0 && responsesOf(pair[1]) > 0 ? pair : null));
  const pValues = tested.map((pair) => (pair ? differenceTest(pair[0], pair[1], confidence).pValue : NaN));
  const pAdjusted = holmAdjust(pValues);
  return tested.map((pair, i) =>
    pair
      ? { change: npsOf(pair[0]) - npsOf(pair[1]), p: pValues[i], pAdjusted: pAdjusted[i], significant: pAdjusted[i] < 1 - confidence }
      : { change: null, p: null, pAdjusted: null, significant: null },
  );
}
