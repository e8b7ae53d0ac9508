/**
 * The custom functions of SPEC section 4. Each is thin: it reads its
 * arguments, calls the engine and shapes the result for Sheets. The JSDoc
 * blocks below become the help cards in Sheets (scripts/build.mjs copies
 * them onto the top-level functions of dist/Code.js).
 */
import { readScore, scoreCategory, BLANK, INVALID } from '../nps/score';
import { tallyCells, findFirstInvalid, responsesOf, addScore, type Tally } from '../nps/tally';
import { npsOf } from '../nps/nps';
import { npsInterval, marginOfError } from '../nps/intervals';
import { differenceTest } from '../nps/difference';
import { adjacentComparisons, versusRest } from '../nps/comparisonTables';
import { tallyBySegment } from '../nps/segments';
import { readDateColumn } from '../nps/dateColumn';
import { tallyByPeriod, type PeriodBucket } from '../nps/periods';
import { rollingByPeriod, smallestWindowWithResponses } from '../nps/rolling';
import type { Zone } from '../nps/zone';
import {
  flattenCells,
  columnCells,
  confidenceArg,
  periodArg,
  methodArg,
  flagArg,
  wholeNumberArg,
  sameRows,
  sameCells,
  describe,
} from './formulaArgs';
import { spreadsheetContext } from './spreadsheetContext';
import { CHANGE_HEADER, PERIOD_HEADER, SEGMENT_HEADER, SUMMARY_HEADER, TEST_HEADER } from './tableHeaders';

type Cell = string | number | boolean | Date;


/** The tally of a range, or an error naming the function when it holds no valid score. */
function validTally_(fn: string, scores: unknown, where = 'the range'): Tally {
  const tally = tallyCells(scores);
  if (responsesOf(tally) === 0) {
    throw new Error(`${fn}: no valid 0–10 scores in ${where}. Select the column of answers to "How likely are you to recommend…" (blank cells are ignored).`);
  }
  return tally;
}

/** Counts, NPS and interval of a tally as table cells ("" when empty). */
function tallyCells_(tally: Tally, confidence: number): Cell[] {
  const n = responsesOf(tally);
  if (n === 0) return [0, 0, 0, 0, '', '', ''];
  const [low, high] = npsInterval(tally, confidence);
  return [n, tally.promoters, tally.passives, tally.detractors, npsOf(tally), low, high];
}

// Module-level copy: a global lookup per cell is slow in Apps Script's V8 context.
const isArray = Array.isArray;

/** The scores of a column (cells or one-cell rows, see columnCells), as readScore codes. */
function scoreCodes_(cells: ArrayLike<unknown>): Int8Array {
  const codes = new Int8Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    let v = cells[i];
    if (isArray(v)) v = v[0];
    // Whole numbers 0–10 are by far the most common cell: skip the call.
    codes[i] = typeof v === 'number' && v >= 0 && v <= 10 && (v | 0) === v ? v : readScore(v);
  }
  return codes;
}

/** Reads the dates and scores of NPS_BY_PERIOD / NPS_ROLLING. */
function datedScores_(fn: string, dates: unknown, scores: unknown): { instants: Float64Array; codes: Int8Array; zone: Zone } {
  sameRows(fn, 'dates', dates, 'scores', scores);
  const dateCells = columnCells(dates);
  const scoreCells = columnCells(scores);
  sameCells(fn, 'dates', dateCells, 'scores', scoreCells);
  const context = spreadsheetContext();
  const instants = readDateColumn(dateCells, context.zone, { locale: context.locale });
  return { instants, codes: scoreCodes_(scoreCells), zone: context.zone };
}

/**
 * The period rows, or an error: when there are no rows, no row has both a
 * readable date and a valid score; when there are rows but none holds an
 * answer (rolling windows that miss every answer), `emptyRows` says why.
 */
function checkedBuckets_(fn: string, buckets: PeriodBucket[], emptyRows?: () => string): PeriodBucket[] {
  if (!buckets.some((bucket) => responsesOf(bucket.tally) > 0)) {
    if (buckets.length > 0 && emptyRows) throw new Error(emptyRows());
    throw new Error(`${fn}: no row has both a readable date and a valid 0–10 score. Check that the first range holds dates (date cells or text like 2025-03-04) and the second the scores.`);
  }
  return buckets;
}

