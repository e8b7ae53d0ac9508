/**
 * The analysis of one table of responses: everything the sidebar preview,
 * the report sheet and the CLI show, from the columns it reads (tableColumns.ts), the column
 * mapping and the options, in one pure pass over the rows.
 */
import type { ThemesResult } from './themes/themeTypes';
import type { PeopleSummary } from './peopleTypes';
import type { AnalysisOptions, ColumnMapping, IgnoredCell, PeriodKind, TablePosition, TallySummary } from '../shared/contract';
import { BLANK, INVALID, readScore } from './score';
import { Tally, emptyTally, addScore, responsesOf } from './tally';
import { npsOf } from './nps';
import { npsInterval, marginOfError } from './intervals';
import { tallyBySegment, type SegmentTally } from './segments';
import { readDateColumn } from './dateColumn';
import { tallyByPeriod, type PeriodBucket } from './periods';
import { rollingByPeriod } from './rolling';
import { zoneFor, type Zone } from './zone';
import { bandOf, type Band } from './bands';
import { isFewResponses } from './fewResponses';
import { adjacentComparisons, versusRest } from './comparisonTables';
import { headlineComparisons, type HeadlineComparison } from './headlineComparisons';
import { cellDisplayText, headerTextOf } from './cellDisplay';
import { themesAndPeople } from './themesAndPeople';
import { findDrivers } from './drivers/findDrivers';
import type { DriverRow } from './drivers/driverTypes';
import { recodedScore, scoreScale, type ScaleName } from './scoreScale';
import type { TableColumns } from './tableColumns';

/** How many ignored cells and undated rows are listed by row (the totals are always given). */
const LISTED_ROWS = 10;

/** Options of {@link analyzeTable}: the report options plus where the spreadsheet is. */
export interface AnalysisSettings extends AnalysisOptions {
  /** The spreadsheet's IANA time zone: periods are calendar periods there. */
  timeZone: string;
  /** The zone itself, when the caller built it (Apps Script passes one with a Utilities fallback). */
  zone?: Zone;
  /** The spreadsheet locale ("en_US", "de_DE"…): the day order of slashed text dates a column does not settle. */
  locale: string;
  /**
   * Read dates (text without an offset, and date cells' wall clock) as UTC. Default: true when the date
   * column's header says "(UTC)" (SPEC §4), else false.
   */
  dateColumnIsUtc?: boolean;
  /** Header texts per column (from `profileColumns`); default: the header rows' cells joined with " · ". */
  headers?: string[];
}

/** The overall figures: counts, NPS, interval, margin of error and ignored cells. */
export interface OverallSummary extends TallySummary {
  ignored: number;
  moe: number | null;
  /** The band of the NPS (SPEC §2), null when there are no responses. */
  band: Band | null;
  /** Fewer than 30 responses. */
  fewResponses: boolean;
  /** The scale the score column was read on: `0-10`, or `1-11 recoded` (each answer minus 1; SPEC 10b). */
  scale: ScaleName;
}

/** One period of the trend. `start` is the instant of local midnight; `startDate` is `YYYY-MM-DD` local. */
export interface PeriodSummary extends TallySummary {
  start: number;
  startDate: string;
  label: string;
  /** Invalid score cells dated in this period. */
  ignored: number;
}

/** A period row with its change from the previous period. */
export interface PeriodChange extends PeriodSummary {
  /** NPS minus the previous period's NPS; null when either period is empty. */
  change: number | null;
  /** Unadjusted p-value of the difference test with the previous period; null when either is empty. */
  p: number | null;
  /** The p-value Holm-adjusted across the table's adjacent comparisons. */
  pAdjusted: number | null;
  /** pAdjusted < 1 − confidence; null when either period is empty. */
  significant: boolean | null;
  /** Fewer than 30 responses (and at least one). */
  fewResponses: boolean;
}

/** One segment value with its figures. */
export interface SegmentSummary extends TallySummary {
  /** Trimmed text of the segment; "(blank)" for blank cells. */
  value: string;
  /** The segment's NPS minus the NPS of every other response; null when there is no other response. */
  vsRest: number | null;
  /** Unadjusted p-value of the test against the rest. */
  p: number | null;
  /** Holm-adjusted across the table's segments. */
  pAdjusted: number | null;
  /** pAdjusted < 1 − confidence; null when there is no rest. */
  significant: boolean | null;
  /** Fewer than 30 responses. */
  fewResponses: boolean;
}

