/**
 * Many comparisons at once (SPEC §2): a table that flags several
 * differences (adjacent periods, each segment against the rest) controls the
 * chance of ANY false flag in the table with Holm's step-down procedure
 * (Holm 1979, "A simple sequentially rejective multiple test procedure").
 */

/**
 * Holm-adjusted p-values, in the order given. Sort the m p-values that are
 * numbers ascending; the k-th smallest (k = 1…m) becomes
 * max over j ≤ k of min(1, (m − j + 1)·p₍ⱼ₎). A comparison is significant at
 * level α when its adjusted p is below α, which is exactly Holm's step-down
 * test. Entries that are not numbers (NaN: the comparison could not be made)
 * stay NaN and do not count in m.
 *
 * @param pValues unadjusted two-sided p-values, NaN where there is no test
 * @example holmAdjust([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 * @example holmAdjust([0.2, NaN, 0.01]) // [0.2, NaN, 0.02]
 */
export function holmAdjust(pValues: ArrayLike<number>): number[] {
  const adjusted = new Array<number>(pValues.length).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < pValues.length; i++) if (pValues[i] === pValues[i]) order.push(i);
  order.sort((a, b) => pValues[a] - pValues[b] || a - b);
  const m = order.length;
  let running = 0;
  for (let k = 0; k < m; k++) {
    const p = Math.min(1, (m - k) * pValues[order[k]]);
    running = Math.max(running, p);
    adjusted[order[k]] = running;
  }
  return adjusted;
}