/** The tally of readScore codes. */
function tallyOfCodes_(codes: Int8Array): Tally {
  const tally: Tally = { promoters: 0, passives: 0, detractors: 0, ignored: 0 };
  for (let i = 0; i < codes.length; i++) addScore(tally, codes[i]);
  return tally;
}

/** A table cell: "" for a comparison that cannot be made. */
function blankIfNull_(value: number | boolean | null): Cell {
  return value === null ? '' : value;
}

/** Runs engine work whose errors are phrased to follow "FUNCTION: ". */
function named_<T>(fn: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(`${fn}: ${(error as Error).message}`);
  }
}

/** One period table row. */
function periodRow_(bucket: PeriodBucket, confidence: number): Cell[] {
  return [new Date(bucket.start), bucket.label, ...tallyCells_(bucket.tally, confidence)];
}

/**
 * Net Promoter Score of a range of 0–10 answers: % promoters (9–10) minus % detractors (0–6), in points from −100 to 100. Blank cells are ignored; other values that are not 0–10 scores are skipped.
 * Example: =NPS(C2:C) returns 28.33 when 108 of 240 answers are 9–10 and 40 are 0–6.
 *
 * @param {C2:C} scores The 0–10 answers: a range or a single cell.
 * @param {FALSE} strict Optional. TRUE to stop with an error at the first non-blank value that is not a 0–10 score.
 * @return The NPS in points.
 * @customfunction
 */
export function NPS(scores: unknown, strict?: unknown): number {
  if (flagArg('NPS', 'strict', strict)) {
    const bad = findFirstInvalid(scores);
    if (bad) {
      throw new Error(`NPS: ${describe(bad.value)} at row ${bad.row}, column ${bad.column} of the range is not a 0–10 score. Fix the cell or leave strict off to skip it.`);
    }
  }
  return npsOf(validTally_('NPS', scores));
}

/**
 * A one-row summary of a range of 0–10 answers: Responses, Promoters, Passives, Detractors, the three shares (as fractions), NPS, the confidence interval and the number of ignored values.
 * Example: =NPS_SUMMARY(C2:C, 0.95)
 *
 * @param {C2:C} scores The 0–10 answers.
 * @param {0.95} confidence Optional. Confidence level of the interval, between 0 and 1 (default 0.95).
 * @return A header row and one row of figures.
 * @customfunction
 */
export function NPS_SUMMARY(scores: unknown, confidence?: unknown): Cell[][] {
  const level = confidenceArg('NPS_SUMMARY', confidence);
  const tally = tallyCells(scores);
  const n = responsesOf(tally);
  if (n === 0) return [SUMMARY_HEADER, [0, 0, 0, 0, '', '', '', '', '', '', tally.ignored]];
  const [low, high] = npsInterval(tally, level);
  return [
    SUMMARY_HEADER,
    [n, tally.promoters, tally.passives, tally.detractors, tally.promoters / n, tally.passives / n, tally.detractors / n, npsOf(tally), low, high, tally.ignored],
  ];
}

/**
 * The NPS category of each answer: Promoter (9–10), Passive (7–8), Detractor (0–6), "" for a blank cell and Invalid for anything else. Same shape as the input.
 * Example: =NPS_CATEGORY(C2:C) next to the answers.
 *
 * @param {C2:C} scores The 0–10 answers.
 * @return The categories, one per cell.
 * @customfunction
 */
export function NPS_CATEGORY(scores: unknown): string | string[][] {
  const categoryOf = (cell: unknown): string => {
    const score = readScore(cell);
    if (score === BLANK) return '';
    if (score === INVALID) return 'Invalid';
    return scoreCategory(score);
  };
  if (!Array.isArray(scores)) return categoryOf(scores);
  return scores.map((row) => (Array.isArray(row) ? row.map(categoryOf) : [categoryOf(row)]));
}

