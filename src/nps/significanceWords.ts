/**
 * Significance as a reader sees it in a table (issue 10): "Yes ▲" for a
 * real rise, "Yes ▼" for a real fall, "No" for a change that could be
 * noise, "" when nothing was tested. The report, the CLI and the HTML page
 * all say it this way; the formulas keep TRUE/FALSE.
 */

/**
 * Significance in words.
 * @param significant the (Holm-adjusted) test's verdict; null when not tested
 * @param change the difference it is about (its sign gives the arrow); null when not tested
 * @example significanceWords(true, 12.5) // 'Yes ▲'
 * @example significanceWords(true, -3) // 'Yes ▼'
 * @example significanceWords(false, 20) // 'No'
 * @example significanceWords(null, null) // ''
 */
export function significanceWords(significant: boolean | null, change: number | null): string {
  if (significant === null || change === null) return '';
  if (!significant) return 'No';
  return change > 0 ? 'Yes ▲' : 'Yes ▼';
}
