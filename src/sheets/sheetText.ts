/**
 * Writing text into Sheets safely, and naming ranges in formulas.
 *
 * `Range.setValues` reads a string the way Sheets reads typing: `=…` becomes
 * a formula, `+…`/`-…` a formula or a number, `9`, `12%`, `TRUE`, `Jan 2025`
 * numbers, booleans and dates. A leading apostrophe makes Sheets keep the
 * rest as text, and the apostrophe itself is not part of the value
 * (`getValues()` returns the text without it). So every text that comes from
 * the user's data (segment names, headers, the source sheet's name) and every
 * period label is written with a leading apostrophe: it is never a formula,
 * and "007" or "Jan 2025" stay what the user sees in the source.
 */
import { columnLetter } from '../nps/roles';
import { cutText } from '../nps/cutText';

/**
 * A text cell for `setValues` that Sheets stores as exactly this text.
 * Empty text stays empty (a blank cell).
 *
 * @example asSheetText('=HYPERLINK("x")') // '\'=HYPERLINK("x")'
 * @example asSheetText('Jan 2025')        // "'Jan 2025"
 * @example asSheetText('')                // ''
 */
export function asSheetText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** Cells named in a message that refuses to write over the user's cells. */
const CELLS_NAMED = 6;

/**
 * The user's cells a write would need, in A1 notation for a message: the
 * first six, then how many in all.
 *
 * @param cells 0-based [row, column] pairs
 * @example cellsNamed([[4, 1], [5, 4]]) // 'B5, E6'
 */
export function cellsNamed(cells: Array<[number, number]>): string {
  const more = cells.length > CELLS_NAMED ? ` … (${cells.length} cells)` : '';
  return cells.slice(0, CELLS_NAMED).map(([r, c]) => `${columnLetter(c)}${r + 1}`).join(', ') + more;
}

/**
 * A sheet name of ours (`NPS · <source>` and a ` (2)` suffix), cut to
 * Sheets' 100 characters without splitting an emoji or another character
 * made of two UTF-16 units: half of one would show as "�".
 *
 * @example cutSheetName('NPS · Form Responses 1', ' (2)') // 'NPS · Form Responses 1 (2)'
 * @example cutSheetName('x'.repeat(98) + '😀', '').length  // 98
 */
export function cutSheetName(base: string, suffix: string): string {
  return cutText(base, 100 - suffix.length) + suffix;
}

/**
 * A sheet name as formulas write it: in single quotes, quotes doubled.
 *
 * @example quotedSheetName("Form Responses 1") // "'Form Responses 1'"
 * @example quotedSheetName("Bob's data")       // "'Bob''s data'"
 */
function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * An open-ended column range of another sheet, from a row down to the end:
 * new rows (form responses) are included without editing the formula.
 *
 * @example openColumnRange('Form Responses 1', 'C', 2) // "'Form Responses 1'!C2:C"
 */
export function openColumnRange(sheetName: string, letter: string, firstRow: number): string {
  return `${quotedSheetName(sheetName)}!${letter}${firstRow}:${letter}`;
}

/**
 * A string as a formula literal: in double quotes, quotes doubled.
 *
 * @example formulaString('month') // '"month"'
 */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