/**
 * The confidence interval of the NPS of a range, in points: low and high, side by side.
 * Example: =NPS_CI(C2:C, 0.95, "adjusted-wald") returns 45.27 and 71.24 for 70 promoters, 20 passives and 10 detractors.
 *
 * @param {C2:C} scores The 0–10 answers.
 * @param {0.95} confidence Optional. Confidence level between 0 and 1 (default 0.95).
 * @param {"adjusted-wald"} method Optional. "adjusted-wald" (default), "wald" or "score".
 * @return One row: CI low, CI high.
 * @customfunction
 */
export function NPS_CI(scores: unknown, confidence?: unknown, method?: unknown): number[][] {
  const level = confidenceArg('NPS_CI', confidence);
  const chosen = methodArg('NPS_CI', method);
  const [low, high] = npsInterval(validTally_('NPS_CI', scores), level, chosen);
  return [[low, high]];
}

/**
 * The margin of error of the NPS of a range, in points: half the width of its adjusted Wald interval.
 * Example: =NPS_MOE(C2:C) returns 12.98 for 70 promoters, 20 passives and 10 detractors.
 *
 * @param {C2:C} scores The 0–10 answers.
 * @param {0.95} confidence Optional. Confidence level between 0 and 1 (default 0.95).
 * @return The margin of error in points.
 * @customfunction
 */
export function NPS_MOE(scores: unknown, confidence?: unknown): number {
  const level = confidenceArg('NPS_MOE', confidence);
  return marginOfError(validTally_('NPS_MOE', scores), level);
}

/**
 * Tests whether the NPS of two independent groups differs: NPS A, NPS B, their difference (A − B), the interval of the difference, the p-value and whether it is significant.
 * Example: =NPS_TEST(C2:C100, C101:C200) — for (70, 20, 10) vs (60, 20, 20) promoters, passives, detractors: NPS 60 vs 40, difference 20, p 0.059, FALSE.
 *
 * @param {C2:C100} scores_a The 0–10 answers of group A (e.g. this quarter).
 * @param {C101:C200} scores_b The 0–10 answers of group B (e.g. last quarter).
 * @param {0.95} confidence Optional. Confidence level between 0 and 1 (default 0.95).
 * @return A header row and one row of results.
 * @customfunction
 */
export function NPS_TEST(scores_a: unknown, scores_b: unknown, confidence?: unknown): Cell[][] {
  const level = confidenceArg('NPS_TEST', confidence);
  const a = validTally_('NPS_TEST', scores_a, 'the first range (scores_a)');
  const b = validTally_('NPS_TEST', scores_b, 'the second range (scores_b)');
  const test = differenceTest(a, b, level);
  return [TEST_HEADER, [test.npsA, test.npsB, test.difference, test.low, test.high, test.pValue, test.significant]];
}

/**
 * NPS per calendar period in the spreadsheet's time zone, with the interval, the change from the previous period and whether that change is significant (difference test, Holm-adjusted across the table's changes so that a stable survey does not light up). Empty periods are listed with 0 responses.
 * Example: =NPS_BY_PERIOD(A2:A, C2:C, "month")
 *
 * @param {A2:A} dates The date of each answer (date cells or text dates).
 * @param {C2:C} scores The 0–10 answers, same rows as the dates.
 * @param {"month"} period Optional. "day", "week" (ISO, Monday), "week-sunday", "month" (default), "quarter" or "year".
 * @param {0.95} confidence Optional. Confidence level between 0 and 1 (default 0.95).
 * @return A header row and one row per period.
 * @customfunction
 */
export function NPS_BY_PERIOD(dates: unknown, scores: unknown, period?: unknown, confidence?: unknown): Cell[][] {
  const kind = periodArg('NPS_BY_PERIOD', period, 'month');
  const level = confidenceArg('NPS_BY_PERIOD', confidence);
  const { instants, codes, zone } = datedScores_('NPS_BY_PERIOD', dates, scores);
  const buckets = checkedBuckets_('NPS_BY_PERIOD', named_('NPS_BY_PERIOD', () => tallyByPeriod(instants, codes, kind, zone)));
  // Holm across the table's adjacent comparisons: a stable survey does not light up (SPEC §2).
  const tests = adjacentComparisons(buckets.map((b) => b.tally), level);
  const rows: Cell[][] = [[...PERIOD_HEADER, ...CHANGE_HEADER]];
  buckets.forEach((bucket, i) => {
    const test = tests[i];
    rows.push([...periodRow_(bucket, level), test.change === null ? '' : test.change, test.significant === null ? '' : test.significant]);
  });
  return rows;
}

