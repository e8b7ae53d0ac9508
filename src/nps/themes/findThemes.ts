/**
 * "What customers say" (SPEC section 10): the words and two-word phrases
 * whose mention leans clearly to detractors or to promoters, with the NPS of
 * the responses that mention them and an example comment.
 */
import { readScore } from '../score';
import { addScore, emptyTally, type Tally } from '../tally';
import { npsOf } from '../nps';
import { npsInterval } from '../intervals';
import { commentTerms, type CommentTerm } from './commentTerms';
import { logOddsZ, priorShare, type CorpusTotals, type TermCounts } from './logOdds';
import { termGroups, withoutSameComments, type CandidateTerm } from './themeGroups';
import { exampleText, typicalExample } from './themeExample';
import type { Theme, ThemeOptions, ThemesResult } from './themeTypes';

/** |z| a theme needs to be listed: a two-sided 5 % level. */
export const Z_THRESHOLD = 1.96;

const isArray = Array.isArray;

/** One term of the corpus while counting. */
interface TermStats extends CandidateTerm {
  id: number;
  /** The first spelling seen; most terms only ever have this one. */
  spelling: string;
  /** Counts of each spelling, once a second spelling is seen. */
  spellings: Map<string, number> | null;
}

/** The responses that were read (score, comment, term ids), and the terms. */
interface Corpus {
  scores: number[];
  texts: string[];
  /** Length of each comment once cleaned for display: the shortest example wins. */
  lengths: number[];
  termsOf: number[][];
  terms: TermStats[];
  ignored: number;
}

/**
 * The themes of a set of comments, detractors against promoters.
 *
 * A response is read when its score is valid (SPEC section 3) and its comment
 * holds at least one word once stop words are gone; a non-blank comment with
 * no valid score or no word (emoji only, stop words only) is counted as
 * ignored; a blank cell, or one that is not text (a number, a date), is not
 * a comment. Each candidate term (mentioned
 * by at least `minMentions` responses) is scored with the weighted log-odds
 * z of {@link logOddsZ}; a phrase and its words that mark nearly the same
 * comments are one theme, shown and counted as the phrase when it can be
 * listed on its own, else as its strongest term, and of
 * two listed themes that mark the same comments only the stronger is kept.
 * Themes with |z| ≥ 1.96 are listed: detractor-leaning first (z descending),
 * then promoter-leaning (|z| descending), at most `maxThemes` of each; ties
 * go to more mentions, then to the theme in code-point order. Passives count
 * toward mentions and NPS, not toward z.
 *
 * @param comments one comment per response (cells, or one-cell rows)
 * @param scores one score per response, same length
 * @param options maxThemes (default 10), minMentions (default 3), confidence (default 0.95)
 * @returns the themes and how many comments were read and ignored
 * @throws when the lengths differ or an option is out of range
 * @example
 * // 8 detractors wrote "Slow", 1 passive "slow", 10 promoters "Great", 2 of each side "price".
 * findThemes(comments, scores).themes.map((t) => [t.theme, t.leans, t.mentions, t.z]);
 * // [['slow', 'Detractors', 9, 2.7626…], ['great', 'Promoters', 10, -2.8177…]]
 */
export function findThemes(comments: ArrayLike<unknown>, scores: ArrayLike<unknown>, options: ThemeOptions = {}): ThemesResult {
  if (comments.length !== scores.length) {
    throw new Error(`comments and scores must have the same number of rows (${comments.length} vs ${scores.length}). Select ranges of the same height.`);
  }
  const maxThemes = wholeOption('maxThemes', options.maxThemes, 10);
  const minMentions = wholeOption('minMentions', options.minMentions, 3);
  const confidence = options.confidence === undefined ? 0.95 : options.confidence;
  if (!(confidence > 0 && confidence < 1)) throw new Error(`confidence must lie strictly between 0 and 1, such as 0.95, not ${confidence}.`);

  const corpus = readCorpus(comments, scores, minMentions);
  const totals = corpusTotals(corpus);
  const share = priorShare(corpus.scores.length);
  const zOf = new Map<TermStats, number>();
  for (const term of corpus.terms) zOf.set(term, logOddsZ(termCounts(term, corpus.scores), totals, share));
  const listed = termGroups(corpus.terms, (term) => zOf.get(term)!, Z_THRESHOLD)
    .map(({ name }): ScoredTerm => ({ term: name, z: zOf.get(name)! }))
    .filter(({ z }) => Math.abs(z) >= Z_THRESHOLD)
    .sort(byStrength);
  const side = (leaning: ScoredTerm[]): ScoredTerm[] => withoutSameComments(leaning, (t) => t.term.mentions).slice(0, maxThemes);
  const detractorSide = side(listed.filter((t) => t.z > 0));
  const promoterSide = side(listed.filter((t) => t.z < 0));

  const themes = [...detractorSide, ...promoterSide].map(({ term, z }): Theme => {
    const tally = tallyOf(term.mentions, corpus.scores);
    const [low, high] = npsInterval(tally, confidence);
    const leans = z > 0 ? 'Detractors' : 'Promoters';
    const leaning = term.mentions.filter((r) => (z > 0 ? corpus.scores[r] <= 6 : corpus.scores[r] >= 9));
    const pool = leaning.length > 0 ? leaning : term.mentions;
    const example = pool[typicalExample(pool, corpus.termsOf, corpus.lengths)];
    return {
      theme: displayOf(term),
      leans,
      mentions: term.mentions.length,
      promoters: tally.promoters,
      passives: tally.passives,
      detractors: tally.detractors,
      nps: npsOf(tally),
      ci: [low, high],
      z,
      example: exampleText(corpus.texts[example]),
    };
  });
  return { themes, comments: corpus.scores.length, ignored: corpus.ignored };
}

