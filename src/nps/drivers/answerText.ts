/**
 * How an answer cell reads before it is grouped: its text, or nothing for a
 * cell that holds no answer, and the key under which spellings of the same
 * answer meet ("Male", "male " and "MALE" are one answer).
 */
import { isNoAnswerText, looksEmpty } from '../cellKinds';
import { segmentName } from '../segments';
import { zoneFor, type Zone } from '../zone';

/** The name of the answer of responses that left the question unanswered. */
export const NO_ANSWER = '(blank)';

/**
 * The answer a cell holds as trimmed text, or null when it holds none: blank,
 * spaces and invisible characters, or a missing marker (`NA`, `N/A`, `-`,
 * `null`, `#N/A`…). Numbers read as text (`3`), booleans as TRUE/FALSE, dates
 * as YYYY-MM-DD in the spreadsheet's zone.
 *
 * @param zone the spreadsheet's time zone (for date cells; default UTC)
 * @example answerText(' Pro ') // 'Pro'
 * @example answerText('N/A') // null
 * @example answerText(3) // '3'
 */
export function answerText(cell: unknown, zone?: Zone): string | null {
  if (looksEmpty(cell) || isNoAnswerText(cell)) return null;
  if (typeof cell === 'number' && cell !== cell) return null;
  return segmentName(cell, zone ?? zoneFor('UTC'));
}

/**
 * The key of an answer: case-folded, inner runs of spaces made one space,
 * accents composed ("é" typed as e + ◌́ is "é"), as segments are grouped.
 *
 * @example answerKey(' Male ') === answerKey('male') // true
 * @example answerKey('New   York') // 'new york'
 */
export function answerKey(text: string): string {
  return text.trim().normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
}
