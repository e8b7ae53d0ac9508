/**
 * "What goes with the score" (SPEC §10b): for every answer of every question
 * column, the NPS of the responses that gave it against the NPS of the other
 * responses to that question, with the difference test of SPEC §2 and Holm's
 * adjustment across every pair tested, so that a wide survey does not light
 * up by chance. This is what vendors sell as key driver analysis.
 */
import { addScore, emptyTally, responsesOf, type Tally } from '../tally';
import { npsOf } from '../nps';
import { differenceTest } from '../difference';
import { restOf } from '../comparisonTables';
import { holmAdjust } from '../multipleComparisons';
import { answerKey, answerText, NO_ANSWER } from './answerText';
import { answerParts, isCodeList, isMultiSelect } from './multiSelect';
import type { DriverOptions, DriverQuestion, DriverRow } from './driverTypes';

// Module-level copy: a global lookup per cell is slow in Apps Script's V8 context.
const isArray = Array.isArray;

/** Default smallest number of responses an answer needs to be tested. */
export const DRIVER_MIN_RESPONSES = 30;

/** One answer of a question: its tally and how often each spelling was used. */
interface AnswerGroup {
  tally: Tally;
  spellings: Map<string, number>;
}

/**
 * The drivers of the score among the answers of the given questions.
 *
 * Per question: answers are trimmed and grouped case-folded, shown in their
 * most frequent spelling (the first met on a tie); a multi-select column
 * (multiSelect.ts) is split into options, and a response counts once in each
 * option it ticked. Responses without a valid 0–10 score are left out, and so
 * are, from the tests, responses that did not answer the question (missing
 * markers, `(blank)`). An answer with at least `minResponses` responses is
 * listed and tested against the rest of the responses that answered the
 * question; `(blank)` and an answer with no rest are listed untested.
 * Holm's adjustment runs across every pair tested, of every question.
 * Rows: significant first, then tested, then by |difference vs rest|
 * descending, then in the order of the questions and of their answers' first rows.
 *
 * @param questions the question columns, each with its header and cells
 * @param scores {@link readScore} codes of the same rows (BLANK and INVALID rows are not responses)
 * @param options minResponses (default 30), confidence (default 0.95), the zone for date answers
 * @example
 * // 40 "Email" answers scoring 10 and 40 "Phone" answers scoring 2:
 * findDrivers([{ header: 'Channel', cells: channelCells }], scores)[0]
 * // { question: 'Channel', answer: 'Email', responses: 40, nps: 100, vsRest: 200, significant: true, … }
 */
export function findDrivers(questions: readonly DriverQuestion[], scores: ArrayLike<number>, options: DriverOptions = {}): DriverRow[] {
  const minResponses = options.minResponses ?? DRIVER_MIN_RESPONSES;
  const confidence = options.confidence ?? 0.95;
  const rows: DriverRow[] = [];
  const tests: { row: DriverRow; group: Tally; rest: Tally }[] = [];
  questions.forEach((question, index) => {
    const { groups, answered, blank } = groupAnswers(question, scores, options);
    const column = question.column ?? index;
    groups.forEach((group) => {
      if (responsesOf(group.tally) < minResponses) return;
      const rest = restOf(answered, group.tally);
      const row = rowOf(question.header, column, mostFrequent(group.spellings), group.tally);
      rows.push(row);
      if (responsesOf(rest) > 0) tests.push({ row, group: group.tally, rest });
    });
    if (responsesOf(blank) >= minResponses) rows.push(rowOf(question.header, column, NO_ANSWER, blank));
  });

  const pValues = tests.map((test) => differenceTest(test.group, test.rest, confidence).pValue);
  const adjusted = holmAdjust(pValues);
  tests.forEach((test, i) => {
    test.row.vsRest = npsOf(test.group) - npsOf(test.rest);
    test.row.p = pValues[i];
    test.row.pAdjusted = adjusted[i];
    test.row.significant = adjusted[i] < 1 - confidence;
    test.row.tested = true;
  });
  const order = new Map(rows.map((row, i) => [row, i]));
  return rows.sort(
    (a, b) =>
      Number(b.significant) - Number(a.significant) ||
      Number(b.tested) - Number(a.tested) ||
      Math.abs(b.vsRest ?? 0) - Math.abs(a.vsRest ?? 0) ||
      order.get(a)! - order.get(b)!,
  );
}

/**
 * The answers of one question with the tallies of their responses; `answered`
 * is the tally of the responses that gave any answer, `blank` of those that gave none.
 * Each distinct cell is read once (columns of answers repeat a few values), and
 * its responses are tallied before they join the groups of its options.
 */
function groupAnswers(
  question: DriverQuestion,
  scores: ArrayLike<number>,
  options: DriverOptions,
): { groups: AnswerGroup[]; answered: Tally; blank: Tally } {
  const cells = question.cells;
  const length = Math.min(cells.length, scores.length);
  const texts: (string | null)[] = [];
  const tallies: Tally[] = [];
  const byCell = new Map<unknown, number>();
  for (let i = 0; i < length; i++) {
    let cell = cells[i];
    if (isArray(cell)) cell = cell[0];
    let id = byCell.get(cell);
    if (id === undefined) {
      id = texts.length;
      texts.push(answerText(cell, options.zone));
      tallies.push(emptyTally());
      // Dates are objects: each is its own entry (they are rare in answer columns).
      if (typeof cell !== 'object' || cell === null) byCell.set(cell, id);
    }
    const score = scores[i];
    if (score >= 0) addScore(tallies[id], score);
  }
  const keys = new Set(texts.filter((t): t is string => t !== null).map(answerKey));
  const codes = isCodeList(keys);
  const split = codes || isMultiSelect(keys);

  const groups = new Map<string, AnswerGroup>();
  const answered = emptyTally();
  const blank = emptyTally();
  texts.forEach((text, id) => {
    const tally = tallies[id];
    const responses = responsesOf(tally);
    if (responses === 0) return;
    const seen = new Set<string>();
    for (const part of text === null ? [] : split ? answerParts(text, codes) : [text]) {
      if (answerText(part) === null) continue; // "Price, N/A": the marker is no option
      const key = answerKey(part);
      if (seen.has(key)) continue; // "Price, price" counts once
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { tally: emptyTally(), spellings: new Map() }));
      addTally(group.tally, tally);
      const spelling = part.trim().replace(/\s+/g, ' ');
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + responses);
    }
    addTally(seen.size > 0 ? answered : blank, tally);
  });
  return { groups: [...groups.values()], answered, blank };
}

/** Adds the counts of `part` to `total`. */
function addTally(total: Tally, part: Tally): void {
  total.promoters += part.promoters;
  total.passives += part.passives;
  total.detractors += part.detractors;
}

/** The spelling used most often (the first met on a tie). */
function mostFrequent(spellings: Map<string, number>): string {
  let best = '';
  let count = 0;
  spellings.forEach((n, spelling) => {
    if (n > count) (best = spelling), (count = n);
  });
  return best;
}

/** An untested row of a group's figures. */
function rowOf(question: string, column: number, answer: string, tally: Tally): DriverRow {
  return {
    question,
    column,
    answer,
    responses: responsesOf(tally),
    promoters: tally.promoters,
    passives: tally.passives,
    detractors: tally.detractors,
    nps: npsOf(tally),
    vsRest: null,
    p: null,
    pAdjusted: null,
    significant: false,
    tested: false,
  };
}
