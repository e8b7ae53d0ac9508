/**
 * The numbers Sheets reads when it imports a CSV field, for one locale:
 * plain (`-3`, `00123` → 123, `.5`), with the locale's decimal separator
 * (`3,5` in de_DE) and thousands separators (`1,234.5`; `1.234,5`;
 * `1 234,5`), in scientific notation (`1e5`), and percentages (`12%` →
 * 0.12). A leading `+` is not read (phone numbers stay text), nor currency.
 *
 * Plain digits, the bulk of a survey export, are scanned without a regular
 * expression; the expression only sees fields that continue like a number.
 */
import type { LocaleConventions } from './localeConventions';

const MINUS = 45;

/**
 * A reader of number text for one locale: the number, or undefined when the
 * text is not one the locale reads.
 *
 * @param conventions the locale's separators (see conventionsFor)
 * @example
 * const read = csvNumberReader(conventionsFor('de_DE'));
 * read('1.234,5'); // 1234.5
 * read('12,5%');   // 0.125
 * read('3.5');     // undefined: de_DE writes 3,5
 */
export function csvNumberReader(conventions: LocaleConventions): (text: string) => number | undefined {
  const decimalCode = conventions.decimal.charCodeAt(0);
  const group = `[${escapeClass(conventions.grouping)}]`;
  const pattern = new RegExp(
    String.raw`^(-?)(\d{1,3}(?:${group}\d{3})+|\d*)(?:[${escapeClass(conventions.decimal)}](\d*))?(?:[eE]([+-]?\d+))?([ \u00a0\u202f]?%)?$`,
  );
  const groupChars = new RegExp(group, 'g');
  const continuesNumber = `${conventions.grouping}${conventions.decimal}eE% \u00a0\u202f`;

  return (text) => {
    // Fast path: optional minus, digits, at most one decimal separator.
    let digits = 0;
    let separators = 0;
    let i = text.charCodeAt(0) === MINUS ? 1 : 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c === decimalCode && separators === 0) separators++;
      else break;
    }
    if (i === text.length) {
      if (digits === 0) return undefined;
      const plain = separators && decimalCode !== 46 ? text.replace(conventions.decimal, '.') : text;
      return Number(plain) || 0; // `|| 0` turns -0 into 0, as Sheets shows it
    }
    // Only a thousands separator, an exponent or a percent sign can continue a number.
    if (!continuesNumber.includes(text[i])) return undefined;
    const match = pattern.exec(text);
    if (!match) return undefined;
    const [, sign, whole, fraction = '', exponent = '0', percent] = match;
    if (whole.length === 0 && fraction.length === 0) return undefined;
    // Shift the exponent for percentages instead of dividing: "0.7%" is 0.007, not 0.006999….
    const power = Number(exponent) - (percent ? 2 : 0);
    const value = Number(`${sign}${whole.replace(groupChars, '') || '0'}.${fraction || '0'}e${power}`);
    return Number.isFinite(value) ? value || 0 : undefined;
  };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, '\\$&');
}