/**
 * Rolling NPS: for each period, the pooled answers of the window_days days ending with that period (spreadsheet time zone). Smooths a noisy trend.
 * Example: =NPS_ROLLING(A2:A, C2:C, 28, "week")
 *
 * @param {A2:A} dates The date of each answer.
 * @param {C2:C} scores The 0–10 answers, same rows as the dates.
 * @param {28} window_days The window length in days (a whole number, at least 1).
 * @param {"week"} period Optional. How often to report: "day", "week" (default), "week-sunday", "month", "quarter" or "year".
 * @param {0.95} confidence Optional. Confidence level of the intervals, between 0 and 1 (default 0.95).
 * @return A header row and one row per period.
 * @customfunction
 */
export function NPS_ROLLING(dates: unknown, scores: unknown, window_days: unknown, period?: unknown, confidence?: unknown): Cell[][] {
  const days = wholeNumberArg('NPS_ROLLING', 'window_days', window_days, 1, undefined);
  const kind = periodArg('NPS_ROLLING', period, 'week');
  const level = confidenceArg('NPS_ROLLING', confidence);
  const { instants, codes, zone } = datedScores_('NPS_ROLLING', dates, scores);
  const buckets = checkedBuckets_('NPS_ROLLING', named_('NPS_ROLLING', () => rollingByPeriod(instants, codes, days, kind, zone)), () => {
    // The data has dated answers (else there would be no rows), but none falls in a window.
    const needed = smallestWindowWithResponses(instants, codes, kind, zone);
    const unit = kind === 'week-sunday' ? 'week' : kind;
    return (
      `NPS_ROLLING: every window is empty: each ${days}-day window ends with its ${unit}, and no answer falls in the last ${days} days of a ${unit}. ` +
      `Use a window_days of at least ${needed}, or a shorter period.`
    );
  });
  return [PERIOD_HEADER, ...buckets.map((bucket) => periodRow_(bucket, level))];
}

/**
 * NPS per segment (plan, region, channel…), most responses first, with the interval of each, its difference from all other responses and whether that difference is significant (Holm-adjusted across the segments).
 * Example: =NPS_BY_SEGMENT(D2:D, C2:C, 10)
 *
 * @param {D2:D} segments The segment of each answer; "Male" and "male" are one segment, blank cells and NA, N/A or - form "(blank)".
 * @param {C2:C} scores The 0–10 answers, same rows as the segments.
 * @param {1} min_responses Optional. Leave out segments with fewer responses (default 1).
 * @param {0.95} confidence Optional. Confidence level between 0 and 1 (default 0.95).
 * @return A header row and one row per segment.
 * @customfunction
 */
export function NPS_BY_SEGMENT(segments: unknown, scores: unknown, min_responses?: unknown, confidence?: unknown): Cell[][] {
  const fn = 'NPS_BY_SEGMENT';
  const minimum = wholeNumberArg(fn, 'min_responses', min_responses, 1, 1);
  const level = confidenceArg(fn, confidence);
  sameRows(fn, 'segments', segments, 'scores', scores);
  const segmentCells = flattenCells(segments);
  const scoreCells = flattenCells(scores);
  sameCells(fn, 'segments', segmentCells, 'scores', scoreCells);
  const codes = scoreCodes_(scoreCells);
  if (!codes.some((code) => code >= 0)) {
    throw new Error(`${fn}: no valid 0–10 scores in the range. Select the column of answers to "How likely are you to recommend…".`);
  }
  const rows = tallyBySegment(segmentCells, codes, spreadsheetContext().zone, minimum);
  // The rest of a segment is every other response, those of segments left out by min_responses included.
  const tests = versusRest(rows.map((row) => row.tally), tallyOfCodes_(codes), level);
  return [
    SEGMENT_HEADER,
    ...rows.map((row, i) => [row.value, ...tallyCells_(row.tally, level), blankIfNull_(tests[i].change), blankIfNull_(tests[i].significant)]),
  ];
}
