/**
 * The analysis of a table from the count query's tallies: the same
 * {@link TableAnalysis} the sheet path builds from rows, with the same
 * functions (intervals, bands, period and segment tables, Holm, headline
 * comparisons). What needs single rows is left out: ignored cells and
 * undated rows are counted but not listed, there is no rolling window, and
 * themes, people and drivers are absent.
 */
import type { PeriodKind } from '../../shared/contract';
import { segmentTableOf, summaryOf, withChanges, type TableAnalysis } from '../analysis';
import { bandOf } from '../bands';
import { daysFromCivil, DAY_MS } from '../civil';
import { isFewResponses } from '../fewResponses';
import { headlineComparisons } from '../headlineComparisons';
import { marginOfError } from '../intervals';
import { npsOf } from '../nps';
import { bucketOf, checkPeriodCount, periodIndexOfDay, type PeriodBucket } from '../periods';
import { foldSegments, type SegmentTally } from '../segments';
import type { ScoreScale } from '../scoreScale';
import { emptyTally, responsesOf, type Tally } from '../tally';
import { zoneFor } from '../zone';
import type { CountTallies } from './countTallies';

/** What the analysis needs besides the counts. */
export interface CountAnalysisSettings {
  period: PeriodKind;
  confidence: number;
  /** The spreadsheet's zone (the one the query bucketed dates in). */
  timeZone: string;
  /** Header texts of the columns in use (null when the column is not used). */
  headers: { score: string; date: string | null; segment: string | null };
  /** 0-based index of the segment column, null without one. */
  segmentColumn: number | null;
  /** Whether the query read dates without an offset as UTC. */
  datesAreUtc: boolean;
  /** The scale the counts were read on (../scoreScale.ts `scaleOfCounts` of the query's answer counts); its warnings lead. */
  scale: ScoreScale;
  /**
   * The segment name of a trimmed segment text (null: a blank cell), as the
   * sheet path would show it; texts with the same name are pooled. Default:
   * the text, `(blank)` for null.
   */
  segmentName?: (text: string | null) => string;
}

/**
 * The analysis of a table from its counts.
 *
 * @throws Error when the dates span too many periods (as the sheet path)
 * @example
 * const counts = talliesOfCounts(rows); // from countQuery's result
 * analysisOfCounts(counts, { period: 'month', confidence: 0.95, timeZone: 'UTC',
 *   headers: { score: 'Score', date: 'Date', segment: null }, segmentColumn: null, datesAreUtc: false,
 *   scale: { name: '0-10', warnings: [] } }).overall.nps;
 */
export function analysisOfCounts(counts: CountTallies, settings: CountAnalysisSettings): TableAnalysis {
  const { confidence, period } = settings;
  const zone = zoneFor(settings.timeZone);
  const overallTally = counts.overall;
  const responses = responsesOf(overallTally);
  const warnings: string[] = settings.scale.warnings.slice();
  const hasDates = settings.headers.date !== null;
  const undatedAnswers = responsesOf(counts.undated);
  if (!hasDates) warnings.push('No date column is chosen, so there is no trend. Mark the column with the response dates as "date".');
  else if (undatedAnswers > 0) {
    const plural = undatedAnswers === 1 ? 'response has a date that cannot' : 'responses have dates that cannot';
    warnings.push(`${undatedAnswers} ${plural} be read; they count in the overall NPS but not in the trend.`);
  }

  const buckets = hasDates ? periodBuckets(counts.periods, period, zone) : [];
  let segments: TableAnalysis['segments'] = null;
  if (settings.segmentColumn !== null) {
    const tallies = segmentTallies(counts.segments, settings.segmentName ?? ((text) => text ?? '(blank)'));
    segments = segmentTableOf(settings.segmentColumn, settings.headers.segment ?? '', tallies, overallTally, confidence);
  }
  if (responses === 0) warnings.push('The score column holds no 0–10 answers yet.');
  return {
    rows: counts.rows,
    confidence,
    overall: {
      ...summaryOf(overallTally, confidence),
      ignored: overallTally.ignored,
      moe: responses > 0 ? marginOfError(overallTally, confidence) : null,
      band: responses > 0 ? bandOf(npsOf(overallTally)) : null,
      fewResponses: isFewResponses(responses),
      scale: settings.scale.name,
    },
    ignoredCells: [],
    undated: { total: hasDates ? undatedAnswers : 0, rows: [] },
    headers: { score: settings.headers.score, date: settings.headers.date, segment: segments ? segments.header : null },
    datesAreUtc: settings.datesAreUtc,
    periods: { period, rows: withChanges(buckets, confidence) },
    comparisons: headlineComparisons(buckets, period, confidence),
    rolling: null,
    segments,
    scoreCounts: [...counts.scoreCounts],
    dateSpan: dateSpanOf(counts, zone),
    warnings,
    scaleWarnings: settings.scale.warnings.slice(),
    themes: null,
    people: null,
    drivers: [],
  };
}

