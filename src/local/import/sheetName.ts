/**
 * Sheet names as Sheets' import makes them valid: a file name or an XLSX
 * tab name becomes a sheet name that Sheets accepts — spaces trimmed, at
 * most 100 characters, `Sheet1` (or the next free `SheetN`) when nothing is
 * left, and a name already taken (Sheets compares names without case) gets
 * ` (2)`, ` (3)`… after it.
 */
import { MAX_SHEET_NAME } from '../sheets/localSpreadsheet';
import { cutText } from '../../nps/cutText';

/**
 * Valid, distinct sheet names for the given wishes, in order.
 *
 * @param wanted the names the file suggests (file name without extension, tab names)
 * @example
 * validSheetNames(['  Responses  ', '   ', 'x'.repeat(120), 'responses']);
 * // ['Responses', 'Sheet1', 'xxx…x' (100), 'responses (2)']
 */
export function validSheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  const names: string[] = [];
  for (const wish of wanted) {
    let name = cut(wish.trim(), MAX_SHEET_NAME);
    if (name === '') name = nextFree('Sheet', taken, 1, '');
    else if (taken.has(name.toLowerCase())) name = nextFree(name, taken, 2, ' (', ')');
    taken.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** `${base}${pre}${n}${post}` for the first n from `from` not taken, the base cut so that the name fits. */
function nextFree(base: string, taken: Set<string>, from: number, pre: string, post = ''): string {
  for (let n = from; ; n++) {
    const suffix = `${pre}${n}${post}`;
    const name = cut(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The first `max` UTF-16 units of a text, without splitting a surrogate pair, trailing spaces dropped. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : cutText(text, max).trimEnd();
}
