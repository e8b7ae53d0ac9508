/** The 97.5 % quantile of the standard normal distribution (a 95 % two-sided interval). */
export const Z95 = 1.959963984540054;

/**
 * Adjusted-Wald interval of an NPS in points, written out from SPEC §2 (Rocks
 * 2016), independent of src/nps/intervals.ts: 0.75 detractors, 1.5 passives
 * and 0.75 promoters added, n′ = n + 3, clipped to [−100, 100].
 *
 * @example adjustedWald(70, 20, 10) // [45.2698…, 71.2351…] (Rocks' R package NPS)
 */
export function adjustedWald(promoters: number, passives: number, detractors: number, z = Z95): [number, number] {
  const n = promoters + passives + detractors + 3;
  const p = (promoters + 0.75) / n;
  const d = (detractors + 0.75) / n;
  const centre = p - d;
  const half = z * Math.sqrt((p + d - centre * centre) / n);
  return [Math.max(-100, (centre - half) * 100), Math.min(100, (centre + half) * 100)];
}
