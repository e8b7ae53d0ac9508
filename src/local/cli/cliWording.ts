/**
 * The add-on's messages are written for the sidebar; the CLI says their
 * advice in its own terms (options instead of role pickers).
 */

/** Sidebar advice and how the command line says it. */
const REWORDINGS: Array<[RegExp, string]> = [
  [/Set the role “NPS score \(0–10\)” on the column with the 0–10 answers, then build again\./, 'Pick the column with the 0–10 answers with --score-column N.'],
  [/open the sidebar there\.$/, 'analyze those rows alone.'],
  [/\(pick a segment column for NPS by segment\)/, '(--segment-column N adds NPS by segment)'],
];

/**
 * A message written for the sidebar, with its advice said for the command line.
 * @example forTheCommandLine("Report ready in 'NPS · x' — 2 charts (pick a segment column for NPS by segment)")
 * // "Report ready in 'NPS · x' — 2 charts (--segment-column N adds NPS by segment)"
 */
export function forTheCommandLine(message: string): string {
  return REWORDINGS.reduce((text, [pattern, wording]) => text.replace(pattern, wording), message);
}
