/**
 * The CSV/TSV tokenizer, as Sheets and Excel split a text file: a row ends
 * at any line break outside quotes — `\r\n`, `\n` or a lone `\r`, mixed
 * freely in one file — while a quoted field keeps its separators, doubled
 * quotes (`""` → `"`) and line breaks. A quote inside an unquoted field is
 * an ordinary character, as is a quote inside a quoted field that is not
 * followed by a separator or a line break — on the field's first line,
 * when a closing quote follows on that line or a later one. When none does,
 * the first such quote closed the field and the text after it up to the
 * separator is added as it is (`"5"-star,x` → `5-star`, as Excel reads it).
 * Otherwise, a quote that opens a field and is never closed — or, past a
 * line break, meets a lone quote, which means it has swallowed rows up to
 * the next quoted field (a silent wrong count) — is reported as an
 * unclosed quote.
 */

/** What a parse found besides its rows. */
export interface ParseEnd {
  /**
   * The 1-based line where a quote opens a field that runs to the end of the
   * text, or past a line break to a lone quote inside it; null when none does.
   */
  unclosedQuoteLine: number | null;
}

/**
 * Receives one row: its fields (at most `maxFields`), the 1-based line it
 * starts on and how many non-empty fields beyond `maxFields` were skipped.
 * Return `false` to stop the parse.
 */
export type RowHandler = (fields: string[], line: number, skipped: number) => boolean | void;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a text into rows of fields, handing each row to `onRow`. A line
 * break at the very end does not start another row; a blank line is a row
 * with one empty field.
 *
 * @param text the decoded text (no BOM)
 * @param delimiter the separator, one character
 * @param onRow called for each row, in order
 * @param maxFields fields kept per row (later ones are skipped, not stored)
 * @returns where an unclosed quote opens, if one does (its row is not handed over)
 * @example
 * const rows: string[][] = [];
 * parseDelimited('a,b\r\n1,2\n3,"x\ny"\r4,5', ',', (f) => { rows.push(f); });
 * // rows: [['a','b'], ['1','2'], ['3','x\ny'], ['4','5']]
 */
export function parseDelimited(text: string, delimiter: string, onRow: RowHandler, maxFields = Infinity): ParseEnd {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  let rowLine = 1;
  let fields: string[] = [];
  let skipped = 0;
  if (n === 0) return { unclosedQuoteLine: null };
  for (;;) {
    let value: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      const openLine = line;
      let pieces = '';
      let start = i + 1;
      let from = start;
      // The first lone quote on the field's first line, and the field's text before it.
      let stray = -1;
      let beforeStray = '';
      for (;;) {
        const q = text.indexOf('"', from);
        if (q !== -1) line += lineBreaks(text, from, q);
        const next = q === -1 ? -1 : q + 1 < n ? text.charCodeAt(q + 1) : -1;
        if (q === -1 || (line > openLine && next !== QUOTE && next !== -1 && next !== sep && next !== LF && next !== CR)) {
          if (stray === -1) return { unclosedQuoteLine: openLine };
          // `"quoted"trailing,…` with no closing quote on its line: the lone
          // quote closed the field and the text after it, up to the
          // separator, is added as it is (as Excel reads it), rather than
          // the field swallowing the rows below.
          let end = stray + 1;
          while (end < n && text.charCodeAt(end) !== sep && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
          value = beforeStray + text.slice(stray + 1, end);
          i = end;
          line = openLine;
          break;
        }
        if (next === QUOTE) {
          pieces += text.slice(start, q + 1);
          start = from = q + 2;
        } else if (next === -1 || next === sep || next === LF || next === CR) {
          value = pieces + text.slice(start, q);
          i = q + 1;
          break;
        } else {
          if (stray === -1) {
            stray = q;
            beforeStray = pieces + text.slice(start, q);
          }
          from = q + 1;
        }
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    if (fields.length < maxFields) fields.push(value);
    else if (value !== '') skipped++;
    if (i >= n) {
      onRow(fields, rowLine, skipped);
      return { unclosedQuoteLine: null };
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      continue;
    }
    i += c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    if (onRow(fields, rowLine, skipped) === false || i >= n) return { unclosedQuoteLine: null };
    fields = [];
    skipped = 0;
    rowLine = line;
  }
}

/** Line breaks in text[from, to): `\r\n`, `\n` and a lone `\r` count one each. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) breaks++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) breaks++;
  }
  return breaks;
}
