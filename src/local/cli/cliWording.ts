/**
 * The add-on's messages are written for the sidebar; the CLI says their
 * advice in its own terms (options instead of role pickers). Known advice is
 * reworded sentence by sentence; any other sentence that still speaks of the
 * sidebar (a message added later) gives way to the options that do the job.
 */

/** Sidebar advice and how the command line says it. */
const REWORDINGS: Array<[RegExp, string]> = [
  [/Set the role “NPS score \(0–10\)” on the column with the 0–10 answers, then build again\./, 'Choose the column with the 0–10 answers with --score-column N.'],
  [/Pick the score column: in the list of columns, set its role to “NPS score \(0–10\)”\./, 'Choose the column with the 0–10 answers with --score-column N.'],
  [/Pick the column with the 0–10 answers as "score" in the sidebar\./, 'Choose the column with the 0–10 answers with --score-column N.'],
  [/No date column is chosen, so there is no trend\. Mark the column with the response dates as "date"\./, 'No date column was found, so there is no trend: name the column with the response dates with --date-column N.'],
  [/Pick (?:it|the segment column) again(?: in the sidebar)?\./, 'Choose another with --segment-column N.'],
  [/open the sidebar again\./, 'run nps-sheets analyze again.'],
  [/open the sidebar there\./, 'analyze those rows alone.'],
  [/Open the sheet with your survey answers/, 'Give a file (or --sheet NAME) with your survey answers'],
  [/\(pick a segment column for NPS by segment\)/, '(--segment-column N adds NPS by segment)'],
  [/The segment column you picked is not in the table of ("[^"]*") any more\./, 'The segment column is not in the table of $1.'],
];

/** Words that only make sense in the sidebar. */
const SIDEBAR_WORDS = /sidebar|role picker|Mark the column|\bpick|Set the role|set its role|list of columns/i;

/** What the CLI says instead of a sentence of sidebar advice it has no wording for. */
const OPTIONS_ADVICE = 'Name the columns with --score-column, --date-column and --segment-column (see --help).';

/**
 * A message written for the sidebar, with its advice said for the command line.
 * @example forTheCommandLine("Report ready in 'NPS · x' — 2 charts (pick a segment column for NPS by segment)")
 * // "Report ready in 'NPS · x' — 2 charts (--segment-column N adds NPS by segment)"
 * @example forTheCommandLine('The sheet is unknown. Reopen the sidebar and try again.')
 * // 'The sheet is unknown. Name the columns with --score-column, --date-column and --segment-column (see --help).'
 */
export function forTheCommandLine(message: string): string {
  const reworded = REWORDINGS.reduce((text, [pattern, wording]) => text.replace(pattern, wording), message);
  // Quoted text is the user's (headers, sheet names): it neither counts as advice nor ends a sentence.
  const quoted: string[] = [];
  const bare = reworded.replace(QUOTED, (quote) => `\u0000${quoted.push(quote) - 1}\u0000`);
  if (!SIDEBAR_WORDS.test(bare)) return reworded;
  const kept = bare.split(/(?<=[.!?])\s+/).filter((sentence) => !SIDEBAR_WORDS.test(sentence));
  return [...kept, OPTIONS_ADVICE].join(' ').replace(/\u0000(\d+)\u0000/g, (_, i: string) => quoted[Number(i)]);
}

/** A quotation in the add-on's messages: “curly” or "straight". */
const QUOTED = /“[^”]*”|"[^"\n]*"/g;