/**
 * Reads every row: the responses with a valid score and a comment with words,
 * and the terms mentioned by at least `minMentions` of them (the candidates;
 * rarer terms play no part, and most phrases are said once).
 */
function readCorpus(comments: ArrayLike<unknown>, scores: ArrayLike<unknown>, minMentions: number): Corpus {
  const corpus: Corpus = { scores: [], texts: [], lengths: [], termsOf: [], terms: [], ignored: 0 };
  const termsOfResponse: CommentTerm[][] = [];
  const mentionCount = new Map<string, number>();
  for (let row = 0; row < comments.length; row++) {
    const comment = cellOf(comments[row]);
    if (typeof comment !== 'string' || comment.trim() === '') continue;
    const score = readScore(cellOf(scores[row]));
    const terms = score >= 0 ? commentTerms(comment) : [];
    if (terms.length === 0) {
      corpus.ignored++;
      continue;
    }
    corpus.scores.push(score);
    corpus.texts.push(comment);
    corpus.lengths.push(comment.trim().length);
    termsOfResponse.push(terms);
    for (const term of terms) mentionCount.set(term.key, (mentionCount.get(term.key) || 0) + 1);
  }
  const byKey = new Map<string, TermStats>();
  termsOfResponse.forEach((terms, response) => {
    const ids: number[] = [];
    for (const term of terms) {
      if (mentionCount.get(term.key)! < minMentions) continue;
      let stats = byKey.get(term.key);
      if (!stats) {
        stats = { id: corpus.terms.length, key: term.key, parts: term.parts, mentions: [], spelling: term.display, spellings: null };
        byKey.set(term.key, stats);
        corpus.terms.push(stats);
      } else if (stats.spellings || term.display !== stats.spelling) {
        if (!stats.spellings) stats.spellings = new Map([[stats.spelling, stats.mentions.length]]);
        stats.spellings.set(term.display, (stats.spellings.get(term.display) || 0) + 1);
      }
      stats.mentions.push(response);
      ids.push(stats.id);
    }
    corpus.termsOf.push(ids);
  });
  return corpus;
}

/** A cell, or the first cell of a one-cell row. */
function cellOf(value: unknown): unknown {
  return isArray(value) ? value[0] : value;
}

/** The responses read, per side: the n_k of the log-odds. */
function corpusTotals(corpus: Corpus): CorpusTotals {
  const totals: CorpusTotals = { detractors: 0, promoters: 0, all: 0 };
  corpus.scores.forEach((score) => {
    totals.all += 1;
    if (score <= 6) totals.detractors += 1;
    else if (score >= 9) totals.promoters += 1;
  });
  return totals;
}

/** Mentions of a term per side. */
function termCounts(term: TermStats, scores: number[]): TermCounts {
  let detractors = 0;
  let promoters = 0;
  for (const response of term.mentions) {
    if (scores[response] <= 6) detractors++;
    else if (scores[response] >= 9) promoters++;
  }
  return { detractors, promoters, all: term.mentions.length };
}

/** The tally of the responses that mention a theme. */
function tallyOf(mentions: number[], scores: number[]): Tally {
  const tally = emptyTally();
  for (const response of mentions) addScore(tally, scores[response]);
  return tally;
}

/** How a term is shown: its most frequent spelling (ties: code-point order). */
function displayOf(term: TermStats): string {
  if (!term.spellings) return term.spelling;
  let best = '';
  let bestCount = 0;
  term.spellings.forEach((count, spelling) => {
    if (count > bestCount || (count === bestCount && compareText(spelling, best) < 0)) {
      best = spelling;
      bestCount = count;
    }
  });
  return best;
}

/** Code-point order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A term and its z. */
interface ScoredTerm {
  term: TermStats;
  z: number;
}

/** Strongest first: |z| descending, then more mentions, then the theme in code-point order. */
function byStrength(a: ScoredTerm, b: ScoredTerm): number {
  return Math.abs(b.z) - Math.abs(a.z) || b.term.mentions.length - a.term.mentions.length || compareText(displayOf(a.term), displayOf(b.term));
}

/** A whole-number option of at least 1. */
function wholeOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not ${value}.`);
  return value;
}
