/**
 * Intervals in words (SPEC §2, "ranges, not ±"): the adjusted-Wald interval
 * is re-centred and clipped, so "NPS ± margin" would misstate it; a reader
 * gets its two bounds instead.
 */

/**
 * A confidence level as a percentage, without trailing zeros.
 * @example confidenceText(0.95) // '95 %'
 * @example confidenceText(0.995) // '99.5 %'
 */
export function confidenceText(confidence: number): string {
  return `${Number((confidence * 100).toFixed(2))} %`;
}

/**
 * A figure in whole points, as a person reads it (no "-0").
 * @example pointsText(-0.3) // '0'
 * @example pointsText(-12.6) // '-13'
 */
export function pointsText(points: number): string {
  // Halves round away from zero, the same on both sides of the scale.
  const magnitude = Math.round(Math.abs(points));
  return points < 0 && magnitude > 0 ? `-${magnitude}` : String(magnitude);
}

/**
 * An NPS as a headline shows it: one decimal, a plain minus sign (readers and
 * tools parse it), no "-0.0".
 * @example npsText(7.75) // '7.8'
 * @example npsText(-12.46) // '-12.5'
 */
export function npsText(nps: number): string {
  const text = Math.abs(nps).toFixed(1);
  return nps < 0 && Number(text) !== 0 ? `-${text}` : text;
}

/**
 * An interval as its two bounds, in words.
 * @param ci low and high, in points
 * @param confidence the interval's confidence level (0–1)
 * @example rangeInWords([45.27, 71.24], 0.95) // 'likely between 45 and 71 (95 % confidence)'
 */
export function rangeInWords(ci: readonly [number, number], confidence: number): string {
  return `likely between ${pointsText(ci[0])} and ${pointsText(ci[1])} (${confidenceText(confidence)} confidence)`;
}

/**
 * A p-value as a reader sees it: two significant digits, "< 0.001" below that.
 * @example pValueText(0.0213) // 'p = 0.021'
 * @example pValueText(0.41) // 'p = 0.41'
 * @example pValueText(0.00002) // 'p < 0.001'
 */
export function pValueText(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${Number(p.toPrecision(2))}`;
}
