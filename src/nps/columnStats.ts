/**
 * What the values of a column look like, measured on a sample of rows spread
 * over the table, so that a sheet of 200,000 responses is profiled as fast
 * as one of 2,000.
 */
import type { TablePosition } from '../shared/contract';
import type { DayOrder } from './dateText';
import { classifyValue, ColumnValues, type ValueFacts } from './valueFacts';

/** Rows profiled at most: enough to see rare categories, few enough to stay instant. */
const MAX_SAMPLE_ROWS = 2000;
/** Distinct values counted at most per column (more means "many"). */
const MAX_DISTINCT = 1000;

/** Counts over the sampled cells of one column. */
export interface ColumnStats {
  /** Sampled rows, blank cells included. */
  sampled: number;
  /** Non-blank sampled cells; "no answer" markers such as `NA` left out unless the column holds short choices (see {@link columnStats}). */
  filled: number;
  /** Cells `readScore` reads as 0–10. */
  scores: number;
  /** How many cells hold each score 0–10. */
  scoreCounts: number[];
  /** Cells holding 11: the top of a 0–10 item coded 1–11 (Qualtrics' default) when the column has no 0. */
  elevens: number;
  /** Numbers, also stored as text. */
  numbers: number;
  /** Whole numbers among {@link numbers}. */
  integers: number;
  /** Numbers, in row order, each larger than the one before. */
  increasing: boolean;
  /** Date cells and text the date reader understands. */
  dates: number;
  emails: number;
  ips: number;
  /** Web addresses. */
  urls: number;
  /** Texts shaped like a person's full name. */
  personNames: number;
  /** Texts of a word or two and a number: "Customer 1042", "User #17". */
  labelledNumbers: number;
  booleans: number;
  /** Promoter / Passive / Detractor labels (any language we know). */
  groupLabels: number;
  /** Long digit runs, `R_…` ids, letter-and-digit tokens. */
  identifiers: number;
  /** Distinct values (trimmed, case-insensitive), capped at 1,000. */
  distinct: number;
  /** Cells that are text and neither numbers nor dates. */
  texts: number;
  /** Average length and word count of those texts. */
  averageLength: number;
  averageWords: number;
}

/**
 * The 0-based row indices to profile: every data row when there are at most
 * {@link MAX_SAMPLE_ROWS}, else that many spread evenly from the first to
 * the last data row (in order, so "increasing" still means something).
 */
export function sampleRows(table: TablePosition, maxRows = MAX_SAMPLE_ROWS): number[] {
  return spreadRows(table.firstDataRow - 1, table.lastRow - 1, maxRows);
}

/**
 * Every row from `first` to `last` (0-based, inclusive) when they are at
 * most `maxRows`, else `maxRows` of them spread evenly, both ends included.
 *
 * @example spreadRows(1, 5) // [1, 2, 3, 4, 5]
 * @example spreadRows(0, 100, 3) // [0, 50, 100]
 */
export function spreadRows(first: number, last: number, maxRows = MAX_SAMPLE_ROWS): number[] {
  const count = last - first + 1;
  const rows: number[] = [];
  if (count <= maxRows) {
    for (let i = 0; i < count; i++) rows.push(first + i);
    return rows;
  }
  const step = (count - 1) / (maxRows - 1);
  for (let i = 0; i < maxRows; i++) rows.push(first + Math.round(i * step));
  return rows;
}

/**
 * Profiles one column over the sampled rows. Each distinct value is looked
 * at once ({@link ColumnValues}), then counted for each cell in row order.
 *
 * @param values the whole sheet's values
 * @param rows the sampled 0-based row indices ({@link sampleRows})
 * @param column 0-based column index
 * @param fallbackOrder the day order of slashed dates when the column does not reveal it
 */
