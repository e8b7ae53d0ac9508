/**
 * "What customers say" on the report (SPEC §10): the themes that lean to
 * detractors, then those that lean to promoters, with the NPS of the
 * responses that mention each, its interval, z and an example comment; the
 * themes chart's data (the top themes of each side and their NPS); and the
 * sentence shown instead when no theme stands out. Every theme and example
 * is the customers' text: written as text, never as a formula. Pure.
 */
import type { Theme, ThemesResult } from '../nps/themes/themeTypes';
import { bandOf } from '../nps/bands';
import { NEUTRAL_FORMAT, repeat, type Block, type Cell } from './reportCompose';
import { THEMES_BLOCK, THEMES_DATA, type TableArea } from './reportLayout';
import type { StyleKey } from './reportStyle';
import { asSheetText } from './sheetText';

/** The table's header (NPS_THEMES' columns, without the counts per category). */
export const THEMES_HEADER = ['Theme', 'Leans', 'Mentions', 'NPS', 'CI low', 'CI high', 'z', 'Example'];
const FORMATS = ['@', '@', '0', '0.0', '0.0', '0.0', '0.00', '@'];
/** Where the NPS sits in a row (its cell is filled by band). */
const NPS_AT = 3;
/** Themes of each side in the chart. */
const CHART_THEMES = THEMES_DATA.rows / 2;

/**
 * The block: a title with the number of comments read, the header, one row per theme.
 *
 * @param themes what the theme finder found (at least one theme)
 * @param row the sheet row of the title
 * @param asOf in a live report, when the themes were read (they are values, not formulas); null in a snapshot
 * @example themesBlock(result, 49, null).values[1] // ['Theme', 'Leans', 'Mentions', 'NPS', 'CI low', 'CI high', 'z', 'Example']
 */
export function themesBlock(themes: ThemesResult, row: number, asOf: string | null): Block {
  const width = THEMES_BLOCK.width;
  const title = `What customers say: words and phrases that lean to detractors or promoters (${countOf(themes.comments, 'comment')} read${asOf ? `; at the build of ${asOf}` : ''})`;
  const values: Cell[][] = [[asSheetText(title), ...repeat<Cell>('', width - 1)], THEMES_HEADER.slice()];
  const styles: StyleKey[][] = [['section', ...repeat<StyleKey>('', width - 1)], repeat<StyleKey>('header', width)];
  for (const theme of themes.themes) {
    values.push(themeCells(theme));
    const look = repeat<StyleKey>('', width);
    look[NPS_AT] = bandOf(theme.nps);
    styles.push(look);
  }
  return { row, column: THEMES_BLOCK.column, values, formats: [repeat('@', width), repeat(NEUTRAL_FORMAT, width), FORMATS], styles };
}

function themeCells(t: Theme): Cell[] {
  return [asSheetText(t.theme), t.leans, t.mentions, t.nps, t.ci[0], t.ci[1], t.z, asSheetText(t.example)];
}

/**
 * The themes chart's data at its fixed place: the strongest themes of each
 * side (detractors' first) and the NPS of those who mention them.
 *
 * @returns the blocks (title, data) and the data's area, or null without a theme
 * @example themesChartData(result)?.area // { headerRow: 11, column: 36, width: 2, rows: 10 }
 */
export function themesChartData(themes: ThemesResult | null | undefined): { blocks: Block[]; area: TableArea } | null {
  if (!themes || themes.themes.length === 0) return null;
  const side = (leans: Theme['leans']) => themes.themes.filter((t) => t.leans === leans).slice(0, CHART_THEMES);
  const rows = [...side('Detractors'), ...side('Promoters')].map((t): Cell[] => [asSheetText(t.theme), t.nps]);
  const headerRow = THEMES_DATA.titleRow + 1;
  return {
    blocks: [
      { row: THEMES_DATA.titleRow, column: THEMES_DATA.column, values: [[asSheetText('Chart data: themes (do not edit)'), '']], formats: [['@', '@']], styles: [['section', '']] },
      { row: headerRow, column: THEMES_DATA.column, values: [['Theme', 'NPS'], ...rows], formats: [repeat(NEUTRAL_FORMAT, 2), ['@', '0.0']], styles: [['header', 'header'], ['', '']] },
    ],
    area: { headerRow, column: THEMES_DATA.column, width: THEMES_DATA.width, rows: THEMES_DATA.rows },
  };
}

/**
 * The sentence when a comment column is chosen and no theme is listed.
 * @example noThemesSentence({ themes: [], comments: 160, ignored: 40 }) // 'What customers say: no word or phrase leans clearly to detractors or promoters in the 160 comments read (a theme needs 3 mentions and |z| ≥ 1.96).'
 */
export function noThemesSentence(themes: ThemesResult): string {
  if (themes.comments === 0) return 'What customers say: no comment with a 0–10 answer to read yet.';
  return `What customers say: no word or phrase leans clearly to detractors or promoters in the ${countOf(themes.comments, 'comment')} read (a theme needs 3 mentions and |z| ≥ 1.96).`;
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
