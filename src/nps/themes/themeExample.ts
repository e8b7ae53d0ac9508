/**
 * The example comment of a theme: the shortest of the most typical comments
 * that mention it, cleaned for a cell or a terminal and cut to a readable
 * length.
 */

/** The longest example, in characters, "…" included. */
export const EXAMPLE_LENGTH = 200;

// Control characters (C0, DEL, C1: terminal escapes among them), line and
// paragraph separators, and runs of spaces become one space.
const CONTROLS_AND_SPACES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g;

/**
 * A comment as one clean line of at most {@link EXAMPLE_LENGTH} characters:
 * control characters and line breaks become spaces; a longer comment is cut
 * at a space when one is near the end (else mid-word) and ends with "…".
 *
 * @example
 * exampleText('Slow\r\nsupport \u001b[31m!');  // 'Slow support [31m!'
 * exampleText('word '.repeat(100)).length;    // ≤ 200, ends with '…'
 */
export function exampleText(comment: string): string {
  const line = comment.replace(CONTROLS_AND_SPACES, ' ').trim();
  const characters = Array.from(line);
  if (characters.length <= EXAMPLE_LENGTH) return line;
  let cut = characters.slice(0, EXAMPLE_LENGTH - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= EXAMPLE_LENGTH * 0.75) cut = cut.slice(0, space);
  return cut.trimEnd() + '…';
}

/**
 * The index (into `mentions`) of the example: the most typical comments are
 * those whose terms are the most shared by the other comments of `mentions`
 * (mean share over their terms); of the top quarter of them (at least 3),
 * the shortest; ties go to the earlier comment.
 *
 * @param mentions the responses to choose from (indices into `termsOf` and `lengthOf`)
 * @param termsOf the distinct term ids of each response
 * @param lengthOf the length of each response's comment
 * @example
 * // Three comments are all among the most typical: the shortest (30 characters) wins.
 * typicalExample([0, 1, 2], [[1, 9], [1, 2], [1, 2, 3]], [30, 40, 50]); // 0
 */
export function typicalExample(mentions: number[], termsOf: ArrayLike<ArrayLike<number>>, lengthOf: ArrayLike<number>): number {
  const shared = new Map<number, number>();
  for (const response of mentions) {
    const terms = termsOf[response];
    for (let t = 0; t < terms.length; t++) shared.set(terms[t], (shared.get(terms[t]) || 0) + 1);
  }
  const typicality = mentions.map((response) => {
    const terms = termsOf[response];
    let sum = 0;
    for (let t = 0; t < terms.length; t++) sum += shared.get(terms[t])!;
    return terms.length === 0 ? 0 : sum / terms.length;
  });
  const byTypicality = mentions.map((_, i) => i).sort((a, b) => typicality[b] - typicality[a] || a - b);
  const top = byTypicality.slice(0, Math.max(3, Math.ceil(mentions.length / 4)));
  let best = top[0];
  for (const i of top) {
    const length = lengthOf[mentions[i]];
    const bestLength = lengthOf[mentions[best]];
    if (length < bestLength || (length === bestLength && i < best)) best = i;
  }
  return best;
}
