/**
 * "What customers say" in the readable output (SPEC section 10): the top
 * themes of each side with their mentions, NPS, z and one example comment.
 * The example is the user's text: quoted, on one line, cut short, and every
 * control character shown as its escape so nothing runs in the terminal.
 */
import type { Theme, ThemesResult } from '../../nps/themes/themeTypes';
import type { AnalyzeOutcome } from './outcome';
import { columnHeader, fixedText, grid, oneLine } from './textGrid';
import { TOP_THEMES, Z_MEANING, themesBasis } from './themesPeopleWords';

/** Longest theme and example shown (characters). */
const THEME_CHARS = 30;
const EXAMPLE_CHARS = 60;

/**
 * The section with a blank line before it, or nothing when no comment column is chosen.
 *
 * @param outcome what the analysis produced
 */
export function themesSection(outcome: AnalyzeOutcome): string[] {
  const { analysis, profile } = outcome;
  return analysis.themes ? ['', ...themesText(analysis.themes, columnHeader(profile, profile.mapping.comments[0]))] : [];
}

/**
 * The section as lines of text (no trailing blank line).
 *
 * @param themes what the theme finder returned for the comment column
 * @param commentHeader the comment column's header
 * @example themesText({ themes: [], comments: 40, ignored: 0 }, 'Why?')[0] // 'What customers say (Why?)'
 */
export function themesText(themes: ThemesResult, commentHeader: string): string[] {
  const lines = [`What customers say (${oneLine(commentHeader || 'comments', 60)})`];
  if (themes.themes.length === 0) {
    lines.push('  No word or phrase leans clearly to detractors or to promoters.');
  } else {
    for (const side of ['Detractors', 'Promoters'] as const) {
      const all = themes.themes.filter((t) => t.leans === side);
      lines.push(`  ${side} mention`);
      if (all.length === 0) {
        lines.push('    (nothing clearly)');
        continue;
      }
      lines.push(...grid(['Theme', 'Mentions', 'NPS', 'z', 'Example'], all.slice(0, TOP_THEMES).map(themeRow)).map((line) => `  ${line}`));
      if (all.length > TOP_THEMES) lines.push(`    … and ${all.length - TOP_THEMES} more (--json or --out lists them all)`);
    }
    lines.push(`  ${Z_MEANING}`);
  }
  lines.push(`  ${themesBasis(themes.comments, themes.ignored)}`);
  return lines;
}

function themeRow(theme: Theme): string[] {
  return [oneLine(theme.theme, THEME_CHARS), String(theme.mentions), fixedText(theme.nps, 1), fixedText(theme.z, 1), `"${oneLine(theme.example, EXAMPLE_CHARS)}"`];
}
