/**
 * Worksheet XML whose rows and cells leave out their `r` reference. The
 * format allows it (ECMA-376 Part 1, §18.3.1.4 `c` and §18.3.1.73 `row`: `r`
 * is optional; a row without one follows the previous row, a cell without
 * one the previous cell), and some writers other than Excel use it; exceljs
 * needs every reference, so they are written in before it reads the part.
 */

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 1-based column number of an A1 reference's letters (`AB12` → 28), or 0 when it has none. */
function columnNumber(ref: string): number {
  const letters = /^\$?([A-Za-z]+)/.exec(ref);
  if (!letters) return 0;
  let n = 0;
  for (const ch of letters[1].toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

// A row or cell start tag (any namespace prefix), or a row's end tag.
const TAGS = /<(\/?)((?:\w+:)?(?:row|c))(?=[\s>/])([^>]*?)(\/?)>/g;
const REF = /\sr\s*=\s*"([^"]*)"/;

/**
 * True when a worksheet part has a row or a cell without its reference.
 * @example missesReferences('<row><c><v>9</v></c></row>') // true
 */
export function missesReferences(xml: string): boolean {
  for (const match of xml.matchAll(TAGS)) if (match[1] === '' && !REF.test(match[3])) return true;
  return false;
}

/**
 * The worksheet part with every row and cell given its reference, counted
 * on from the previous one as the format says; references already there
 * are kept.
 *
 * @example addReferences('<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>')
 * // '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row><row r="2"><c r="A2"><v>5</v></c></row>'
 */
export function addReferences(xml: string): string {
  let row = 0;
  let column = 0;
  return xml.replace(TAGS, (tag: string, closing: string, name: string, attributes: string, selfClosing: string) => {
    if (closing) return tag;
    const given = REF.exec(attributes)?.[1];
    if (/(^|:)row$/.test(name)) {
      row = given !== undefined && /^\d+$/.test(given) ? Number(given) : row + 1;
      column = 0;
      return given !== undefined ? tag : `<${name} r="${row}"${attributes}${selfClosing}>`;
    }
    column = given !== undefined ? columnNumber(given) || column + 1 : column + 1;
    return given !== undefined ? tag : `<${name} r="${columnLetters(column)}${row}"${attributes}${selfClosing}>`;
  });
}
