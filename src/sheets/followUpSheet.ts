/**
 * The follow-up sheet (SPEC §10), written only when the user asks for it
 * (it copies personal data): `NPS follow-up · <source>`, found again by the
 * id its report's record keeps, else by its developer metadata (key
 * {@link FOLLOW_UP_KEY}, value the source's sheet id), like the report. A
 * sheet of the user's with that name is never overwritten: another name is
 * chosen. All or nothing: a new sheet is deleted again when writing it
 * fails; an existing one gets its previous cells, formats and weights back.
 * The caller gets an undo, so that a report that then fails to be written
 * takes the follow-up sheet back too.
 *
 * Service calls (outside the report's 25 of SPEC §8, and constant in the
 * rows): 11, 12 when the lists pass the sheet's rows — a new sheet: find by
 * metadata (4), insert, mark, one range, formats, weights, values, its id;
 * an existing one: by id, its name, measure (1, 2 for records that do not
 * keep its rows), one range, read values, formulas, formats and weights
 * for the undo, then write the three.
 */
import { sheetById, sheetIdOf } from './sheetIds';
import { cellsNamed, cutSheetName } from './sheetText';
import { FOLLOW_UP_WIDTH, type FollowUpGrid } from './followUpLists';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/** Developer metadata key of every follow-up sheet; its value is the source sheet's id. */
export const FOLLOW_UP_KEY = 'nps-follow-up';
const MAX_NAME_TRIES = 50;
/** Rows of a sheet just inserted (Sheets' default grid). */
const NEW_SHEET_ROWS = 1000;

/**
 * Writes the follow-up sheet of a source.
 * @param knownId the follow-up sheet's id its report's record keeps, if any
 * @param knownRows the rows its previous lists wrote, as the record keeps them, if known
 * @returns its id, name, the rows written (for the record) and how to take the write back
 * @throws Error in plain words when it cannot be written (nothing is left changed)
 */
export function writeFollowUpSheet(
  spreadsheet: Spreadsheet,
  sourceName: string,
  sourceSheetId: number,
  grid: FollowUpGrid,
  knownId: number | undefined,
  knownRows?: number,
): { sheetId: number; name: string; rows: number; undo: () => void } {
  const existing = knownId !== undefined ? sheetById(spreadsheet, knownId) : markedSheet_(spreadsheet, sourceSheetId);
  const rows = grid.values.length;
  try {
    if (existing) return { sheetId: sheetIdOf(existing), name: existing.getName(), rows, undo: rewrite_(existing, grid, knownRows) };
    const { sheet, name } = createFollowUpSheet_(spreadsheet, sourceName, sourceSheetId);
    try {
      if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
      write_(sheet.getRange(1, 1, rows, FOLLOW_UP_WIDTH), grid);
      return { sheetId: sheetIdOf(sheet), name, rows, undo: () => spreadsheet.deleteSheet(sheet) };
    } catch (error) {
      spreadsheet.deleteSheet(sheet);
      throw error;
    }
  } catch (error) {
    throw new Error(`The follow-up sheet could not be written: ${error instanceof Error ? error.message : String(error)} Nothing was changed.`);
  }
}

/** Writes formats, weights and values over a range of the grid's shape. */
function write_(range: GoogleAppsScript.Spreadsheet.Range, grid: FollowUpGrid): void {
  range.setNumberFormats(grid.formats);
  range.setFontWeights(grid.bold.map((b) => new Array<'bold' | 'normal'>(FOLLOW_UP_WIDTH).fill(b ? 'bold' : 'normal')));
  range.setValues(grid.values.map((row, r) => row.map((v, c) => asWrittenUnder(v, grid.formats[r][c]))));
}

/**
 * A value as written over its format, set first: under the text format `@`
 * Sheets keeps text as it is (a leading apostrophe would stay), so text
 * goes without it; elsewhere text that Sheets would read as a formula gets one.
 */
