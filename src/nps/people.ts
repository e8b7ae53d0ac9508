/**
 * The people behind the score (SPEC section 10): each person's latest answer
 * (NPS_LATEST) and how people moved between their previous and latest
 * answers (NPS_MOVEMENT), counted in one pass over the rows.
 *
 * Who is a person: the `people` cell trimmed. Anything with an `@` is an
 * e-mail address and is compared case-insensitively (`Anna@Example.com` and
 * `anna@example.com` are one person). Other ids are compared exactly as
 * trimmed text, case included: customer ids are often case-sensitive
 * (Salesforce's 15-character ids differ only by case), and merging two
 * accounts would be worse than keeping one person twice. Numbers are ids as
 * text (`1042` and `"1042"` are one person).
 */
import type { Category, LatestAnswer, PeopleSummary } from './peopleTypes';
import { readScore, scoreCategory, BLANK } from './score';
import { readDateColumn, type DateColumnOptions } from './dateColumn';
import { npsOf } from './nps';
import { npsInterval } from './intervals';
import { segmentName } from './segments';
import type { Tally } from './tally';
import type { Zone } from './zone';

/** Options of {@link peopleSummary}: the spreadsheet's zone (and how to read its dates), the confidence of the interval. */
export interface PeopleOptions extends DateColumnOptions {
  /** The spreadsheet's time zone: text dates without an offset are wall-clock times there. */
  zone: Zone;
  /** Confidence level of the interval, strictly between 0 and 1 (default 0.95). */
  confidence?: number;
}

/** Rows of {@link PeopleSummary.movement}, and its columns, in this order. */
export const CATEGORIES: readonly Category[] = ['Promoter', 'Passive', 'Detractor'];

const isArray = Array.isArray;

/** One person while the rows are read: their first spelling and their two newest counted answers so far (row indexes, −1 for none). */
interface PersonAnswers {
  person: string;
  latest: number;
  previous: number;
  answers: number;
}

/**
 * The text that identifies a person: `""` for a blank cell, else the cell
 * trimmed (numbers, booleans and dates as a segment shows them).
 *
 * @example
 * personName('  Anna@Example.com ', zone); // 'Anna@Example.com'
 * personName(1042, zone);                  // '1042'
 * personName('   ', zone);                 // ''
 */
export function personName(cell: unknown, zone: Zone): string {
  if (cell === '' || cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  return segmentName(cell, zone);
}

/**
 * The key two cells of the same person share: e-mail addresses (anything
 * with an `@`) lower-cased, other ids as they are.
 *
 * @example
 * personKey('Anna@Example.com'); // 'anna@example.com'
 * personKey('AB-12');            // 'AB-12'
 */
export function personKey(name: string): string {
  return name.indexOf('@') >= 0 ? name.toLowerCase() : name;
}

/**
 * Latest-answer NPS and movement of a people column, a date column and a
 * score column (same length; cells or one-cell rows).
 *
 * A row counts when its person is not blank, its date is readable
 * ({@link readDateColumn}, in `options.zone`) and its score is valid; each
 * person's latest such answer is the newest, and of two at the same instant
 * the lower one in the sheet (the later row, as forms append). Rows with a
 * blank score are not answers and are not counted anywhere; any other row
 * that does not count is `ignored`. Movement counts people with two or more
 * answers by the category of their previous (second newest) answer → that of
 * their latest.
 *
 * @param people the respondent of each row (e-mail or id)
 * @param dates the date of each row (date cells or text dates)
 * @param scores the 0–10 answer of each row
 * @param options the zone (required), locale and date reading, confidence
 * @returns the summary; with no counted row, `people` is 0 and NPS and interval are NaN
 * @example
 * peopleSummary(
 *   ['a@x.com', 'b@x.com', 'A@x.com'],
 *   ['2025-01-01', '2025-01-02', '2025-01-03'],
 *   [3, 10, 9],
 *   { zone: zoneFor('UTC') },
 * );
 * // { people: 2, promoters: 2, passives: 0, detractors: 0, nps: 100, responses: 3, repeatPeople: 1,
 * //   movement: [[0, 0, 0], [0, 0, 0], [1, 0, 0]] (Detractor → Promoter), latest: [a@x.com (row 2), b@x.com], ignored: 0, … }
 */
export function peopleSummary(
  people: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  scores: ArrayLike<unknown>,
  options: PeopleOptions,
): PeopleSummary {
  const n = people.length;
  if (dates.length !== n || scores.length !== n) {
    throw new Error(`people, dates and scores must have the same number of cells (${n}, ${dates.length} and ${scores.length}).`);
  }
  const { zone, confidence = 0.95, ...dateOptions } = options;
  const instants = readDateColumn(dates, zone, dateOptions);
  const codes = new Int8Array(n);
  const byKey = new Map<string, PersonAnswers>();
  let responses = 0;
  let ignored = 0;
  for (let i = 0; i < n; i++) {
    const score = readScore(unwrap(scores[i]));
    codes[i] = score;
    if (score === BLANK) continue;
    const person = personName(unwrap(people[i]), zone);
    if (person === '') {
      ignored++;
      continue;
    }
    const key = personKey(person);
    let known = byKey.get(key);
    if (!known) {
      // Made on the person's first row, counted or not: it keeps their first spelling.
      known = { person, latest: -1, previous: -1, answers: 0 };
      byKey.set(key, known);
    }
    const instant = instants[i];
    if (score < 0 || instant !== instant) {
      ignored++;
      continue;
    }
    responses++;
    known.answers++;
    // Rows come in order, so row i is the lower one of any tie.
    if (known.latest < 0 || instant >= instants[known.latest]) {
      known.previous = known.latest;
      known.latest = i;
    } else if (known.previous < 0 || instant >= instants[known.previous]) {
      known.previous = i;
    }
  }
  return summarise(byKey, instants, codes, responses, ignored, confidence);
}

/** The summary of the people found. */
function summarise(
  byKey: Map<string, PersonAnswers>,
  instants: Float64Array,
  codes: Int8Array,
  responses: number,
  ignored: number,
  confidence: number,
): PeopleSummary {
  const tally: Tally = { promoters: 0, passives: 0, detractors: 0, ignored: 0 };
  const movement = CATEGORIES.map(() => CATEGORIES.map(() => 0));
  const latest: LatestAnswer[] = [];
  let repeatPeople = 0;
  for (const answers of byKey.values()) {
    if (answers.answers === 0) continue;
    const score = codes[answers.latest];
    const category = scoreCategory(score);
    if (category === 'Promoter') tally.promoters++;
    else if (category === 'Passive') tally.passives++;
    else tally.detractors++;
    if (answers.answers >= 2) {
      repeatPeople++;
      movement[CATEGORIES.indexOf(scoreCategory(codes[answers.previous]))][CATEGORIES.indexOf(category)]++;
    }
    latest.push({ person: answers.person, index: answers.latest, instant: instants[answers.latest], score, category, answers: answers.answers });
  }
  // Newest first; at the same instant the lower row (the later one) first.
  latest.sort((a, b) => b.instant - a.instant || b.index - a.index);
  const people = latest.length;
  return {
    people,
    promoters: tally.promoters,
    passives: tally.passives,
    detractors: tally.detractors,
    nps: npsOf(tally),
    ci: people === 0 ? [NaN, NaN] : npsInterval(tally, confidence),
    responses,
    repeatPeople,
    movement,
    latest,
    ignored,
  };
}

/** A cell, or the cell of a one-cell row (a one-column range). */
function unwrap(cell: unknown): unknown {
  return isArray(cell) ? cell[0] : cell;
}
