/**
 * Each distinct field of a column converted once, and its text shared. A
 * survey export repeats its answers ("Agree", "Pro", "9") thousands of
 * times: the conversion (number, date and boolean tests) runs once per
 * distinct field, and every cell of the same text is the same string. That
 * matters downstream: the add-on groups answers in Maps keyed by the cell,
 * and an equal text that is a string of its own is hashed and compared
 * character by character, cell after cell (grouping the 26 answer columns
 * of a 40,000-row Google Forms export took 15 times longer). The values are
 * those the conversion gives; only their copies are shared.
 */
import type { CellConverter } from './cellConversion';
import type { ImportedCell } from './workbook';

/** Distinct fields remembered per column: past this the column is free text (comments, names, e-mails) and its fields are converted one by one. */
const FIELDS_PER_COLUMN = 1_000;

/**
 * Converts fields through `convert`, remembering each column's distinct ones.
 *
 * @example
 * const fields = new RepeatedFields(cellConverter('en_US', 'UTC'));
 * fields.cell(4, 'Agree') === fields.cell(4, 'Agr' + 'ee') // true: one string
 * fields.cell(2, '9') // 9
 */
export class RepeatedFields {
  /** Per column: field → its cell; null once the column has too many distinct fields. */
  private readonly columns: Array<Map<string, ImportedCell> | null | undefined> = [];

  constructor(private readonly convert: CellConverter) {}

  /**
   * The cell a field of `column` becomes: what `convert` makes of it, the
   * same string for the same text. Dates are made anew each time (a Date
   * object is not shared between cells).
   * @param column 0-based column index
   * @param field the field's text
   */
  cell(column: number, field: string): ImportedCell {
    let known = this.columns[column];
    if (known === null) return this.convert(field);
    if (known === undefined) this.columns[column] = known = new Map();
    const cell = known.get(field);
    if (cell !== undefined) return cell;
    const converted = this.convert(field);
    if (typeof converted === 'object') return converted;
    if (known.size < FIELDS_PER_COLUMN) known.set(field, converted);
    else this.columns[column] = null;
    return converted;
  }
}
