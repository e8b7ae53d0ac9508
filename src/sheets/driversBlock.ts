/**
 * "What goes with the score" on the report sheet (SPEC §10b): the
 * significant drivers, strongest first (at most {@link MAX_DRIVERS}), beside
 * the charts, where the sheet is otherwise empty (columns K–P from the first
 * row of charts, the charts ending in column I; columns P–U when the themes
 * chart stands right of them). Values only, in both modes
 * (no formula, no chart, so no extra service call): in a live report they
 * are those of the build. Text from the data is written as text. Pure.
 */
import type { TableAnalysis } from '../nps/analysis';
import { bandOf } from '../nps/bands';
import type { DriverRow } from '../nps/drivers/driverTypes';
import { significanceWords } from '../nps/significanceWords';
import { NEUTRAL_FORMAT, repeat, type Block, type Cell } from './reportCompose';
import { CHART_ROW, CHART_WIDTH, COLUMN_WIDTH, themesChartPlace } from './reportLayout';
import type { StyleKey } from './reportStyle';
import { asSheetText } from './sheetText';

/** Significant drivers listed at most: the block fits beside one row of charts. */
export const MAX_DRIVERS = 10;
/** First column of the block (K), right of the charts. */
export const DRIVERS_COLUMN = 11;

/**
 * The block's first column: K, or one column clear of the themes chart when
 * the report has one (it stands right of the first row's two charts).
 * @example driversColumn(false) // 11
 * @example driversColumn(true) // 16
 */
export function driversColumn(besideThemesChart: boolean): number {
  if (!besideThemesChart) return DRIVERS_COLUMN;
  const chart = themesChartPlace();
  return chart.column + Math.ceil((chart.offsetX + CHART_WIDTH) / COLUMN_WIDTH) + 1;
}

const HEADER = ['Question', 'Answer', 'Responses', 'NPS', 'vs rest', 'Significant'];
const FORMATS = ['@', '@', '0', '0.0', '+0.0;-0.0;0.0', '@'];
const NPS_AT = 3;

/**
 * The block, or null when the analysis tested no answer (no driver column).
 *
 * @param analysis the report's analysis (its drivers, significant first)
 * @param live true for a live report: the title says the figures are the build's
 * @param besideThemesChart true when the report has a themes chart (the block moves right of it)
 * @example driversBlock(analysis, false, false)!.values[0][0] // "'What goes with the score"
 */
export function driversBlock(analysis: TableAnalysis, live: boolean, besideThemesChart = false): Block | null {
  const tested = (analysis.drivers ?? []).filter((d) => d.tested);
  if (tested.length === 0) return null;
  const significant = tested.filter((d) => d.significant);
  const listed = significant.slice(0, MAX_DRIVERS);
  const width = HEADER.length;
  const line = (first: string): Cell[] => [asSheetText(first), ...repeat<Cell>('', width - 1)];
  const level = `${Math.round(analysis.confidence * 1000) / 10} %`;
  const values: Cell[][] = [line(`What goes with the score${live ? ' (at the build)' : ''}`)];
  const styles: StyleKey[][] = [['section', ...repeat<StyleKey>('', width - 1)]];
  const formats: string[][] = [repeat(NEUTRAL_FORMAT, width)];
  if (listed.length > 0) {
    values.push(HEADER.slice());
    styles.push(repeat<StyleKey>('header', width));
    formats.push(repeat(NEUTRAL_FORMAT, width));
    for (const d of listed) {
      values.push(driverCells(d));
      const look = repeat<StyleKey>('', width);
      look[NPS_AT] = bandOf(d.nps);
      styles.push(look);
      formats.push(FORMATS);
    }
    const more = significant.length - listed.length;
    values.push(line(
      `Answers with a higher (▲) or lower (▼) NPS than the other responses to the same question, beyond chance at ${level} confidence, ` +
        `allowing for the ${tested.length} answers tested (Holm).${more > 0 ? ` ${more} more: =NPS_DRIVERS lists them all.` : ''}`,
    ));
  } else {
    values.push(line(`No answer goes with a higher or lower score beyond chance (${tested.length} answers tested at ${level} confidence).`));
  }
  styles.push(repeat<StyleKey>('', width));
  formats.push(repeat(NEUTRAL_FORMAT, width));
  return { row: CHART_ROW, column: driversColumn(besideThemesChart), values, formats, styles };
}

function driverCells(d: DriverRow): Cell[] {
  return [asSheetText(d.question), asSheetText(d.answer), d.responses, d.nps, d.vsRest!, significanceWords(true, d.vsRest)];
}