/** Everything the preview, the report and the CLI need. */
export interface TableAnalysis {
  /** Data rows looked at (firstDataRow..lastRow). */
  rows: number;
  confidence: number;
  overall: OverallSummary;
  /** The first {@link LISTED_ROWS} invalid score cells (`overall.ignored` is the total). */
  ignoredCells: IgnoredCell[];
  /** Rows with a valid score whose date cannot be read: total and the first few sheet rows. */
  undated: { total: number; rows: number[] };
  /** Header texts of the columns in use. */
  headers: { score: string; date: string | null; segment: string | null };
  /** True when text dates were read as UTC. */
  datesAreUtc: boolean;
  /** The period trend; empty rows when there is no date column or no dated response. */
  periods: { period: PeriodKind; rows: PeriodChange[] };
  /** Rolling NPS per period, when a window was asked for and there are dates. */
  rolling: { days: number; period: PeriodKind; rows: PeriodSummary[] } | null;
  /** The latest period against the previous one, a year earlier and the first (SPEC §6). */
  comparisons: HeadlineComparison[];
  /** NPS per value of the chosen segment column, most responses first. */
  segments: { column: number; header: string; rows: SegmentSummary[] } | null;
  /** Answers per score, index 0…10 (valid scores only). */
  scoreCounts: number[];
  /** Instants (ms) of the first and last dated response with a valid score; null without any. */
  dateSpan: { first: number; last: number } | null;
  /** Plain-language remarks for the user (no date column, undated rows…). */
  warnings: string[];
  /** The remarks about the score column's scale (1–11 recoded, 1–10, a rating), also in `warnings`: the report writes them by its figures. */
  scaleWarnings: string[];
  /** "What customers say" (SPEC 10), when a comment column is chosen. */
  themes?: ThemesResult | null;
  /** "People" (SPEC 10), when a respondent column is chosen. */
  people?: PeopleSummary | null;
  /** "What goes with the score" (SPEC 10b): every answer tested over the mapping's driver columns, significant first. */
  drivers?: DriverRow[];
}

/**
 * Analyses the table of responses of a sheet.
 *
 * @param columns the data rows of the columns it reads ({@link wantedColumns}: score, date, segment) and their header cells
 * @param table where the table is (1-based sheet rows)
 * @param mapping which column is the score, the date, the segments
 * @param settings period, segment column, rolling window, confidence, zone, locale
 * @throws Error with a plain message when there is no score column, or the
 *   dates span too many periods
 * @example
 * const values = [['Date', 'Score'], ['2025-01-05', 10], ['2025-02-03', 3]];
 * const table = { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 3 };
 * const a = analyzeTable(columnsOfGrid(values, table), table,
 *   { score: 1, date: 0, segments: [], comments: [] },
 *   { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95, timeZone: 'UTC', locale: 'en_US' });
 * a.overall.nps;                                   // 0
 * a.periods.rows.map((r) => [r.label, r.nps]);     // [['Jan 2025', 100], ['Feb 2025', -100]]
 */
