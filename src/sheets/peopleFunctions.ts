/**
 * The people formulas of SPEC section 10: NPS_LATEST (each person counted
 * once, by their latest answer) and NPS_MOVEMENT (how people moved between
 * their previous and latest answers). Thin: they read the three columns, the
 * spreadsheet's zone and locale, and call peopleSummary. The JSDoc blocks
 * become the help cards in Sheets (scripts/build.mjs).
 */
import { peopleSummary, CATEGORIES } from '../nps/people';
import type { PeopleSummary } from '../nps/peopleTypes';
import { columnCells, confidenceArg, sameRows } from './formulaArgs';
import { spreadsheetContext } from './spreadsheetContext';
import { LATEST_HEADER, MOVEMENT_HEADER } from './tableHeaders';

/** "1 row", "3 rows". */
function rowsText_(count: number): string {
  return `${count} row${count === 1 ? '' : 's'}`;
}

/** Reads the three columns and summarises them, or explains why it cannot. */
function peopleOf_(fn: string, people: unknown, dates: unknown, scores: unknown, confidence: number): PeopleSummary {
  sameRows(fn, 'people', people, 'dates', dates);
  sameRows(fn, 'people', people, 'scores', scores);
  const personCells = columnCells(people);
  const dateCells = columnCells(dates);
  const scoreCells = columnCells(scores);
  if (personCells.length !== dateCells.length || personCells.length !== scoreCells.length) {
    throw new Error(
      `${fn}: people, dates and scores must have the same number of cells (${personCells.length}, ${dateCells.length} and ${scoreCells.length}). Select one column for each.`,
    );
  }
  const context = spreadsheetContext();
  const summary = peopleSummary(personCells, dateCells, scoreCells, { zone: context.zone, locale: context.locale, confidence });
  if (summary.people === 0) {
    throw new Error(
      `${fn}: no row has a person, a readable date and a valid 0–10 score (${rowsText_(summary.ignored)} left out). ` +
        'Select the respondent column (e-mails or ids), then the dates, then the scores, over the same rows.',
    );
  }
  return summary;
}

/**
 * NPS counting each person once, by their latest dated answer (e-mail addresses are compared without case; other ids as written, trimmed). Rows with a blank person, no readable date or no valid score are left out.
 * Example: =NPS_LATEST(B2:B, A2:A, C2:C) — ann@x.com answered 3 then 10, bob@x.com answered 8 — returns People 2, Promoters 1, Passives 1, Detractors 0, NPS 50, CI low −39.45, CI high 79.45, Responses 3, Repeat people 1.
 *
 * @param {B2:B} people Who answered: e-mail address or customer id of each answer.
 * @param {A2:A} dates The date of each answer (date cells or text dates), same rows.
 * @param {C2:C} scores The 0–10 answers, same rows.
 * @param {0.95} confidence Optional. Confidence level of the interval, between 0 and 1 (default 0.95).
 * @return A header row and one row: People, Promoters, Passives, Detractors, NPS, CI low, CI high, Responses, Repeat people.
 * @customfunction
 */
export function NPS_LATEST(people: unknown, dates: unknown, scores: unknown, confidence?: unknown): (string | number)[][] {
  const level = confidenceArg('NPS_LATEST', confidence);
  const s = peopleOf_('NPS_LATEST', people, dates, scores, level);
  return [LATEST_HEADER, [s.people, s.promoters, s.passives, s.detractors, s.nps, s.ci[0], s.ci[1], s.responses, s.repeatPeople]];
}

/**
 * How people who answered more than once moved: one row per category of their previous answer, one column per category of their latest answer, counting people.
 * Example: =NPS_MOVEMENT(B2:B, A2:A, C2:C) — ann@x.com answered 3 then 10, bob@x.com 9 then 9, cy@x.com 9 then 6 — returns 1 in row Detractor, column Promoter; 1 in row Promoter, column Promoter; 1 in row Promoter, column Detractor; 0 elsewhere.
 *
 * @param {B2:B} people Who answered: e-mail address or customer id of each answer.
 * @param {A2:A} dates The date of each answer (date cells or text dates), same rows.
 * @param {C2:C} scores The 0–10 answers, same rows.
 * @return A 4 × 4 table: From \ To, Promoter, Passive, Detractor.
 * @customfunction
 */
export function NPS_MOVEMENT(people: unknown, dates: unknown, scores: unknown): (string | number)[][] {
  const s = peopleOf_('NPS_MOVEMENT', people, dates, scores, 0.95);
  return [MOVEMENT_HEADER, ...CATEGORIES.map((from, i) => [from, ...s.movement[i]])];
}
