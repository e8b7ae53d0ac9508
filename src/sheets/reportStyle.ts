/**
 * How the report looks: bold header rows with a fill, NPS cells filled by
 * band, and one width for every column — applied to the whole grid with one
 * call per kind of format (`setFontWeights`, `setBackgrounds`,
 * `setColumnWidths`), so the cost does not grow with the rows (SPEC §8).
 *
 * Band fills are light tints of Google's palette under the default black
 * text (contrast ≥ 7:1 on each). Cells with no fill get `null`, which resets
 * the background in Sheets (an explicit white would hide the gridlines) —
 * that `setBackgrounds` takes null cells like `setBackground(null)` does is
 * unconfirmed.
 */
import type { Band } from '../nps/bands';
import { COLUMN_WIDTH } from './reportLayout';

/** What a cell of the report is, for its look: '' for nothing special. */
export type StyleKey = '' | 'title' | 'header' | 'section' | Band;

/** Fill of each band (also used for the headline row). */
export const BAND_FILLS: Record<Band, string> = {
  'Needs improvement': '#f4c7c3',
  Good: '#fce8b2',
  Excellent: '#b7e1cd',
  'World class': '#81c995',
};

/** Fill of the title row and of table header rows. */
export const TITLE_FILL = '#d2e3fc';
export const HEADER_FILL = '#e8eaed';

const BOLD = new Set<StyleKey>(['title', 'header', 'section']);

/**
 * The font weights and backgrounds of a grid of style keys (same shape).
 * @example styleGrids([['header', 'Good', '']]) // { fontWeights: [['bold', 'normal', 'normal']], backgrounds: [['#e8eaed', '#fce8b2', null]] }
 */
export function styleGrids(styles: StyleKey[][]): { fontWeights: ('bold' | 'normal')[][]; backgrounds: (string | null)[][] } {
  return {
    fontWeights: styles.map((row) => row.map((s): 'bold' | 'normal' => (BOLD.has(s) ? 'bold' : 'normal'))),
    backgrounds: styles.map((row) => row.map(fillOf)),
  };
}

function fillOf(style: StyleKey): string | null {
  if (style === 'title') return TITLE_FILL;
  if (style === 'header') return HEADER_FILL;
  if (style === '' || style === 'section') return null;
  return BAND_FILLS[style];
}

/**
 * Applies the look to the report's written range (2 calls, 3 with the column widths, whatever the rows).
 *
 * @param sheet the report sheet
 * @param range the range the grid was written to, from A1
 * @param styles the grid's style keys (the range's shape)
 * @param widths true to set every column's width (a new report sheet)
 */
export function applyReportStyle(sheet: GoogleAppsScript.Spreadsheet.Sheet, range: GoogleAppsScript.Spreadsheet.Range, styles: StyleKey[][], widths: boolean): void {
  const { fontWeights, backgrounds } = styleGrids(styles);
  range.setFontWeights(fontWeights);
  range.setBackgrounds(backgrounds as string[][]);
  if (widths) sheet.setColumnWidths(1, styles[0].length, COLUMN_WIDTH);
}
