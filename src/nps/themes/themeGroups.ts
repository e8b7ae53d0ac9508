/**
 * One theme for terms that mark (nearly) the same comments: "slow support"
 * and "slow" are one theme when almost every comment that says "slow" says
 * "slow support"; when "slow" is also said of delivery, they stay two themes.
 */

/** A share of a word's comments that its phrase must mark for the two to be one theme. */
export const NEARLY_SAME = 0.8;
/**
 * A share of the comments of the larger of two listed themes that both must
 * mark to be one theme: words said together ("friendly and helpful"), not two
 * complaints that many detractors happen to make at once.
 */
export const SAME_COMMENTS = 0.95;

/** A candidate term of the theme finder. */
export interface CandidateTerm {
  key: string;
  /** The keys of a phrase's two words; empty for a word. */
  parts: string[];
  /** The responses that mention it, ascending. */
  mentions: number[];
}

/** Terms that are one theme, shown and counted as one of them (see {@link termGroups}). */
export interface TermGroup<T extends CandidateTerm = CandidateTerm> {
  /** The member that gives the theme its name, counts and z. */
  name: T;
  members: T[];
}

/**
 * The candidates grouped: a phrase and each of its words are joined when the
 * phrase marks at least {@link NEARLY_SAME} of the word's comments (a phrase's
 * comments are always among its words'). Each group is shown as one of its
 * members, whose name, counts and z then belong together: the phrase when it
 * is strong enough to be listed on its own (|strength| ≥ `listed`: "slow
 * support" says more than "slow"), else the strongest member; ties go to a
 * phrase, then to more mentions, then to the earlier candidate. Groups come
 * in the order of their first candidate.
 *
 * @param candidates the terms, in a stable order
 * @param strength each term's z
 * @param listed the |z| a theme needs to be listed (default 1.96)
 * @example
 * const slow = { key: 'w:slow', parts: [], mentions: [0, 1, 2, 3, 4] };
 * const support = { key: 'w:support', parts: [], mentions: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] };
 * const phrase = { key: 'p:slow support', parts: ['w:slow', 'w:support'], mentions: [0, 1, 2, 3] };
 * termGroups([slow, support, phrase], (t) => (t === support ? 0.5 : 2.4)).map((g) => g.name.key);
 * // ['p:slow support', 'w:support']: "slow" joins its phrase (4 of its 5 comments), "support" does not (4 of 10)
 */
export function termGroups<T extends CandidateTerm>(candidates: T[], strength: (term: T) => number, listed = 1.96): Array<TermGroup<T>> {
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
      if (word === undefined || candidate.mentions.length < NEARLY_SAME * candidates[word].mentions.length) continue;
      const a = root(i);
      const b = root(word);
      // The earlier candidate stays the root: groups keep a stable order.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const members = new Map<number, T[]>();
  candidates.forEach((candidate, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(candidate);
    else members.set(r, [candidate]);
  });
  const groups: Array<TermGroup<T>> = [];
  for (const [, list] of Array.from(members.entries()).sort((a, b) => a[0] - b[0])) {
    // Ranks: listed at all, then a phrase, then |z|, then mentions; the first of equals wins.
    const rank = (c: T): number[] => {
      const z = Math.abs(strength(c));
      return z >= listed ? [1, c.parts.length, z, c.mentions.length] : [0, 0, z, c.mentions.length];
    };
    let name = list[0];
    for (const c of list) if (isBefore(rank(c), rank(name))) name = c;
    groups.push({ name, members: list });
  }
  return groups;
}

/** Whether rank a comes before rank b (compared element by element, larger first). */
function isBefore(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/**
 * Listed themes that mark the same comments, kept once: B is left out when
 * it and an earlier A share at least {@link SAME_COMMENTS} of the comments of
 * the larger ("friendly" and "helpful" always said together). Give the themes
 * strongest first, so the stronger of two is kept.
 *
 * @param themes the themes, strongest first
 * @param mentionsOf the responses that mention a theme, ascending
 * @example
 * withoutSameComments(['friendly', 'helpful', 'staff'], (t) => ({ friendly: [1, 2, 3], helpful: [1, 2, 3], staff: [1, 2, 4] })[t]);
 * // ['friendly', 'staff']
 */
export function withoutSameComments<T>(themes: T[], mentionsOf: (theme: T) => number[]): T[] {
  const kept: T[] = [];
  for (const theme of themes) {
    if (!kept.some((k) => sameComments(mentionsOf(k), mentionsOf(theme)))) kept.push(theme);
  }
  return kept;
}

/** Whether two ascending lists share at least SAME_COMMENTS of the larger. */
function sameComments(a: number[], b: number[]): boolean {
  const needed = SAME_COMMENTS * Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < needed) return false;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared >= needed;
}
