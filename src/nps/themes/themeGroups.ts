/**
 * One theme for a phrase and its words when they mark nearly the same
 * comments: "slow support" and "slow" are one theme when almost every comment
 * that says "slow" says "slow support"; when "slow" is also said of delivery,
 * they stay two themes.
 */

/** A share of a word's comments that its phrase must mark for the two to be one theme. */
export const NEARLY_SAME = 0.8;

/** A candidate term of the theme finder. */
export interface CandidateTerm {
  key: string;
  /** The keys of a phrase's two words; empty for a word. */
  parts: string[];
  /** The responses that mention it, ascending. */
  mentions: number[];
}

/** Terms that are one theme, and the responses that mention any of them. */
export interface TermGroup {
  /** The term that names the theme: the most mentioned phrase of the group, else its word. */
  name: CandidateTerm;
  /** The responses that mention any term of the group, ascending. */
  mentions: number[];
}

/**
 * The candidates grouped: a phrase and each of its words are joined when the
 * phrase marks at least {@link NEARLY_SAME} of the word's comments (a phrase's
 * comments are always among its words'). Groups come in the order of their
 * first candidate; every candidate is in exactly one group.
 *
 * @example
 * termGroups([
 *   { key: 'w:slow', parts: [], mentions: [0, 1, 2, 3, 4] },
 *   { key: 'w:support', parts: [], mentions: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
 *   { key: 'p:slow support', parts: ['w:slow', 'w:support'], mentions: [0, 1, 2, 3] },
 * ]).map((g) => [g.name.key, g.mentions.length]);
 * // [['p:slow support', 5], ['w:support', 10]]
 */
export function termGroups(candidates: CandidateTerm[]): TermGroup[] {
  const index = new Map<string, number>();
  candidates.forEach((candidate, i) => index.set(candidate.key, i));
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  candidates.forEach((candidate, i) => {
    for (const part of candidate.parts) {
      const word = index.get(part);
      if (word === undefined) continue;
      if (candidate.mentions.length >= NEARLY_SAME * candidates[word].mentions.length) {
        const a = root(i);
        const b = root(word);
        // The earlier candidate stays the root: groups keep a stable order.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const members = new Map<number, number[]>();
  candidates.forEach((_, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  const groups: TermGroup[] = [];
  for (const [first, list] of Array.from(members.entries()).sort((a, b) => a[0] - b[0])) {
    let name = candidates[first];
    for (const i of list) {
      const c = candidates[i];
      const better = c.parts.length > name.parts.length || (c.parts.length === name.parts.length && c.mentions.length > name.mentions.length);
      if (better) name = c;
    }
    groups.push({ name, mentions: list.length === 1 ? name.mentions : unionOf(list.map((i) => candidates[i].mentions)) });
  }
  return groups;
}

/** The union of ascending lists, ascending. */
function unionOf(lists: number[][]): number[] {
  const all = new Set<number>();
  for (const list of lists) for (const value of list) all.add(value);
  return Array.from(all).sort((a, b) => a - b);
}