/**
 * One bucket per period from the first to the last period with a 0–10
 * answer, empty periods included; invalid answers count only within that
 * span (as tallyByPeriod).
 */
function periodBuckets(periods: Map<string, Tally>, kind: PeriodKind, zone: ReturnType<typeof zoneFor>): PeriodBucket[] {
  const byIndex = new Map<number, Tally>();
  let first = Infinity;
  let last = -Infinity;
  periods.forEach((tally, startDate) => {
    const index = periodIndexOfDay(dayOfDate(startDate), kind);
    poolInto(byIndex, index, tally);
    if (responsesOf(tally) > 0) {
      first = Math.min(first, index);
      last = Math.max(last, index);
    }
  });
  if (first > last) return [];
  checkPeriodCount(first, last, kind);
  const buckets: PeriodBucket[] = [];
  for (let index = first; index <= last; index++) {
    const bucket = bucketOf(index, kind, zone);
    bucket.tally = byIndex.get(index) ?? emptyTally();
    buckets.push(bucket);
  }
  return buckets;
}

/** Segment tallies by name (texts with one name pooled), folded and ordered as the sheet path's (../segments.ts `foldSegments`). */
function segmentTallies(segments: Map<string | null, Tally>, nameOf: (text: string | null) => string): SegmentTally[] {
  const byName = new Map<string, Tally>();
  segments.forEach((tally, text) => {
    poolInto(byName, nameOf(text), tally);
  });
  return foldSegments(byName, 1);
}

/** Adds a tally's four counts to the one kept under `key` (a new one when there is none). */
function poolInto<K>(pools: Map<K, Tally>, key: K, tally: Tally): void {
  const pooled = pools.get(key) ?? emptyTally();
  pooled.promoters += tally.promoters;
  pooled.passives += tally.passives;
  pooled.detractors += tally.detractors;
  pooled.ignored += tally.ignored;
  pools.set(key, pooled);
}

/** The instants of the first and last dated answer, from their wall clocks in the zone. */
function dateSpanOf(counts: CountTallies, zone: ReturnType<typeof zoneFor>): TableAnalysis['dateSpan'] {
  if (counts.firstTime === null || counts.lastTime === null) return null;
  return { first: zone.toInstant(wallClockMs(counts.firstTime)), last: zone.toInstant(wallClockMs(counts.lastTime)) };
}

/**
 * The day number of `YYYY-MM-DD` (a negative year may lead).
 *
 * @throws Error on any other text (the query writes only this form)
 */
function dayOfDate(text: string): number {
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})/.exec(text);
  if (!m) throw new Error(`The count query returned a period start that is not a date: "${text}"`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A wall clock `YYYY-MM-DD[ T]HH:MM:SS[.ffffff]` as a UTC-based ms count. */
function wallClockMs(text: string): number {
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?)?/.exec(text);
  if (!m) throw new Error(`The count query returned a time that cannot be read: "${text}"`);
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  return dayOfDate(text) * DAY_MS + (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) * 1000 + ms;
}
