/**
 * Confidence intervals of the NPS (SPEC §2), in points and clipped to [−100, 100]:
 *
 * - `adjusted-wald` (default): Rocks (2016), The American Statistician 70(4):
 *   add 0.75 detractors, 1.5 passives and 0.75 promoters, then a Wald interval
 *   with n′ = n + 3. Good coverage even for small samples and extreme scores.
 * - `wald`: NPS ± z·√(V/n), the textbook interval.
 * - `score`: the Tango score interval for the difference p − d of two shares of
 *   one multinomial sample, found by bisection.
 */
import { Tally, responsesOf } from './tally';
import { zForConfidence } from './normal';

/** The interval methods a user can choose. */
export const INTERVAL_METHODS = ['adjusted-wald', 'wald', 'score'] as const;
/** One of {@link INTERVAL_METHODS}. */
export type IntervalMethod = (typeof INTERVAL_METHODS)[number];

/**
 * The confidence interval of the NPS of a tally, in points.
 *
 * @param t the tally (ignored cells play no part)
 * @param confidence strictly between 0 and 1 (callers check it)
 * @param method see {@link INTERVAL_METHODS}
 * @returns [low, high] clipped to [−100, 100]; [NaN, NaN] when there is no response
 * @example
 * const t = { promoters: 70, passives: 20, detractors: 10, ignored: 0 };
 * npsInterval(t);                 // [45.2698…, 71.2351…]
 * npsInterval(t, 0.95, 'wald');   // [46.9991…, 73.0009…]
 * npsInterval(t, 0.95, 'score');  // [45.2167…, 71.2768…]
 */
export function npsInterval(t: Tally, confidence = 0.95, method: IntervalMethod = 'adjusted-wald'): [number, number] {
  const n = responsesOf(t);
  if (n === 0) return [NaN, NaN];
  const z = zForConfidence(confidence);
  if (method === 'score') return scoreInterval(t.promoters, t.detractors, n, z);
  const extra = method === 'wald' ? 0 : 0.75;
  return waldInterval(t.promoters + extra, t.detractors + extra, n + 4 * extra, z);
}

/**
 * The margin of error in points: half the width of the adjusted-Wald interval
 * (after clipping); NaN when there is no response.
 *
 * @param confidence strictly between 0 and 1 (callers check it)
 * @example
 * marginOfError({ promoters: 70, passives: 20, detractors: 10, ignored: 0 }); // 12.9826… ((71.2351 − 45.2698) / 2)
 */
export function marginOfError(t: Tally, confidence = 0.95): number {
  const [low, high] = npsInterval(t, confidence, 'adjusted-wald');
  return (high - low) / 2;
}

/** Wald interval from (possibly adjusted) promoter and detractor counts out of n. */
function waldInterval(promoters: number, detractors: number, n: number, z: number): [number, number] {
  const p = promoters / n;
  const d = detractors / n;
  const centre = p - d;
  const halfWidth = z * Math.sqrt((p + d - centre * centre) / n);
  return [toPoints(centre - halfWidth), toPoints(centre + halfWidth)];
}

function toPoints(share: number): number {
  return Math.min(100, Math.max(-100, share * 100));
}

const BISECTION_TOLERANCE = 1e-10;

/**
 * Tango's score interval: every Δ with |Z(Δ)| < z, where Z(Δ) is the score
 * statistic of H₀: p − d = Δ with the detractor share at its restricted
 * maximum-likelihood value. Z decreases in Δ from +∞ at −1 to −∞ at 1, so each
 * limit is the single root of Z(Δ) = ±z on its side of the estimate.
 */
function scoreInterval(promoters: number, detractors: number, n: number, z: number): [number, number] {
  const estimate = (promoters - detractors) / n;
  const low = detractors === n ? -1 : bisect(-1, estimate, (delta) => scoreStatistic(promoters, detractors, n, delta) > z);
  const high = promoters === n ? 1 : bisect(estimate, 1, (delta) => scoreStatistic(promoters, detractors, n, delta) > -z);
  return [toPoints(low), toPoints(high)];
}

/**
 * Z(Δ) = (P − D − nΔ) / √(n(2d̃ + Δ(1 − Δ))), where d̃ maximises the multinomial
 * likelihood of the detractor share under p − d = Δ: the positive root of
 * 2n·d² + (−P − D + (2n − P + D)Δ)·d − DΔ(1 − Δ) = 0.
 */
function scoreStatistic(promoters: number, detractors: number, n: number, delta: number): number {
  const a = 2 * n;
  const b = -promoters - detractors + (2 * n - promoters + detractors) * delta;
  const c = -detractors * delta * (1 - delta);
  const restrictedDetractors = Math.max(0, (-b + Math.sqrt(Math.max(0, b * b - 4 * a * c))) / (2 * a));
  const variance = n * (2 * restrictedDetractors + delta * (1 - delta));
  return (promoters - detractors - n * delta) / Math.sqrt(Math.max(0, variance));
}

/** The boundary in [from, to] where `isBelow` turns from true to false, to 1e-10. */
function bisect(from: number, to: number, isBelow: (x: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (hi - lo > BISECTION_TOLERANCE) {
    const mid = (lo + hi) / 2;
    if (isBelow(mid)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
