/**
 * The words the readable output and the HTML page share for "What customers
 * say" and "People" (SPEC section 10), so the two cannot drift apart.
 */
import type { Category } from '../../nps/peopleTypes';

/** What z means, in one sentence (the README says the same). */
export const Z_MEANING =
  'z says how strongly a theme leans to one side (positive: detractors use it more, negative: promoters do); beyond ±1.96 the lean is unlikely to be chance.';

/** Below this many comments the themes are a first hint only (SPEC section 10: "works from about 30 comments"). */
export const FEW_COMMENTS = 30;

/** At most this many themes of each side in the readable output and the chart (JSON and the HTML table list them all). */
export const TOP_THEMES = 5;

/** The categories in the order of the movement table. */
export const CATEGORIES: readonly Category[] = ['Promoter', 'Passive', 'Detractor'];

/**
 * The line under the themes that says what they were read from.
 *
 * @param comments comments with a valid score the themes were read from
 * @param ignored comments left out
 * @example themesBasis(212, 3) // 'Read from 212 comments (3 left out: blank, no score, or no word).'
 */
export function themesBasis(comments: number, ignored: number): string {
  const read = `Read from ${comments} comment${comments === 1 ? '' : 's'}`;
  const left = ignored > 0 ? ` (${ignored} left out: blank, no score, or no word)` : '';
  const few = comments < FEW_COMMENTS ? `; with fewer than ${FEW_COMMENTS} comments, take the themes as a first hint` : '';
  return `${read}${left}${few}.`;
}

/**
 * What the movement table counts, as a phrase.
 *
 * @param repeatPeople people with two or more answers
 * @example movementBasis(2) // 'the 2 people who answered more than once, from their previous answer (rows) to their latest (columns)'
 */
export function movementBasis(repeatPeople: number): string {
  const who = repeatPeople === 1 ? 'the one person' : `the ${repeatPeople} people`;
  return `${who} who answered more than once, from their previous answer (rows) to their latest (columns)`;
}
