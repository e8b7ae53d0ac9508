/**
 * The shapes of "What customers say" (SPEC section 10): the themes that lean
 * to detractors or promoters. The scoring lives in the files beside this one;
 * the report, sidebar, CLI and JSON read these shapes.
 */

/** One theme: a word or a two-word phrase, and the responses that mention it. */
export interface Theme {
  /** The word or phrase, lower-cased ("slow support", "preis"). */
  theme: string;
  /** The side it leans to. */
  leans: 'Detractors' | 'Promoters';
  /** Responses (valid score, non-blank comment) whose comment mentions it. */
  mentions: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS of the responses that mention it (unrounded). */
  nps: number;
  /** Its interval, adjusted Wald (SPEC section 2), at the given confidence. */
  ci: [number, number];
  /** The weighted log-odds z score, detractors against promoters (positive leans to detractors). */
  z: number;
  /** One comment that mentions it (the shortest of the most typical), as text. */
  example: string;
}

/** Options of the theme finder. */
export interface ThemeOptions {
  /** At most this many themes per side (default 10). */
  maxThemes?: number;
  /** A theme needs at least this many mentioning responses (default 3). */
  minMentions?: number;
  /** Confidence of each theme's NPS interval (default 0.95). */
  confidence?: number;
}

/** What the theme finder returns. */
export interface ThemesResult {
  /** Detractor-leaning themes first (z descending), then promoter-leaning (|z| descending: the strongest first). */
  themes: Theme[];
  /** Responses with a valid score and a comment with at least one word (stop words aside): what the themes were read from. */
  comments: number;
  /** Non-blank comments left out: no valid score, or no word once stop words are gone (emoji only…). Blank comments are not counted. */
  ignored: number;
}
