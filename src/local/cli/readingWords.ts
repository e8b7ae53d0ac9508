/**
 * The facts every readable output states the same way (SPEC §2, §6): the
 * headline NPS with its band and the scale, the dates the responses span,
 * significance in words and the "few responses" mark. The text summary and
 * the HTML page both use these, so they cannot drift apart (significance and
 * the few-responses note come from the engine, shared with the report).
 */
import type { TableAnalysis } from '../../nps/analysis';
import { NPS_SCALE } from '../../nps/bands';
import { readablePeriod } from '../../nps/periodWords';
import { npsText } from '../../nps/rangeWords';

/**
 * "NPS 21.1 · Good (scale −100 to 100)", or a sentence when there is no answer.
 * @example headlineText({ nps: 60, band: 'Excellent', … }) // 'NPS 60.0 · Excellent (scale −100 to 100)'
 */
export function headlineText(overall: TableAnalysis['overall']): string {
  if (overall.nps === null || overall.band === null) return 'NPS: no valid 0–10 answers';
  return `NPS ${npsText(overall.nps)} · ${overall.band} (${NPS_SCALE})`;
}


/**
 * The span of the dated responses, from the first to the last period with answers ("Jan 2025 to Jun 2025"), or null without dates.
 * @example dateSpanText(analysis) // 'Jan 2025 to Jun 2025'
 */
export function dateSpanText(analysis: TableAnalysis): string | null {
  const filled = analysis.periods.rows.filter((row) => row.responses > 0);
  if (filled.length === 0) return null;
  const name = (row: (typeof filled)[number]) => readablePeriod(row.startDate, row.label, analysis.periods.period);
  const first = name(filled[0]);
  const last = name(filled[filled.length - 1]);
  return first === last ? first : `${first} to ${last}`;
}



/**
 * A count with its noun, in the singular for one: "1 promoter", "0 passives", "150 responses".
 *
 * @param count how many
 * @param noun the singular noun (made plural with an s)
 */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