export function analyzeTable(columns: TableColumns, table: TablePosition, mapping: ColumnMapping, settings: AnalysisSettings): TableAnalysis {
  const scoreColumn = mapping.score;
  if (scoreColumn === null || scoreColumn === undefined) {
    throw new Error('No score column is chosen. Pick the column with the 0–10 answers as "score" in the sidebar.');
  }
  const zone = settings.zone ?? zoneFor(settings.timeZone);
  const confidence = settings.confidence;
  const first = table.firstDataRow - 1;
  const count = Math.max(0, table.lastRow - first);
  const headerOf = (column: number) => (settings.headers && settings.headers[column] !== undefined ? settings.headers[column] : headerText(columns, column));
  const scoreCells = columns.cells(scoreColumn);
  const scoreHeaders = columns.headerCells(scoreColumn);

  const scores = new Int8Array(count);
  const overallTally = emptyTally();
  const ignoredCells: IgnoredCell[] = [];
  const scale = scoreScale(scoreCells, headerOf(scoreColumn));
  const recoded = scale.name === '1-11 recoded';
  for (let i = 0; i < count; i++) {
    const cell = scoreCells[i];
    // Whole numbers 0–10 skip readScore: the common case costs a comparison.
    let s = recoded ? recodedScore(cell) : typeof cell === 'number' && cell >= 0 && cell <= 10 && (cell | 0) === cell ? cell : readScore(cell);
    // The header repeated under the table (two exports pasted one under the other) is not an answer.
    if (s === INVALID && isScoreHeader(scoreHeaders, cell)) s = BLANK;
    scores[i] = s;
    addScore(overallTally, s);
    if (s === INVALID && ignoredCells.length < LISTED_ROWS) ignoredCells.push({ row: first + i + 1, value: cellDisplayText(cell, zone) });
  }

  const warnings: string[] = scale.warnings.slice();
  const dateColumn = mapping.date;
  const dateHeader = dateColumn === null ? null : headerOf(dateColumn);
  const datesAreUtc = settings.dateColumnIsUtc ?? (dateHeader !== null && /\(UTC\)/i.test(dateHeader));
  let instants: Float64Array | null = null;
  const undated = { total: 0, rows: [] as number[] };
  if (dateColumn !== null) {
    instants = readDateColumn(columns.cells(dateColumn), zone, { locale: settings.locale, textIsUtc: datesAreUtc, dateCellsAreUtc: datesAreUtc });
    for (let i = 0; i < count; i++) {
      if (scores[i] >= 0 && instants[i] !== instants[i]) {
        undated.total++;
        if (undated.rows.length < LISTED_ROWS) undated.rows.push(first + i + 1);
      }
    }
    if (undated.total > 0) {
      const plural = undated.total === 1 ? 'response has a date that cannot' : 'responses have dates that cannot';
      warnings.push(`${undated.total} ${plural} be read (${undated.rows.length === 1 ? 'row' : 'rows'} ${undated.rows.join(', ')}${undated.total > undated.rows.length ? ', …' : ''}); they count in the overall NPS but not in the trend.`);
    }
  } else {
    warnings.push('No date column is chosen, so there is no trend. Mark the column with the response dates as "date".');
  }

  const scoreCounts = new Array<number>(11).fill(0);
  for (let i = 0; i < count; i++) if (scores[i] >= 0) scoreCounts[scores[i]]++;
  let dateSpan: TableAnalysis['dateSpan'] = null;
  if (instants) {
    for (let i = 0; i < count; i++) {
      const t = instants[i];
      if (scores[i] < 0 || t !== t) continue;
      if (!dateSpan) dateSpan = { first: t, last: t };
      else if (t < dateSpan.first) dateSpan.first = t;
      else if (t > dateSpan.last) dateSpan.last = t;
    }
  }

  const period = settings.period;
  const buckets = instants ? trendFailure(() => tallyByPeriod(instants!, scores, period, zone)) : [];
  const periodRows = withChanges(buckets, confidence);
  const comparisons = headlineComparisons(buckets, period, confidence);
  let rolling: TableAnalysis['rolling'] = null;
  if (instants && settings.rollingDays !== null && settings.rollingDays !== undefined) {
    const days = settings.rollingDays;
    const buckets = trendFailure(() => rollingByPeriod(instants!, scores, days, period, zone));
    rolling = { days, period, rows: buckets.map((b) => periodSummary(b, confidence)) };
  }

  let segments: TableAnalysis['segments'] = null;
  const segmentColumn = settings.segmentColumn;
  if (segmentColumn !== null && segmentColumn !== undefined) {
    const tallies = tallyBySegment(columns.cells(segmentColumn), scores, zone, 1);
    segments = segmentTableOf(segmentColumn, headerOf(segmentColumn), tallies, overallTally, confidence);
  }

  const overall: OverallSummary = {
    ...summaryOf(overallTally, confidence),
    ignored: overallTally.ignored,
    moe: responsesOf(overallTally) > 0 ? marginOfError(overallTally, confidence) : null,
    band: responsesOf(overallTally) > 0 ? bandOf(npsOf(overallTally)) : null,
    fewResponses: isFewResponses(responsesOf(overallTally)),
    scale: scale.name,
  };
  if (overall.responses === 0) warnings.push('The score column holds no 0–10 answers yet.');
  // What customers say and the people behind the score (SPEC §10), from the columns they read.
  const respondentColumn = mapping.respondent ?? null;
  const voices = themesAndPeople({
    scores,
    comments: mapping.comments.length ? columns.cells(mapping.comments[0]) : null,
    respondents: respondentColumn === null ? null : columns.cells(respondentColumn),
    dates: dateColumn === null ? null : columns.cells(dateColumn),
  }, { zone, locale: settings.locale, confidence, datesAreUtc });
  warnings.push(...voices.warnings);
  const driverColumns = (mapping.drivers ?? []).filter((column) => column !== scoreColumn && column !== dateColumn);
  const drivers = findDrivers(driverColumns.map((column) => ({ column, header: headerOf(column), cells: columns.cells(column) })), scores, { confidence, zone });
  return {
    rows: count,
    confidence,
    overall,
    ignoredCells,
    undated,
    headers: { score: headerOf(scoreColumn), date: dateHeader, segment: segments ? segments.header : null },
    datesAreUtc,
    periods: { period, rows: periodRows },
    comparisons,
    rolling,
    segments,
    scoreCounts,
    dateSpan,
    warnings,
    themes: voices.themes,
    people: voices.people,
    drivers,
    scaleWarnings: scale.warnings,
  };
}

