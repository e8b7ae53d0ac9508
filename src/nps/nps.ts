/**
 * The Net Promoter Score of a tally and its sampling error (SPEC §2).
 * Each response is coded +1 (promoter), 0 (passive) or −1 (detractor);
 * NPS is their mean in points.
 */
import { Tally, responsesOf } from './tally';

/**
 * NPS in points: (promoters − detractors) / responses × 100; NaN when there is no response.
 *
 * @example
 * npsOf({ promoters: 70, passives: 20, detractors: 10, ignored: 3 }); // 60
 * npsOf(emptyTally());                                                // NaN
 */
export function npsOf(t: Tally): number {
  const n = responsesOf(t);
  return n === 0 ? NaN : ((t.promoters - t.detractors) / n) * 100;
}

/**
 * Variance of one response on the ±1 scale: V = (p + d) − (p − d)², with p and d
 * the promoter and detractor shares; NaN when there is no response.
 *
 * @example
 * npsVariance({ promoters: 70, passives: 20, detractors: 10, ignored: 0 }); // 0.44 (0.8 − 0.36)
 */
export function npsVariance(t: Tally): number {
  const n = responsesOf(t);
  if (n === 0) return NaN;
  const p = t.promoters / n;
  const d = t.detractors / n;
  return p + d - (p - d) * (p - d);
}

/**
 * Standard error of the NPS in points: √(V / n) × 100; NaN when there is no response.
 *
 * @example
 * standardError({ promoters: 70, passives: 20, detractors: 10, ignored: 0 }); // 6.6332… (√0.0044 × 100)
 */
export function standardError(t: Tally): number {
  return Math.sqrt(npsVariance(t) / responsesOf(t)) * 100;
}
