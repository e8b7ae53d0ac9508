/**
 * What a single cell looks like, before we know what its column means:
 * blank, a date, a number (also when stored as text), an e-mail address…
 * Cells come from `getValues()`, possibly from another JavaScript realm,
 * so dates are recognised by their tag, never with `instanceof`.
 */
import { looksLikeNamedDate } from './namedDate';

/** True for `""`, `null`, `undefined` and text made only of spaces. */
export function isBlankCell(cell: unknown): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  return typeof cell === 'string' && !startsVisibleAscii(cell) && cell.trim() === '';
}

/**
 * True when text starts with a visible ASCII character (`!` to `~`): then
 * it is neither blank nor made of spaces and zero-width characters, since
 * every character `trim` removes and every invisible one is a control
 * character, a space or beyond ASCII. A cheap test before `trim` and
 * regular expressions on long answers.
 */
function startsVisibleAscii(text: string): boolean {
  const c = text.charCodeAt(0);
  return c > 32 && c < 127;
}

/** True for a Date cell (of any realm) that holds a real time. */
export function isDateCell(cell: unknown): cell is Date {
  // Only objects can carry the Date tag: text and numbers are settled without asking for it.
  return typeof cell === 'object' && cell !== null && Object.prototype.toString.call(cell) === '[object Date]' && !isNaN((cell as Date).getTime());
}

const NUMBER_TEXT = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)%?$/;
const NUMBER_START = /[-+\d.,]/;

/** The number a cell holds, also when stored as text (`"42"`, `" 3.5 "`, `"3,5"`, `"100%"` → 100); NaN otherwise. */
export function numberOfCell(cell: unknown): number {
  if (typeof cell === 'number') return isFinite(cell) ? cell : NaN;
  if (typeof cell !== 'string') return NaN;
  // Text that starts with a visible character other than a sign, a digit, "." or "," is no number.
  if (startsVisibleAscii(cell) && !NUMBER_START.test(cell[0])) return NaN;
  const text = cell.trim();
  return NUMBER_TEXT.test(text) ? Number(text.replace(',', '.').replace('%', '')) : NaN;
}

// Day, month and year in some order with the same kind of separator: 2025-03-04, 3/4/2025, 04.03.2025.
const DATE_TEXT = /\d{1,4}([-/.])\d{1,2}\1\d{1,4}/;

/**
 * True when text has the shape of a date (three numbers joined by `-`, `/` or `.`,
 * or a day and a year around an English month name: `Mar 4, 2025`, `4 Mar 2025`).
 * A cheap filter before the real reader, so that `"9/10"` or `"10 - Extremely likely"`
 * are never taken for dates.
 */
export function looksLikeDateText(cell: unknown): boolean {
  return typeof cell === 'string' && (DATE_TEXT.test(cell) || looksLikeNamedDate(cell));
}

/**
 * Texts that mean "no answer" in a data cell, as people and tools write it:
 * R's `NA` (and tibble's `<NA>`), pandas' `nan`/`NaN`/`None`/`NaT`, SPSS, SAS
 * and Stata's `.`, `null`, Excel's `(blank)` and error values (`#N/A`,
 * `#DIV/0!`…), dashes, `?`, `keine Angabe`, `NS/NC`…
 */