/**
 * Counts, NPS and interval of a tally; NPS and interval null when it has no responses.
 *
 * @example summaryOf({ promoters: 1, passives: 0, detractors: 1, ignored: 0 }, 0.95).nps // 0
 */
export function summaryOf(tally: Tally, confidence: number): TallySummary {
  const responses = responsesOf(tally);
  const base = { responses, promoters: tally.promoters, passives: tally.passives, detractors: tally.detractors };
  if (responses === 0) return { ...base, nps: null, ci: null };
  const [low, high] = npsInterval(tally, confidence);
  return { ...base, nps: npsOf(tally), ci: [low, high] };
}

function periodSummary(bucket: PeriodBucket, confidence: number): PeriodSummary {
  return { start: bucket.start, startDate: bucket.startDate, label: bucket.label, ...summaryOf(bucket.tally, confidence), ignored: bucket.tally.ignored };
}

/**
 * Period rows with the change from the previous period and its difference test, Holm-adjusted across the table.
 *
 * @example withChanges(tallyByPeriod(instants, scores, 'month', zone), 0.95)[1].change // NPS of the 2nd month − the 1st's
 */
export function withChanges(buckets: PeriodBucket[], confidence: number): PeriodChange[] {
  const tests = adjacentComparisons(buckets.map((b) => b.tally), confidence);
  return buckets.map((bucket, i) => ({ ...periodSummary(bucket, confidence), ...tests[i], fewResponses: isFewResponses(responsesOf(bucket.tally)) }));
}

/** Runs a period computation, turning its error into a sentence about the dates. */
function trendFailure<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The trend cannot be built: ${reason}.`);
  }
}

/** True when `cell` holds the same text as one of the score column's header cells. */
function isScoreHeader(headers: unknown[], cell: unknown): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim().toLowerCase();
  for (const header of headers) {
    if (typeof header === 'string' && header.trim().toLowerCase() === text && text !== '') return true;
  }
  return false;
}

/** A column's header text from its header cells (as {@link headerTextOf} joins them). */
function headerText(columns: TableColumns, column: number): string {
  const cells = columns.headerCells(column);
  return headerTextOf(cells.map((cell) => [cell]), { headerRow: 1, headerRows: cells.length, firstDataRow: cells.length + 1, lastRow: cells.length }, 0);
}

/**
 * The "NPS by segment" table: each segment's summary and its test against
 * the rest of the responses (Holm-adjusted across the segments).
 *
 * @param column the segment column (0-based)
 * @param header its header text
 * @param tallies each segment's tally, in the table's order
 * @param overall the tally of every response
 * @param confidence the confidence level of the intervals and tests
 */
export function segmentTableOf(column: number, header: string, tallies: SegmentTally[], overall: Tally, confidence: number): NonNullable<TableAnalysis['segments']> {
  const tests = versusRest(tallies.map((s) => s.tally), overall, confidence);
  return {
    column,
    header,
    rows: tallies.map((s, i) => ({
      value: s.value,
      ...summaryOf(s.tally, confidence),
      vsRest: tests[i].change,
      p: tests[i].p,
      pAdjusted: tests[i].pAdjusted,
      significant: tests[i].significant,
      fewResponses: isFewResponses(responsesOf(s.tally)),
    })),
  };
}
