/**
 * Where "What customers say" and "People" go on the report: side by side in
 * a band under the charts (the tables move down by its rows; the chart data
 * stays), the themes chart's data at its fixed place, or one sentence on
 * row 7 when a chosen comment or respondent column has nothing to show.
 * Themes and people are values of the build in both modes (no formula
 * reads them back in a live report: the title says when they were read).
 * Pure.
 */
import type { TableAnalysis } from '../nps/analysis';
import { columnLetter } from '../nps/roles';
import { repeat, type Block, type Cell } from './reportCompose';
import { SUMMARY_WIDTH, VOICES_NOTE_ROW, type TableArea } from './reportLayout';
import { noPeopleSentence, peopleBlock } from './reportPeopleBlock';
import type { StyleKey } from './reportStyle';
import { noThemesSentence, themesBlock, themesChartData } from './reportThemesBlock';
import { asSheetText } from './sheetText';
import { headerInText } from '../nps/cellDisplay';

/** What the band is made from. */
export interface VoicesInput {
  analysis: TableAnalysis;
  /** The respondent column (0-based) and its header, when one is chosen. */
  respondent: { column: number; header: string } | null;
  /** In a live report, when the build read the themes and people; null in a snapshot. */
  asOf: string | null;
}

/** The band's blocks, its height in rows (0 without a block), and the themes chart's data area. */
export interface Voices {
  blocks: Block[];
  rows: number;
  themesData: TableArea | null;
}

/**
 * The blocks of themes and people for a band starting at `row`.
 * @example voicesBlocks({ analysis, respondent: null, asOf: null }, 49).rows // 0 without themes or people
 */
export function voicesBlocks(input: VoicesInput, row: number): Voices {
  const { analysis: a, respondent, asOf } = input;
  const blocks: Block[] = [];
  const notes: string[] = [];
  let rows = 0;
  if (a.themes && a.themes.themes.length > 0) {
    const block = themesBlock(a.themes, row, asOf);
    blocks.push(block);
    rows = Math.max(rows, block.values.length);
  } else if (a.themes) {
    notes.push(noThemesSentence(a.themes));
  }
  if (respondent && a.people && a.people.people > 0) {
    const name = respondent.header ? `${headerInText(respondent.header)}, column ${columnLetter(respondent.column)}` : `column ${columnLetter(respondent.column)}`;
    const block = peopleBlock(a.people, a.overall, name, row, asOf);
    blocks.push(block);
    rows = Math.max(rows, block.values.length);
  } else if (respondent && a.people) {
    notes.push(noPeopleSentence(respondent.header ? headerInText(respondent.header) : `column ${columnLetter(respondent.column)}`));
  }
  if (notes.length) {
    const line: Cell[] = [asSheetText(notes.join(' ')), ...repeat<Cell>('', SUMMARY_WIDTH - 1)];
    blocks.push({ row: VOICES_NOTE_ROW, column: 1, values: [line], formats: [repeat('@', SUMMARY_WIDTH)], styles: [repeat<StyleKey>('', SUMMARY_WIDTH)] });
  }
  const chart = themesChartData(a.themes);
  if (chart) blocks.push(...chart.blocks);
  // One blank row between the band and the tables.
  return { blocks, rows: rows === 0 ? 0 : rows + 1, themesData: chart ? chart.area : null };
}
