/**
 * Is the NPS of group A really different from group B's? The difference test
 * of SPEC §2 for two independent groups, on adjusted-Wald values (Rocks 2016).
 */
import { Tally, responsesOf } from './tally';
import { npsOf } from './nps';
import { normalCdf, zForConfidence } from './normal';

/** Result of {@link differenceTest}. NPS values and limits are in points. */
export interface DifferenceTest {
  npsA: number;
  npsB: number;
  /** Raw NPS A − NPS B, what a reader compares. */
  difference: number;
  /** δ′ = NPS′A − NPS′B on adjusted values: the centre of the interval. */
  adjustedDifference: number;
  /** δ′ − z·SE. */
  low: number;
  /** δ′ + z·SE. */
  high: number;
  /** Two-sided p-value 2(1 − Φ(|δ′| / SE)). */
  pValue: number;
  /** p < 1 − confidence. */
  significant: boolean;
}

/**
 * Compares the NPS of two independent groups. Each group is adjusted as in
 * the adjusted-Wald interval (0.75 detractors, 1.5 passives, 0.75 promoters
 * added, n′ = n + 3); δ′ = NPS′A − NPS′B, SE = √(V′A/n′A + V′B/n′B),
 * p = 2(1 − Φ(|δ′|/SE)), interval δ′ ± z·SE.
 *
 * The adjustment keeps V′ > 0, so SE > 0 for any two groups; were SE ever 0,
 * p would be 1 for δ′ = 0 and 0 otherwise. When either group has no response,
 * everything but the available NPS is NaN and `significant` is false.
 *
 * @param confidence strictly between 0 and 1 (callers check it)
 * @example
 * const a = { promoters: 70, passives: 20, detractors: 10, ignored: 0 };
 * const b = { promoters: 60, passives: 20, detractors: 20, ignored: 0 };
 * differenceTest(a, b);
 * // { npsA: 60, npsB: 40, difference: 20, adjustedDifference: 19.4175…,
 * //   low: -0.7669…, high: 39.6018…, pValue: 0.05936…, significant: false }
 */
export function differenceTest(a: Tally, b: Tally, confidence = 0.95): DifferenceTest {
  const npsA = npsOf(a);
  const npsB = npsOf(b);
  const difference = npsA - npsB;
  if (responsesOf(a) === 0 || responsesOf(b) === 0) {
    return { npsA, npsB, difference, adjustedDifference: NaN, low: NaN, high: NaN, pValue: NaN, significant: false };
  }
  const adjustedA = adjusted(a);
  const adjustedB = adjusted(b);
  const delta = adjustedA.nps - adjustedB.nps;
  const se = Math.sqrt(adjustedA.varianceOfMean + adjustedB.varianceOfMean);
  const z = zForConfidence(confidence);
  let pValue: number;
  if (se > 0) pValue = 2 * normalCdf(-Math.abs(delta) / se);
  else pValue = delta === 0 ? 1 : 0;
  return {
    npsA,
    npsB,
    difference,
    adjustedDifference: delta * 100,
    low: (delta - z * se) * 100,
    high: (delta + z * se) * 100,
    pValue,
    significant: pValue < 1 - confidence,
  };
}

/** Adjusted NPS′ (share scale) and V′/n′ of one group. */
function adjusted(t: Tally): { nps: number; varianceOfMean: number } {
  const n = responsesOf(t) + 3;
  const p = (t.promoters + 0.75) / n;
  const d = (t.detractors + 0.75) / n;
  return { nps: p - d, varianceOfMean: (p + d - (p - d) * (p - d)) / n };
}
