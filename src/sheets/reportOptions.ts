/**
 * Checking the options the sidebar sends (they cross google.script.run as
 * plain data, so nothing about them is guaranteed), with defaults and
 * messages a marketer can act on.
 */
import { PERIOD_KINDS, REPORT_MODES, type AnalysisOptions, type ReportOptions } from '../shared/contract';
import { describe } from './formulaArgs';

/** Longest rolling window accepted, in days (ten years). */
const MAX_ROLLING_DAYS = 3660;

/**
 * Analysis options with defaults (month, no segment, no rolling window, 0.95).
 * @throws Error naming the option that is not valid
 * @example analysisOptions({ period: 'week' }) // { period: 'week', segmentColumn: null, rollingDays: null, confidence: 0.95 }
 */
export function analysisOptions(input: Partial<AnalysisOptions> | null | undefined): AnalysisOptions {
  const o = input || {};
  const period = o.period === undefined || o.period === null ? 'month' : o.period;
  if (PERIOD_KINDS.indexOf(period) < 0) throw new Error(`${describe(period)} is not a period. Choose one of: ${PERIOD_KINDS.join(', ')}.`);
  const segmentColumn = o.segmentColumn === undefined ? null : o.segmentColumn;
  if (segmentColumn !== null && !(Number.isInteger(segmentColumn) && segmentColumn >= 0)) {
    throw new Error('The segment column is not a column of this sheet. Pick it again in the sidebar.');
  }
  const rollingDays = o.rollingDays === undefined ? null : o.rollingDays;
  if (rollingDays !== null && !(Number.isInteger(rollingDays) && rollingDays >= 1 && rollingDays <= MAX_ROLLING_DAYS)) {
    throw new Error(`The rolling window must be a whole number of days from 1 to ${MAX_ROLLING_DAYS}.`);
  }
  const confidence = o.confidence === undefined || o.confidence === null ? 0.95 : o.confidence;
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new Error('The confidence level must be between 0 and 1, such as 0.95 for 95 %.');
  }
  return { period, segmentColumn, rollingDays, confidence };
}

/**
 * Report options with defaults (snapshot mode).
 * @throws Error naming the option that is not valid
 * @example reportOptions({ period: 'month', mode: 'live' }).mode // 'live'
 */
export function reportOptions(input: Partial<ReportOptions> | null | undefined): ReportOptions {
  const mode = input && input.mode ? input.mode : 'snapshot';
  if (REPORT_MODES.indexOf(mode) < 0) throw new Error(`${describe(mode)} is not a report mode. Choose snapshot or live.`);
  const followUp = input && input.followUp !== undefined && input.followUp !== null ? input.followUp : false;
  if (typeof followUp !== 'boolean') throw new Error('The follow-up lists option must be on or off (true or false).');
  // Only an asked-for follow-up sheet is remembered, so that records of reports without one read as before.
  return followUp ? { ...analysisOptions(input), mode, followUp } : { ...analysisOptions(input), mode };
}
