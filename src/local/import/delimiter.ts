/**
 * Which character separates the fields of a CSV/TSV text. Sheets' import
 * ("detect automatically") picks the separator that splits the lines into
 * the same number of fields; the usual guess (papaparse's) prefers `,` and is wrong
 * on `;` files with decimal commas (`3,5`), so we score the candidates
 * ourselves, quotes respected.
 */
import { parseDelimited } from './csvParse';

/**
 * The separators we recognise, in order of preference on a tie: a tab or a
 * `;` that splits every line as evenly as `,` is the separator, since commas
 * also appear inside `;` files (decimal commas, text) but never unquoted
 * inside the fields of a `,` file.
 */
const DELIMITERS = ['\t', ';', ',', '|'] as const;
/** One of {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number];

/** Lines looked at; enough to see past title rows and a few multi-line comments. */
const SAMPLE_ROWS = 50;
/** Characters looked at, so that a huge single-line file stays cheap. */
const SAMPLE_CHARS = 256 * 1024;

/**
 * The separator that splits the first lines most consistently: the most
 * lines with the most common field count, then the most fields, then the
 * order of {@link DELIMITERS}. A text with one column gives `,`.
 *
 * @example
 * detectDelimiter('Datum;Punkte\n24.12.2025;3,5\n'); // ';'
 * detectDelimiter('a\tb\n1\t2\n');                   // '\t'
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best: Delimiter = ',';
  let bestScore = { consistent: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const counts: number[] = [];
    parseDelimited(sample, delimiter, (fields) => {
      if (fields.length > 1 || fields[0] !== '') counts.push(fields.length);
      return counts.length < SAMPLE_ROWS;
    });
    // The last sampled row may be cut short by the sample's end.
    if (sample.length < text.length && counts.length > 1) counts.pop();
    const score = consistency(counts);
    if (score.fields < 2) continue;
    if (
      score.consistent > bestScore.consistent ||
      (score.consistent === bestScore.consistent && score.fields > bestScore.fields)
    ) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** The most common field count and how many lines have it. */
function consistency(counts: number[]): { consistent: number; fields: number } {
  const lines = new Map<number, number>();
  let fields = 1;
  let consistent = 0;
  for (const count of counts) {
    const n = (lines.get(count) || 0) + 1;
    lines.set(count, n);
    if (n > consistent || (n === consistent && count > fields)) {
      consistent = n;
      fields = count;
    }
  }
  return { consistent, fields };
}
