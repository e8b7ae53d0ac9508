/**
 * A survey with comments and e-mails, for "What customers say", "People" and
 * the follow-up sheet: Timestamp (date cells, one a day from 2025-03-01
 * noon UTC), Score, Comment, Plan, Email. Detractors write about slow
 * support or the price, promoters about how easy it is; 30 people answer
 * in turn (some e-mails in upper case), so each answers several times.
 * The tests compute what they expect from these rows themselves.
 */
import { createSpreadsheet, loadAddon, type AddonRuntime, type LocalSpreadsheet } from '../../src/local/sheets';
import { DIST } from './sampleBook';

export const DETRACTOR_COMMENTS = ['Support is slow and nobody answers', 'Way too expensive for what it does', 'slow support, again', 'The price went up, too expensive'];
export const PROMOTER_COMMENTS = ['Easy to use and quick to set up', 'Really easy to use', 'The team loves it, easy to use', 'Easy to use dashboard'];
export const PASSIVE_COMMENTS = ['It is fine', 'Does the job'];
const PLANS = ['Free', 'Pro', 'Team'];
const DAY = 86400000;
export const START = Date.UTC(2025, 2, 1, 12);

/** The score of row i (0-based): a detractor, passive or promoter by turns, with a drift. */
export function scoreOf(i: number): number {
  return [2, 10, 9, 5, 7, 9, 0, 10, 8, 6, 9, 10, 3][i % 13];
}

/** The person of row i: 30 people in turn; every third writes their address in upper case. */
export function personOf(i: number): string {
  const email = `person${i % 30}@example.com`;
  return i % 3 === 0 ? email.toUpperCase() : email;
}

/** Comments that replace those of some rows (by 0-based row): formulas, HTML. */
export type SpecialComments = Record<number, string>;

/** The comment of row i, by its score's side, unless `special` gives one. */
export function commentOf(i: number, special: SpecialComments = {}): string {
  if (special[i] !== undefined) return special[i];
  const s = scoreOf(i);
  const pool = s <= 6 ? DETRACTOR_COMMENTS : s >= 9 ? PROMOTER_COMMENTS : PASSIVE_COMMENTS;
  return pool[i % pool.length];
}

/** The sheet's values: header, then `rows` answers, one a day. */
export function voicesValues(rows: number, special: SpecialComments = {}): unknown[][] {
  const values: unknown[][] = [['Timestamp', 'How likely are you to recommend us?', 'What is the main reason for your score?', 'Plan', 'Email']];
  for (let i = 0; i < rows; i++) values.push([new Date(START + i * DAY), scoreOf(i), commentOf(i, special), PLANS[i % 3], personOf(i)]);
  return values;
}

/** A spreadsheet with that sheet ("Responses", active) and the add-on loaded over it. */
export function voicesBook(rows = 130, special: SpecialComments = {}): { book: LocalSpreadsheet; addon: AddonRuntime } {
  const book = createSpreadsheet({ timeZone: 'Europe/Berlin', sheets: [{ name: 'Responses', values: voicesValues(rows, special) }] });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}
