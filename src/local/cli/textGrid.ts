/**
 * The small layout pieces of the readable output: left-aligned columns,
 * figures rounded for reading, and user text made safe and short for one
 * line of a terminal.
 */
import type { SheetProfile } from '../../shared/contract';
import { visibleControls } from './terminalText';

/**
 * Left-aligned columns, two spaces apart, indented by two.
 *
 * @param head the column titles
 * @param rows the cells, already text
 * @example grid(['A', 'B'], [['1', 'two']]) // ['  A  B', '  1  two']
 */
export function grid(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

/**
 * A number with a fixed count of decimals, "—" when not finite, never "-0.0".
 *
 * @example fixedText(-0.04, 1) // '0.0'
 * @example fixedText(12.345, 1) // '12.3'
 */
export function fixedText(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/**
 * User text on one line: runs of whitespace read as one space, every control
 * and direction mark shown as its escape (so nothing acts on the terminal and
 * the grid's widths hold), cut to `max` characters with an ellipsis.
 *
 * @param text text from the user's data
 * @param max the longest result, in characters
 * @example oneLine('a\n\u001b[2Jb', 10) // 'a \\x1B[2Jb'
 */
export function oneLine(text: string, max: number): string {
  // Cut before anything else, so a 50,000-character cell costs no more than its first few hundred characters.
  const points = [...text.slice(0, max * 4).replace(/\s+/g, ' ').trim()];
  const cut = points.length > max ? `${points.slice(0, max - 1).join('').trimEnd()}…` : points.join('');
  return visibleControls(cut);
}

/**
 * The header of a column of the profile, "" when there is none.
 *
 * @example columnHeader(profile, 2) // 'What is the main reason for your score?'
 */
export function columnHeader(profile: SheetProfile, column: number | null | undefined): string {
  if (column === null || column === undefined) return '';
  return profile.columns.find((c) => c.index === column)?.header ?? '';
}
