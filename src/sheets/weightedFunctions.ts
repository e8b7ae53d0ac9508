/**
 * The planning and weighting formulas of SPEC section 10: NPS_WEIGHTED (each
 * answer weighted, e.g. by account revenue) and NPS_SAMPLE_SIZE (responses
 * needed for a margin of error). Thin: they read the arguments and call the
 * engine. The JSDoc blocks become the help cards in Sheets (scripts/build.mjs).
 */
import { weightedNps } from '../nps/weighted';
import { sampleSize } from '../nps/sampleSize';
import { npsVariance } from '../nps/nps';
import { tallyCells, responsesOf } from '../nps/tally';
import { columnCells, confidenceArg, positiveNumberArg, sameCells, sameRows } from './formulaArgs';
import { WEIGHTED_HEADER } from './tableHeaders';

/**
 * NPS with each answer weighted (e.g. by account revenue): weighted shares of promoters and detractors, the interval from Kish's effective number of responses, and the rows ignored (invalid score, or a weight that is blank, text or negative). A weight of 0 counts as a response that weighs nothing.
 * Example: =NPS_WEIGHTED(C2:C5, D2:D5) with scores 10, 9, 7, 3 and weights 1, 2, 1, 4 returns NPS −12.5, CI low −72.68, CI high 60.37, Effective responses 2.91, Responses 4, Ignored 0.
 *
 * @param {C2:C} scores The 0–10 answers.
 * @param {D2:D} weights The weight of each answer: a number, 0 or more, same rows.
 * @param {0.95} confidence Optional. Confidence level of the interval, between 0 and 1 (default 0.95).
 * @return A header row and one row: NPS, CI low, CI high, Effective responses, Responses, Ignored.
 * @customfunction
 */
export function NPS_WEIGHTED(scores: unknown, weights: unknown, confidence?: unknown): (string | number)[][] {
  const fn = 'NPS_WEIGHTED';
  const level = confidenceArg(fn, confidence);
  sameRows(fn, 'scores', scores, 'weights', weights);
  const scoreCells = columnCells(scores);
  const weightCells = columnCells(weights);
  sameCells(fn, 'scores', scoreCells, 'weights', weightCells);
  const result = weightedNps(scoreCells, weightCells, level);
  if (result.responses === 0) {
    throw new Error(
      `${fn}: no row has both a valid 0–10 score and a weight (${result.ignored} ${result.ignored === 1 ? 'row' : 'rows'} ignored). ` +
        'Select the answers first, then their weights: numbers of 0 or more, over the same rows.',
    );
  }
  if (result.totalWeight === 0) {
    throw new Error(`${fn}: all weights are 0, so no answer counts. Give the answers weights above 0 (such as each account's revenue).`);
  }
  return [WEIGHTED_HEADER, [result.nps, result.ci[0], result.ci[1], result.effectiveResponses, result.responses, result.ignored]];
}

/**
 * How many responses you need for a margin of error of the given number of points: ⌈z²·V / (margin/100)²⌉ − 3, with V the spread of the answers in scores, or the worst case (V = 1) without them.
 * Example: =NPS_SAMPLE_SIZE(5) returns 1534; =NPS_SAMPLE_SIZE(5, C2:C101) returns 674 when C2:C101 holds 70 promoters, 20 passives and 10 detractors.
 *
 * @param {5} margin The margin of error you want, in NPS points (5 means ±5 points; any number above 0).
 * @param {C2:C} scores Optional. Past 0–10 answers whose mix to plan from; leave out for the worst case.
 * @param {0.95} confidence Optional. Confidence level between 0 and 1 (default 0.95).
 * @return The number of responses.
 * @customfunction
 */
export function NPS_SAMPLE_SIZE(margin: unknown, scores?: unknown, confidence?: unknown): number {
  const fn = 'NPS_SAMPLE_SIZE';
  const points = positiveNumberArg(fn, 'margin', margin, 'the margin of error in points such as 5 (for ±5 points)');
  const level = confidenceArg(fn, confidence);
  if (scores === undefined || scores === null || scores === '') return sampleSize(points, 1, level);
  const tally = tallyCells(scores);
  if (responsesOf(tally) === 0) {
    throw new Error(`${fn}: no valid 0–10 scores in scores. Select past answers to plan from their mix, or leave scores out for the worst case.`);
  }
  return sampleSize(points, npsVariance(tally), level);
}