const NO_ANSWER =
  /^(n\/?a|n\.a\.?|<na>|none|nan|nat|null|nil|missing|\((blank|empty|missing|none)\)|#(n\/a|null!|div\/0!|value!|ref!|name\?|num!|error!)|[-\u2013\u2014]+|\.|\?|keine angabe|k\.?a\.?|s\/?r|ns\/nc)$/i;
/** The first characters of {@link NO_ANSWER} that are visible ASCII ones (case-insensitive, as the markers are). */
const NO_ANSWER_START = /[nmksNMKS<(#\-.?]/;
/** Characters that show nothing and that `trim` keeps (it removes spaces, non-breaking ones included): zero-width spaces and joiners, soft hyphens. */
const INVISIBLE = /[\u200B-\u200D\u2060\u180E\u00AD]/g;

/**
 * True for a cell that shows nothing: blank, or text made only of spaces
 * and zero-width characters (what a copy from a web page or a PDF leaves).
 * @example looksEmpty('\u200B ') // true
 */
export function looksEmpty(cell: unknown): boolean {
  if (typeof cell === 'string' && startsVisibleAscii(cell)) return false;
  return isBlankCell(cell) || (typeof cell === 'string' && cell.replace(INVISIBLE, '').trim() === '');
}

/**
 * True for a text cell that says there is no answer, or that looks empty
 * ({@link looksEmpty}).
 * @example isNoAnswerText(' N/A ') // true
 * @example isNoAnswerText('NaN') // true
 * @example isNoAnswerText('no') // false
 */
export function isNoAnswerText(cell: unknown): boolean {
  if (typeof cell !== 'string') return false;
  // Every marker starts with one of these characters, or with a space, an invisible character or a dash beyond ASCII.
  if (startsVisibleAscii(cell) && !NO_ANSWER_START.test(cell[0])) return false;
  const text = cell.replace(INVISIBLE, '').trim();
  return text === '' || NO_ANSWER.test(text);
}

/**
 * True for a cell that holds no answer: blank ({@link isBlankCell}) or a
 * "no answer" marker ({@link isNoAnswerText}). The detector leaves these
 * cells out of what a column holds, so that a column of 0–10 answers, dates
 * or comments with many `NA` is still found; the analysis still counts a
 * marker in the score column as ignored (SPEC §3).
 * @example isUnanswered('NA') // true
 * @example isUnanswered(0) // false
 */
export function isUnanswered(cell: unknown): boolean {
  return isBlankCell(cell) || isNoAnswerText(cell);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** True for text that is one e-mail address. */
export function isEmailText(text: string): boolean {
  return text.indexOf('@') > 0 && EMAIL.test(text);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){3,7}$/i;
const IP_START = /[0-9a-fA-F:]/;
/** True for text that is an IPv4 or IPv6 address. */
export function isIpText(text: string): boolean {
  // Both forms start with a hex digit or ":"; most text is settled by its first character.
  if (startsVisibleAscii(text) && !IP_START.test(text[0])) return false;
  return IPV4.test(text) || IPV6.test(text);
}

const URL_TEXT = /^(https?:\/\/|www\.)\S+$/i;
/** True for text that is one web address (a permalink, a page the survey was shown on). */
export function isUrlText(text: string): boolean {
  // Both forms start with h or w, in either case.
  const c = text.charCodeAt(0) | 32;
  return (c === 104 || c === 119) && URL_TEXT.test(text);
}

const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|van|von|de|der|den|da|di|del|la|le|du)){1,3}$/u;
/** True for text shaped like a person's full name: two to four capitalised words ("Anna de Vries", "Tom O'Neil"). */
export function isPersonNameText(text: string): boolean {
  // A name starts with a capital: an ASCII first character must be A–Z.
  const c = text.charCodeAt(0);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  return PERSON_NAME.test(text);
}

const BOOLEAN_TEXT = /^\s*(true|false)\s*$/i;
const BOOLEAN_START = /[tfTF]/;
/** True for a boolean cell or the text TRUE/FALSE (how a CSV import or a copy shows them). */
export function isBooleanCell(cell: unknown): boolean {
  if (typeof cell === 'boolean') return true;
  if (typeof cell !== 'string' || (startsVisibleAscii(cell) && !BOOLEAN_START.test(cell[0]))) return false;
  return BOOLEAN_TEXT.test(cell);
}

const IDENTIFIER_START = /[A-Za-z0-9_-]/;
/**
 * True for a value that reads as a record identifier: a long run of digits
 * (SurveyMonkey's `11400000013`), a Qualtrics `R_…` id, or a token that mixes
 * letters and digits without spaces (Typeform's `#`, Delighted's ids).
 */
export function isIdentifierLike(cell: unknown): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) >= 1e6;
  if (typeof cell !== 'string') return false;
  // Every identifier starts with a letter, a digit, "_" or "-".
  if (startsVisibleAscii(cell) && !IDENTIFIER_START.test(cell[0])) return false;
  const text = cell.trim();
  if (/^\d{7,}$/.test(text) || /^R_[A-Za-z0-9]{8,}$/.test(text)) return true;
  return /^[A-Za-z0-9_-]{8,}$/.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text);
}

/** The cell as trimmed text, for headers and distinct-value counts ("" for blanks). */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return cell.toISOString();
  return String(cell).trim();
}
