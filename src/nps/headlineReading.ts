/**
 * How a person reads the headline NPS (SPEC §2): its band on the −100…100
 * scale, its interval as two bounds, and whether it rests on few responses.
 * The sidebar, the report, the CLI and the HTML page all show this.
 */
import type { HeadlineReading, TallySummary } from '../shared/contract';
import { NPS_SCALE, bandOf } from './bands';
import { isFewResponses } from './fewResponses';
import { rangeInWords } from './rangeWords';

/**
 * The reading of an NPS with its interval.
 *
 * @param summary the overall counts, NPS and interval
 * @param confidence the interval's confidence level
 * @example headlineReading({ responses: 100, promoters: 70, passives: 20, detractors: 10, nps: 60, ci: [45.27, 71.24] }, 0.95)
 * // { band: 'Excellent', scale: 'scale −100 to 100', range: 'likely between 45 and 71 (95 % confidence)', fewResponses: false }
 */
export function headlineReading(summary: TallySummary, confidence: number): HeadlineReading {
  const has = summary.responses > 0 && summary.nps !== null;
  return {
    band: has ? bandOf(summary.nps as number) : null,
    scale: NPS_SCALE,
    range: has && summary.ci ? rangeInWords(summary.ci, confidence) : null,
    fewResponses: isFewResponses(summary.responses),
  };
}
