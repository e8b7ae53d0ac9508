/**
 * How many responses a survey needs for a given margin of error (SPEC
 * section 10): the adjusted Wald half-width z·√(V/(n + 3)) solved for n.
 */
import { zForConfidence } from './normal';

/**
 * Responses needed for a margin of error of `margin` points:
 * ⌈z²·V / (margin/100)²⌉ − 3, at least 1.
 *
 * @param margin the margin of error in points (> 0; callers check it)
 * @param variance V of one response on the ±1 scale (section 2); 1, the worst case, by default
 * @param confidence strictly between 0 and 1 (default 0.95; callers check it)
 * @throws Error when margin is not a number above 0
 * @example
 * sampleSize(5);            // 1534: ⌈1.959964² / 0.05²⌉ − 3 = ⌈1536.58⌉ − 3
 * sampleSize(5, 0.44);      // 674:  ⌈3.841459 × 0.44 / 0.0025⌉ − 3 = ⌈676.10⌉ − 3
 * sampleSize(10, 1, 0.9);   // 268:  ⌈1.644854² / 0.01⌉ − 3 = ⌈270.55⌉ − 3
 */
export function sampleSize(margin: number, variance = 1, confidence = 0.95): number {
  if (!(margin > 0)) throw new Error(`the margin must be a number of points above 0, not ${margin}.`);
  const z = zForConfidence(confidence);
  // (z² · V · 100²) / margin² keeps the margin in points: no rounding of margin/100 first.
  const needed = Math.ceil((z * z * variance * 10000) / (margin * margin)) - 3;
  return Math.max(1, needed);
}
