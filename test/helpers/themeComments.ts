/**
 * Seeded comment sets for the theme tests: survey answers with planted
 * detractor and promoter themes (test/helpers/themeLanguages.ts), or "null"
 * sets in which both sides write from the same distribution.
 */
import { LANGUAGES, type LanguageMaterial, type PlantedTheme } from './themeLanguages';
import { seededRandom } from './seededRandom';

export { seededRandom };

/** How a set is drawn. */
export interface CommentSetOptions {
  language: string;
  size: number;
  seed: number;
  /** Share of each side's comments that mention each of its planted themes (default 0.5). */
  strength?: number;
  /** Share of detractors among responses (default 0.3); passives are 0.25, promoters the rest. */
  detractorShare?: number;
  /** Both sides write from one distribution: no theme leans anywhere. */
  null?: boolean;
}

/** A drawn set. */
export interface CommentSet {
  comments: string[];
  scores: number[];
  material: LanguageMaterial;
}

/**
 * Draws a comment set. A detractor's comment mentions each planted
 * detractor theme with probability `strength` and a planted promoter theme
 * with probability 0.05 (real comments cross over); promoters the other way
 * round; passives mention each planted theme with probability 0.15. General
 * praise or complaint and neutral filler are added at random, and the
 * sentences are shuffled, cased and punctuated in varied ways.
 */
export function drawCommentSet(options: CommentSetOptions): CommentSet {
  const material = LANGUAGES[options.language];
  if (!material) throw new Error(`no comment material for language ${options.language}`);
  const random = seededRandom(options.seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const strength = options.strength ?? 0.5;
  const detractorShare = options.detractorShare ?? 0.3;
  const comments: string[] = [];
  const scores: number[] = [];
  // Exact counts per side, in a random order: a 30-comment set has its 9 detractors every time.
  const detractors = Math.round(options.size * detractorShare);
  const passives = Math.round(options.size * 0.25);
  const sides = Array.from({ length: options.size }, (_, i) => (i < detractors ? 'detractor' : i < detractors + passives ? 'passive' : 'promoter'));
  shuffle(sides, random);
  for (const side of sides) {
    const score = side === 'detractor' ? Math.floor(random() * 7) : side === 'passive' ? 7 + Math.floor(random() * 2) : 9 + Math.floor(random() * 2);
    const writesAs = options.null ? pick(['detractor', 'passive', 'promoter']) : side;
    const sentences: string[] = [];
    const mention = (themes: PlantedTheme[], p: number): void => {
      for (const theme of themes) if (random() < p) sentences.push(pick(theme.phrasings));
    };
    if (writesAs === 'detractor') {
      mention(material.detractorThemes, strength);
      mention(material.promoterThemes, 0.05);
      if (sentences.length === 0 || random() < 0.3) sentences.push(pick(material.complaints));
    } else if (writesAs === 'promoter') {
      mention(material.promoterThemes, strength);
      mention(material.detractorThemes, 0.05);
      if (sentences.length === 0 || random() < 0.3) sentences.push(pick(material.praise));
    } else {
      mention([...material.detractorThemes, ...material.promoterThemes], 0.15);
    }
    const fillers = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
    for (let f = 0; f < fillers || sentences.length === 0; f++) sentences.push(pick(material.filler));
    shuffle(sentences, random);
    comments.push(joinSentences(sentences, material.cjk === true, random));
    scores.push(score);
  }
  return { comments, scores, material };
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}

/** Sentences joined with varied punctuation and case, as people type them. */
function joinSentences(sentences: string[], cjk: boolean, random: () => number): string {
  if (cjk) return sentences.join(random() < 0.5 ? '，' : '。') + (random() < 0.5 ? '。' : '');
  const separator = [', ', '. ', '! ', ' - ', '.\n', '; '][Math.floor(random() * 6)];
  const text = sentences.join(separator);
  const r = random();
  if (r < 0.1) return text.toUpperCase();
  if (r < 0.3) return text.toLowerCase();
  return text + (random() < 0.5 ? '.' : '');
}

/**
 * Whether a listed theme is (part of) a planted theme: one of its words is a
 * marker of the planted theme (for CJK, one contains the other).
 */
export function isPlanted(theme: string, planted: PlantedTheme, cjk: boolean): boolean {
  if (cjk) return planted.markers.some((marker) => theme.includes(marker) || marker.includes(theme));
  return theme.split(' ').some((word) => planted.markers.includes(word));
}
