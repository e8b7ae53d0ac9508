/**
 * A report's options as a person reads them — "by month · split by Region ·
 * snapshot" — and, when the user changed some before a refresh, what will
 * change: "by week (was by month)". Pure text; the segment column arrives
 * as its header, already looked up.
 */
import type { PeriodKind, ReportMode, ReportOptions } from '../shared/contract';

/** The report options a reader cares about, with the segment column named. */
export interface OptionsToName {
  period: PeriodKind;
  /** The segment column's name (its header, or "column D"), or null for no split. */
  segmentName: string | null;
  rollingDays: number | null;
  mode: ReportMode;
}

const PERIOD_WORDS: { readonly [P in PeriodKind]: string } = {
  day: 'by day',
  week: 'by week',
  'week-sunday': 'by week (from Sunday)',
  month: 'by month',
  quarter: 'by quarter',
  year: 'by year',
};

/**
 * Each option in words, in the order a report reads: period, split, rolling window, mode.
 * "No split" and "no rolling window" are left out unless `all` is true.
 */
function optionWords(options: OptionsToName, all: boolean): { period: string; split: string | null; rolling: string | null; mode: string } {
  return {
    period: PERIOD_WORDS[options.period] || `by ${options.period}`,
    split: options.segmentName !== null ? `split by ${options.segmentName}` : all ? 'no split' : null,
    rolling: options.rollingDays !== null ? `${options.rollingDays}-day rolling NPS` : all ? 'no rolling NPS' : null,
    mode: options.mode,
  };
}

/**
 * The options in words, joined with " · ".
 *
 * @param options period, segment name, rolling window and mode
 * @example
 * optionsInWords({ period: 'month', segmentName: 'Region', rollingDays: null, mode: 'snapshot' })
 * // 'by month · split by Region · snapshot'
 * optionsInWords({ period: 'week', segmentName: null, rollingDays: 90, mode: 'live' })
 * // 'by week · 90-day rolling NPS · live'
 */
export function optionsInWords(options: OptionsToName): string {
  const words = optionWords(options, false);
  return [words.period, words.split, words.rolling, words.mode].filter((w): w is string => w !== null).join(' · ');
}

/**
 * What changes from the options a report was built with to the ones chosen
 * now, one entry per changed option, in report order; [] when nothing changes.
 *
 * @param before the options the report was built with
 * @param after the options chosen now
 * @example
 * optionChanges(
 *   { period: 'month', segmentName: 'Region', rollingDays: null, mode: 'snapshot' },
 *   { period: 'week', segmentName: null, rollingDays: null, mode: 'snapshot' },
 * ) // ['by week (was by month)', 'no split (was split by Region)']
 */
export function optionChanges(before: OptionsToName, after: OptionsToName): string[] {
  const was = optionWords(before, true);
  const now = optionWords(after, true);
  const keys = ['period', 'split', 'rolling', 'mode'] as const;
  return keys.filter((key) => was[key] !== now[key]).map((key) => `${now[key]} (was ${was[key]})`);
}

/**
 * Names the options of a report, given how to name its segment column.
 *
 * @param options the report options (segment as a column index)
 * @param columnName the name of a column index (its header, or "column D")
 * @example
 * namedOptions({ period: 'month', segmentColumn: 3, rollingDays: null, confidence: 0.95, mode: 'live' }, () => 'Plan').segmentName // 'Plan'
 */
export function namedOptions(options: ReportOptions, columnName: (index: number) => string): OptionsToName {
  return {
    period: options.period,
    segmentName: options.segmentColumn === null ? null : columnName(options.segmentColumn),
    rollingDays: options.rollingDays,
    mode: options.mode,
  };
}