export function columnStats(values: unknown[][], rows: number[], column: number, fallbackOrder: DayOrder): ColumnStats {
  const known = new ColumnValues();
  const shown: ValueFacts[] = [];
  let answered = 0;
  // Slashed dates that show their day order, among the answers and among all values (markers included).
  const dayFirst = [0, 0];
  const monthFirst = [0, 0];
  for (let k = 0; k < rows.length; k++) {
    const row = values[rows[k]];
    const facts = known.factsOf(row ? row[column] : undefined);
    if (facts.empty) continue;
    shown.push(facts);
    const marker = facts.noAnswer ? 1 : 0;
    answered += 1 - marker;
    if (facts.slashed === 'day-first') dayFirst[1]++, (dayFirst[0] += 1 - marker);
    else if (facts.slashed === 'month-first') monthFirst[1]++, (monthFirst[0] += 1 - marker);
  }
  // `NA`, `N/A`, `-`… say nothing of what the column holds: a column of 0–10
  // answers, dates or comments with many of them is still one.
  const stats = statsOf(shown, false, answered, rows.length, dayOrderOf(dayFirst[0], monthFirst[0], fallbackOrder), 1);
  // Among short choices a marker still counts as a value ("NA" for North
  // America, "N/A" for not applicable): the column stays a column of choices
  // (the segment table then shows the markers as "(blank)", SPEC 10b).
  if (!(answered > 0 && answered < shown.length && isShortText(stats))) return stats;
  return statsOf(shown, true, shown.length, rows.length, dayOrderOf(dayFirst[1], monthFirst[1], fallbackOrder), 2);
}

/** The day order as detectDayOrder decides it from the counts of slashed dates that show one. */
function dayOrderOf(dayFirst: number, monthFirst: number, fallback: DayOrder): DayOrder {
  return dayFirst > monthFirst ? 'day-first' : monthFirst > dayFirst ? 'month-first' : fallback;
}

/** Mostly text, and short: choices rather than comments. */
function isShortText(stats: ColumnStats): boolean {
  return stats.texts >= stats.filled / 2 && stats.averageWords < 4 && stats.averageLength < 25;
}

/**
 * The counts of {@link ColumnStats} over the non-blank cells of a column, in
 * row order; "no answer" markers are left out unless `withMarkers`.
 *
 * @param shown the facts of the column's non-blank cells, in row order
 * @param filled how many of them are counted
 * @param order how the column's slashed dates read
 * @param pass a number of its own for each call on the same facts (for the distinct values)
 */
function statsOf(shown: ValueFacts[], withMarkers: boolean, filled: number, sampled: number, order: DayOrder, pass: number): ColumnStats {
  const stats: ColumnStats = {
    sampled, filled, scores: 0, scoreCounts: new Array(11).fill(0), elevens: 0, numbers: 0, integers: 0, increasing: true,
    dates: 0, emails: 0, ips: 0, urls: 0, personNames: 0, labelledNumbers: 0, booleans: 0, groupLabels: 0, identifiers: 0, distinct: 0, texts: 0, averageLength: 0, averageWords: 0,
  };
  const distinct = new Set<string>();
  let previous = -Infinity;
  let textLength = 0;
  let textWords = 0;
  for (let k = 0; k < shown.length; k++) {
    const facts = shown[k];
    if (facts.noAnswer && !withMarkers) continue;
    // A value already counted in this pass adds no distinct value.
    if (facts.pass !== pass) {
      facts.pass = pass;
      if (distinct.size < MAX_DISTINCT) distinct.add(facts.key);
    }
    const score = facts.score;
    if (score >= 0) stats.scores++, stats.scoreCounts[score]++;
    else if (facts.number === 11) stats.elevens++;
    if (facts.boolean) stats.booleans++;
    if (facts.identifier) stats.identifiers++;
    const number = facts.number;
    if (!isNaN(number)) {
      stats.numbers++;
      if (Number.isInteger(number)) stats.integers++;
      if (number <= previous) stats.increasing = false;
      previous = number;
      continue;
    }
    classifyValue(facts, order);
    if (facts.date) {
      stats.dates++;
      continue;
    }
    if (facts.text === null) continue;
    if (facts.text === 'email') stats.emails++;
    else if (facts.text === 'ip') stats.ips++;
    else if (facts.text === 'url') stats.urls++;
    else if (facts.text === 'personName') stats.personNames++;
    else if (facts.text === 'labelledNumber') stats.labelledNumbers++;
    else if (facts.text === 'groupLabel') stats.groupLabels++;
    stats.texts++;
    textLength += facts.length;
    textWords += facts.words;
  }
  stats.distinct = distinct.size;
  if (stats.texts > 0) {
    stats.averageLength = textLength / stats.texts;
    stats.averageWords = textWords / stats.texts;
  }
  return stats;
}

/** The distinct scores a column uses, ascending. */
export function scoresUsed(stats: ColumnStats): number[] {
  const used: number[] = [];
  stats.scoreCounts.forEach((count, score) => count > 0 && used.push(score));
  return used;
}
