/**
 * `themes` in the `--json` output (SPEC sections 6 and 10): what the themes
 * were read from and every theme listed, null without a comment column.
 */
import type { Theme, ThemesResult } from '../../nps/themes/themeTypes';

/** `themes`: what the themes were read from, and every theme listed. */
export interface JsonThemes {
  /** Responses with a valid score and a non-blank comment. */
  comments: number;
  /** Comments left out (no valid score, blank, or no word once stop words are gone). */
  ignored: number;
  /** Detractor-leaning themes first (z descending), then promoter-leaning. */
  rows: Theme[];
}

/**
 * The `themes` object, or null without a comment column.
 *
 * @param themes the analysis' themes
 * @example themesJson({ themes: [], comments: 40, ignored: 2 }) // { comments: 40, ignored: 2, rows: [] }
 */
export function themesJson(themes: ThemesResult | null | undefined): JsonThemes | null {
  if (!themes) return null;
  return {
    comments: themes.comments,
    ignored: themes.ignored,
    // Copied field by field: the objects come from the add-on's realm, and the schema's order is ours.
    rows: themes.themes.map((t) => ({
      theme: t.theme, leans: t.leans, mentions: t.mentions, promoters: t.promoters, passives: t.passives, detractors: t.detractors,
      nps: t.nps, ci: [t.ci[0], t.ci[1]], z: t.z, example: t.example,
    })),
  };
}
