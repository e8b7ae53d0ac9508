/**
 * Score text read as a number the way a Sheets CSV import reads numbers in
 * the spreadsheet's locale (src/local/import/csvNumber.ts), before the score
 * rules see the cell: `9.` and `-0` are the numbers 9 and 0, `1e1` is 10,
 * `900%` is 9, `10 %` is 0.1, and in de_DE `9,0` is 9 and `1.000` is 1000.
 * The sheet path reads such a cell as a number cell (SPEC §3: a whole
 * number 0–10 is that score, anything else invalid), so the count query of
 * an imported file must read it the same way. A typed table (BigQuery) has
 * no import: leave the conventions out there.
 */
import type { DialectFragments } from './dialects';

/** The locale's separators, as the import uses them (src/local/import/localeConventions.ts). */
export interface NumberConventions {
  /** Decimal separator: `.` or `,`. */
  decimal: string;
  /** Characters accepted between groups of three digits (`,`; `.`; spaces; `'’`). */
  grouping: string;
}

/** A character as an RE2 escape: the patterns then hold no quote, space or separator raw. */
function escaped(ch: string): string {
  return `\\x{${ch.codePointAt(0)!.toString(16)}}`;
}

/** The spaces the import accepts before `%`. */
const PERCENT = '(?:[\\x{20}\\x{a0}\\x{202f}]?%)';

/**
 * The RE2 pattern of the trimmed texts the import reads as a number: an
 * optional minus, digits (grouped by threes or plain) with an optional
 * decimal part, or a decimal part alone, then an optional exponent and an
 * optional percent sign.
 *
 * @example importedNumberPattern({ decimal: '.', grouping: ',' }) // '^-?(?:[0-9]{1,3}(?:[\\x{2c}][0-9]{3})+(?:\\x{2e}[0-9]*)?|…'
 */
export function importedNumberPattern(conventions: NumberConventions): string {
  if (conventions.decimal.length !== 1 || conventions.grouping.length === 0) throw new Error('internal: number conventions need one decimal separator and grouping characters');
  const group = `[${[...conventions.grouping].map(escaped).join('')}]`;
  const decimal = escaped(conventions.decimal);
  const fraction = `(?:${decimal}[0-9]*)?`;
  return `^-?(?:[0-9]{1,3}(?:${group}[0-9]{3})+${fraction}|[0-9]+${fraction}|${decimal}[0-9]+)(?:[eE][+-]?[0-9]+)?${PERCENT}?$`;
}

/**
 * The SQL expression of the number an imported text is, NULL when the text
 * is not one (or overflows): the grouping and the percent sign removed, the
 * decimal separator made a point, and the exponent lowered by 2 for a
 * percentage, so the engine parses one exact decimal text as JavaScript's
 * `Number` does (`900%` is `0900.0e-2`, exactly 9).
 *
 * @param f the dialect's fragments
 * @param text an SQL expression of the trimmed text
 * @param conventions the locale's separators
 */
export function importedNumberExpression(f: DialectFragments, text: string, conventions: NumberConventions): string {
  const group = `[${[...conventions.grouping].map(escaped).join('')}]`;
  const plain = f.withoutAll(text, `${group}|${PERCENT}$`);
  const pointed = conventions.decimal === '.' ? plain : `REPLACE(${plain}, ${conventions.decimal === ',' ? "','" : internalError()}, '.')`;
  // Sign, "0" + whole digits, ".", fraction digits + "0": "-9." → "-09.0", ".5" → "0.50".
  const mantissa = f.rewritten(pointed, '^(-?)([0-9]*)(?:\\.([0-9]*))?(?:[eE][+-]?[0-9]+)?$', '\\10\\2.\\30');
  const exponent = `COALESCE(${f.firstGroup(pointed, '[eE]([+-]?[0-9]+)$')}, '0')`;
  const percent = `CASE WHEN ${f.matches(text, '%$')} THEN 2 ELSE 0 END`;
  const power = f.asText(`(${f.textToInteger(exponent)} - ${percent})`);
  return `CASE WHEN ${f.matches(text, importedNumberPattern(conventions))} THEN ${f.textToNumber(`${mantissa} || 'e' || ${power}`)} END`;
}

function internalError(): never {
  throw new Error('internal: a decimal separator other than "." or ","');
}
