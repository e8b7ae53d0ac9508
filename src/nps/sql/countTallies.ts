/**
 * The count query's result rows (countQuery.ts) as the engine's tallies:
 * overall, per period start, undated, per segment text, the 0–10
 * distribution and the first and last dated answer, on the scale the
 * answers are read on (SPEC 10b): first {@link answerCounts} gives the
 * counts ../scoreScale.ts `scaleOfCounts` decides the scale from, then
 * {@link talliesOfCounts} reads the rows on it.
 */
import { emptyTally, type Tally } from '../tally';
import { BLANK, INVALID } from '../score';
import { scaleOfCounts, type ScoreScale } from '../scoreScale';

/** One row of the count query, as a driver returns it (counts may come as bigint or text). */
export interface CountRow {
  grouping_set: string;
  period_start: string | null;
  segment: string | null;
  score: number | bigint | string;
  answers: number | bigint | string;
  first_time: string | null;
  last_time: string | null;
}

/** Everything the analysis needs, summed from the count rows. */
export interface CountTallies {
  /** Rows of the table, blank answers included. */
  rows: number;
  overall: Tally;
  /** Answers per score 0…10. */
  scoreCounts: number[];
  /** Tallies per local period start `YYYY-MM-DD` (dated answers only). */
  periods: Map<string, Tally>;
  /** Answers whose date could not be read (or that have none) when there is a date column. */
  undated: Tally;
  /** Tallies per trimmed segment text; null for a blank segment cell. */
  segments: Map<string | null, Tally>;
  /** Wall clock of the first and last dated 0–10 answer (`YYYY-MM-DD HH:MM:SS[.ffffff]`), null without any. */
  firstTime: string | null;
  lastTime: string | null;
}

/** The highest score the count query returns: 11, kept apart for a 1–11 scale. */
const ELEVEN = 11;

/**
 * How many answers read as each of 0…11 (the overall rows), as
 * ../scoreScale.ts `scaleOfCounts` takes them.
 *
 * @throws Error when a row is not one of the count query's
 * @example answerCounts([{ grouping_set: 'overall', score: 11, answers: 4, … }])[11] // 4
 */
export function answerCounts(rows: readonly CountRow[]): number[] {
  const counts = new Array<number>(ELEVEN + 1).fill(0);
  for (const row of rows) {
    if (row.grouping_set !== 'overall') continue;
    const score = checkedScore(row);
    if (score >= 0) counts[score] += wholeNumber(row.answers, 'answers');
  }
  return counts;
}

/**
 * Sums the count query's rows into tallies.
 *
 * @param recoded the scale is `1-11 recoded` (scaleOfCounts): each answer 1–11 reads as one less, 0 as invalid; else 11 is invalid
 * @throws Error when a row is not one of the count query's (unknown grouping set, score outside −2…11, bad count)
 * @example
 * talliesOfCounts([
 *   { grouping_set: 'overall', period_start: null, segment: null, score: 9, answers: 3, first_time: null, last_time: null },
 *   { grouping_set: 'overall', period_start: null, segment: null, score: -2, answers: 1, first_time: null, last_time: null },
 * ]).overall; // { promoters: 3, passives: 0, detractors: 0, ignored: 1 }
 */
export function talliesOfCounts(rows: readonly CountRow[], recoded = false): CountTallies {
  const counts: CountTallies = {
    rows: 0,
    overall: emptyTally(),
    scoreCounts: new Array<number>(11).fill(0),
    periods: new Map(),
    undated: emptyTally(),
    segments: new Map(),
    firstTime: null,
    lastTime: null,
  };
  for (const row of rows) {
    const score = onScale(checkedScore(row), recoded);
    const answers = wholeNumber(row.answers, 'answers');
    switch (row.grouping_set) {
      case 'overall':
        counts.rows += answers;
        if (score === BLANK) break;
        addAnswers(counts.overall, score, answers);
        if (score < 0) break;
        counts.scoreCounts[score] += answers;
        // The query's times are those of the answers of one score: an invalid score's are not the table's.
        counts.firstTime = earlier(counts.firstTime, row.first_time);
        counts.lastTime = later(counts.lastTime, row.last_time);
        break;
      case 'period':
        if (score === BLANK) break;
        addAnswers(row.period_start === null ? counts.undated : tallyIn(counts.periods, row.period_start), score, answers);
        break;
      case 'segment':
        if (score === BLANK) break;
        addAnswers(tallyIn(counts.segments, row.segment), score, answers);
        break;
      default:
        throw new Error(`The count query returned an unknown grouping set "${row.grouping_set}"`);
    }
  }
  return counts;
}

/**
 * The scale of the score column decided from the count rows, as the sheet
 * path decides it from the column's cells, and the tallies read on it:
 * what analysisOfCounts takes (`scale` in its settings).
 *
 * @param rows the count query's rows
 * @param header the score column's header (named in the scale's warnings)
 * @example
 * const { scale, counts } = scaledTallies(rows, 'Q1');
 * analysisOfCounts(counts, { ...settings, scale });
 */
export function scaledTallies(rows: readonly CountRow[], header: string): { scale: ScoreScale; counts: CountTallies } {
  const scale = scaleOfCounts(answerCounts(rows), header);
  return { scale, counts: talliesOfCounts(rows, scale.name === '1-11 recoded') };
}

/** The score of a row, checked: −2…11 with a whole, non-negative count. */
function checkedScore(row: CountRow): number {
  const score = wholeNumber(row.score, 'score');
  const answers = wholeNumber(row.answers, 'answers');
  if (score < INVALID || score > ELEVEN || answers < 0) throw new Error(`The count query returned a row it cannot have (score ${score}, ${answers} answers)`);
  return score;
}

/** A score of the query on the scale in force, as ../scoreScale.ts `recodedScore` reads a cell: 1–11 as 0–10 when recoded, else 11 is invalid. */
function onScale(score: number, recoded: boolean): number {
  if (score < 0) return score;
  if (recoded) return score === 0 ? INVALID : score - 1;
  return score === ELEVEN ? INVALID : score;
}

/** Adds `answers` answers of one score (−2 invalid: ignored) to a tally, as addScore adds one. */
function addAnswers(tally: Tally, score: number, answers: number): void {
  if (score >= 9) tally.promoters += answers;
  else if (score >= 7) tally.passives += answers;
  else if (score >= 0) tally.detractors += answers;
  else if (score === INVALID) tally.ignored += answers;
}

function tallyIn<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) {
    tally = emptyTally();
    map.set(key, tally);
  }
  return tally;
}

function wholeNumber(value: number | bigint | string, name: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`The count query returned a ${name} that is not a whole number: ${String(value)}`);
  return n;
}

/** The earlier of two ISO-like wall clocks (same format, so text order is time order); null is absent. */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b !== null && b < a ? b : a;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b !== null && b > a ? b : a;
}
