/**
 * `NPS_DRIVERS` (SPEC §10b): which answers go with a higher or a lower
 * score. Thin: it reads the question columns (with their header row) and
 * the scores, calls the drivers engine and shapes its rows for Sheets. A
 * custom function's text results are shown as text, never read as formulas,
 * so answers are returned as they are.
 */
import { readScore } from '../nps/score';
import { findDrivers } from '../nps/drivers/findDrivers';
import type { DriverQuestion, DriverRow } from '../nps/drivers/driverTypes';
import { confidenceArg, rowCount, wholeNumberArg } from './formulaArgs';
import { spreadsheetContext } from './spreadsheetContext';

type Cell = string | number | boolean;

/** The table's header row. */
const HEADER = ['Question', 'Answer', 'Responses', 'NPS', 'Difference vs rest', 'p', 'p adjusted', 'Significant'];

/**
 * What goes with the score: for each answer of each question, the NPS of the responses that gave it, its difference from the other responses to that question, the p-value and whether the difference is real after allowing for every pair tested (Holm). Multi-select answers ("Price, Support") are split into options; "Male" and "male" are one answer; NA, N/A, - and blanks are "(blank)" and not tested. Significant rows first, then by size of the difference.
 * Example: =NPS_DRIVERS(D1:F, C2:C, 30) — with Plan in D: "Pro" (40 answers, NPS 62.5) against "Free" (40 answers, NPS −25) gives the row Plan, Pro, 40, 62.5, 87.5, 0.000001, 0.000002, TRUE.
 *
 * @param {D1:F} answers One or more question columns, WITH their header row (the headers name the questions).
 * @param {C2:C} scores The 0–10 answers, WITHOUT header: one row per answer row.
 * @param {30} min_responses Optional. Test only answers given by at least this many responses (default 30).
 * @param {0.95} confidence Optional. Confidence level between 0 and 1 (default 0.95).
 * @return A header row and one row per question and answer.
 * @customfunction
 */
export function NPS_DRIVERS(answers: unknown, scores: unknown, min_responses?: unknown, confidence?: unknown): Cell[][] {
  const fn = 'NPS_DRIVERS';
  const minimum = wholeNumberArg(fn, 'min_responses', min_responses, 1, 30);
  const level = confidenceArg(fn, confidence);
  const questions = questionColumns_(fn, answers);
  const codes = scoreColumn_(fn, scores, rowCount(answers) - 1);
  if (!codes.some((code) => code >= 0)) {
    throw new Error(`${fn}: no valid 0–10 scores in scores. Select the column of answers to "How likely are you to recommend…", without its header.`);
  }
  const rows = findDrivers(questions, codes, { minResponses: minimum, confidence: level, zone: spreadsheetContext().zone });
  if (rows.length === 0) {
    throw new Error(`${fn}: no answer was given by at least ${minimum} responses. Lower min_responses (the third argument) or select more rows.`);
  }
  return [HEADER, ...rows.map(driverCells_)];
}

/** The question columns of `answers`: its first row names them, the rows under it are the answers. */
function questionColumns_(fn: string, answers: unknown): DriverQuestion[] {
  if (!Array.isArray(answers) || answers.length < 2) {
    throw new Error(`${fn}: answers must be the question columns WITH their header row and at least one row of answers, e.g. D1:F.`);
  }
  const grid = answers.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  const width = grid[0].length;
  const questions: DriverQuestion[] = [];
  for (let c = 0; c < width; c++) {
    const header = String(grid[0][c] ?? '').trim() || `Column ${c + 1}`;
    const cells = new Array<unknown>(grid.length - 1);
    for (let r = 1; r < grid.length; r++) cells[r - 1] = grid[r][c];
    questions.push({ header, cells, column: c });
  }
  return questions;
}

/** The scores as readScore codes, one per answer row, or an error that says how to select them. */
function scoreColumn_(fn: string, scores: unknown, answerRows: number): Int8Array {
  const grid = Array.isArray(scores) ? scores.map((row: unknown) => (Array.isArray(row) ? row : [row])) : [[scores]];
  if (grid.some((row) => row.length !== 1)) {
    throw new Error(`${fn}: scores must be one column (it has ${grid[0].length}). Select only the 0–10 column, e.g. C2:C.`);
  }
  if (grid.length !== answerRows) {
    throw new Error(
      `${fn}: scores must have one row per answer row (${grid.length} vs ${answerRows} under the header of answers). ` +
        'Select answers with their header and scores without it, e.g. D1:F101 and C2:C101.',
    );
  }
  const codes = new Int8Array(grid.length);
  for (let i = 0; i < grid.length; i++) codes[i] = readScore(grid[i][0]);
  return codes;
}

/** One row of the table ("" for what was not tested). */
function driverCells_(row: DriverRow): Cell[] {
  const blank = (value: number | null): Cell => (value === null ? '' : value);
  return [row.question, row.answer, row.responses, row.nps, blank(row.vsRest), blank(row.p), blank(row.pAdjusted), row.tested ? row.significant : ''];
}