function asWrittenUnder(value: Cell, format: string): Cell {
  if (typeof value !== 'string') return value;
  if (format === '@') return value.startsWith("'") ? value.slice(1) : value;
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/**
 * Rewrites an existing follow-up sheet over its previous rows and the new
 * ones, putting everything back when a write fails. Returns how to put the
 * previous lists back. Its columns only, and only the rows its lists wrote
 * (`knownRows`; without it, every row with content): notes beside or under
 * the lists stay, and when longer lists need a cell holding one, nothing is
 * written and the message names the cells.
 */
function rewrite_(sheet: Sheet, grid: FollowUpGrid, knownRows: number | undefined): () => void {
  const ours = knownRows || Math.max(sheet.getLastRow(), 1);
  const rows = Math.max(grid.values.length, ours);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const range = sheet.getRange(1, 1, rows, FOLLOW_UP_WIDTH);
  const old = { values: range.getValues() as Cell[][], formulas: range.getFormulas(), formats: range.getNumberFormats(), weights: range.getFontWeights() };
  const notes: Array<[number, number]> = [];
  for (let r = ours; r < rows; r++) for (let c = 0; c < FOLLOW_UP_WIDTH; c++) if (old.values[r][c] !== '' || old.formulas[r][c] !== '') notes.push([r, c]);
  if (notes.length) {
    if (rows > maxRows) sheet.deleteRows(maxRows + 1, rows - maxRows);
    throw new Error(`The longer lists need cells that hold your notes: ${cellsNamed(notes)}. Move them, then build again.`);
  }
  const blank = (): Cell[] => new Array<Cell>(FOLLOW_UP_WIDTH).fill('');
  const padded: FollowUpGrid = { values: grid.values.slice(), formats: grid.formats.slice(), bold: grid.bold.slice() };
  while (padded.values.length < rows) {
    padded.values.push(blank());
    padded.formats.push(new Array<string>(FOLLOW_UP_WIDTH).fill('@'));
    padded.bold.push(false);
  }
  // A formula under the text format would go back as text: such cells take it after their formula.
  const textFormula = (r: number, c: number) => old.formulas[r][c] !== '' && old.formats[r][c] === '@';
  const late = old.formulas.some((row, r) => row.some((_, c) => textFormula(r, c)));
  const putBack = () => {
    range.setNumberFormats(late ? old.formats.map((row, r) => row.map((f, c) => (textFormula(r, c) ? '0.###############' : f))) : old.formats);
    range.setFontWeights(old.weights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
    // A formula goes back as the formula; text that looks like one as the text it was.
    range.setValues(old.values.map((row, r) => row.map((v, c) => old.formulas[r][c] || asWrittenUnder(v, old.formats[r][c]))));
    if (late) range.setNumberFormats(old.formats);
    if (rows > maxRows) sheet.deleteRows(maxRows + 1, rows - maxRows);
  };
  try {
    write_(range, padded);
  } catch (error) {
    putBack();
    throw error;
  }
  return putBack;
}

/** The first sheet marked as the follow-up sheet of a source (records that do not keep its id). */
function markedSheet_(spreadsheet: Spreadsheet, sourceSheetId: number): Sheet | null {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(FOLLOW_UP_KEY).withValue(String(sourceSheetId)).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** Inserts `NPS follow-up · <source>` (or ` (2)`, ` (3)`… when the name is taken) and marks it. */
function createFollowUpSheet_(spreadsheet: Spreadsheet, sourceName: string, sourceSheetId: number): { sheet: Sheet; name: string } {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = followUpNameCandidate(sourceName, n);
    let sheet: Sheet;
    try {
      sheet = spreadsheet.insertSheet(name);
    } catch (error) {
      if (spreadsheet.getSheetByName(name)) continue; // a sheet of the user's has the name: try the next
      throw error;
    }
    try {
      sheet.addDeveloperMetadata(FOLLOW_UP_KEY, String(sourceSheetId));
    } catch (error) {
      spreadsheet.deleteSheet(sheet);
      throw error;
    }
    return { sheet, name };
  }
  throw new Error(`There are too many sheets named like "NPS follow-up · ${sourceName}". Rename or delete a few, then build again.`);
}

/**
 * The n-th name candidate, cut to Sheets' 100 characters.
 * @example followUpNameCandidate('Form Responses 1', 2) // 'NPS follow-up · Form Responses 1 (2)'
 */
export function followUpNameCandidate(sourceName: string, n: number): string {
  const suffix = n === 1 ? '' : ` (${n})`;
  return cutSheetName(`NPS follow-up · ${sourceName}`, suffix);
}
