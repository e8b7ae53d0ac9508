/**
 * How to read an NPS (SPEC §2, from the product's seeds): the scale runs from
 * −100 to 100; above 0 is good, 50 and above excellent, 70 and above world
 * class. Every headline NPS a person reads shows its band and the scale.
 */

/** The bands, worst first. */
export const BANDS = ['Needs improvement', 'Good', 'Excellent', 'World class'] as const;
/** One of {@link BANDS}. */
export type Band = (typeof BANDS)[number];

/** Lower bounds of the bands above "Needs improvement", in points: the lines a trend chart draws. */
export const BAND_LINES = { good: 0, excellent: 50, worldClass: 70 } as const;

/** The scale, in words, for a headline. */
export const NPS_SCALE = 'scale −100 to 100';

/**
 * The band of an NPS: ≤ 0 Needs improvement; 0 < NPS < 50 Good;
 * 50 ≤ NPS < 70 Excellent; ≥ 70 World class.
 *
 * @param nps in points
 * @example bandOf(0) // 'Needs improvement'
 * @example bandOf(7.8) // 'Good'
 * @example bandOf(50) // 'Excellent'
 * @example bandOf(70) // 'World class'
 */
export function bandOf(nps: number): Band {
  if (nps >= BAND_LINES.worldClass) return 'World class';
  if (nps >= BAND_LINES.excellent) return 'Excellent';
  if (nps > BAND_LINES.good) return 'Good';
  return 'Needs improvement';
}
