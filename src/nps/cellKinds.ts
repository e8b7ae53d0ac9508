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
  return typeof cell === 'string' && cell.trim() === '';
}

/** True for a Date cell (of any realm) that holds a real time. */
export function isDateCell(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]' && !isNaN((cell as Date).getTime());
}

const NUMBER_TEXT = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)%?$/;

/** The number a cell holds, also when stored as text (`"42"`, `" 3.5 "`, `"3,5"`, `"100%"` → 100); NaN otherwise. */
export function numberOfCell(cell: unknown): number {
  if (typeof cell === 'number') return isFinite(cell) ? cell : NaN;
  if (typeof cell !== 'string') return NaN;
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
/** Characters that show nothing and that `trim` keeps (it removes spaces, non-breaking ones included): zero-width spaces and joiners, soft hyphens. */
const INVISIBLE = /[\u200B-\u200D\u2060\u180E\u00AD]/g;

/**
 * True for a cell that shows nothing: blank, or text made only of spaces
 * and zero-width characters (what a copy from a web page or a PDF leaves).
 * @example looksEmpty('\u200B ') // true
 */
export function looksEmpty(cell: unknown): boolean {
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
  return EMAIL.test(text);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){3,7}$/i;
/** True for text that is an IPv4 or IPv6 address. */
export function isIpText(text: string): boolean {
  return IPV4.test(text) || IPV6.test(text);
}

const URL_TEXT = /^(https?:\/\/|www\.)\S+$/i;
/** True for text that is one web address (a permalink, a page the survey was shown on). */
export function isUrlText(text: string): boolean {
  return URL_TEXT.test(text);
}

const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|van|von|de|der|den|da|di|del|la|le|du)){1,3}$/u;
/** True for text shaped like a person's full name: two to four capitalised words ("Anna de Vries", "Tom O'Neil"). */
export function isPersonNameText(text: string): boolean {
  return PERSON_NAME.test(text);
}

/** True for a boolean cell or the text TRUE/FALSE (how a CSV import or a copy shows them). */
export function isBooleanCell(cell: unknown): boolean {
  return typeof cell === 'boolean' || (typeof cell === 'string' && /^\s*(true|false)\s*$/i.test(cell));
}

/**
 * True for a value that reads as a record identifier: a long run of digits
 * (SurveyMonkey's `11400000013`), a Qualtrics `R_…` id, or a token that mixes
 * letters and digits without spaces (Typeform's `#`, Delighted's ids).
 */
export function isIdentifierLike(cell: unknown): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) >= 1e6;
  if (typeof cell !== 'string') return false;
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
