/**
 * The report's sentences and words: the title (source, first–last response
 * date in the sheet's zone, responses), the headline NPS in words (band,
 * scale, range, few responses), and "Significant change" / "Significant vs
 * rest" as a reader says it (`Yes ▲`, `Yes ▼`, `No`). Pure.
 */
import type { OverallSummary } from '../nps/analysis';
import { NPS_SCALE } from '../nps/bands';
import { FEW_RESPONSES_MARK } from '../nps/fewResponses';
import { readablePeriod } from '../nps/periodWords';
import { npsText, rangeInWords } from '../nps/rangeWords';
import type { Zone } from '../nps/zone';

/**
 * A response instant as the sheet's zone writes its day.
 * @example localDay(Date.UTC(2025, 0, 1, 3), zoneFor('America/New_York')) // 'Dec 31, 2024'
 */
export function localDay(instant: number, zone: Zone): string {
  const local = new Date(instant + zone.offsetMinutes(instant) * 60000).toISOString().slice(0, 10);
  return readablePeriod(local, local, 'day');
}

/**
 * The report's title.
 *
 * @param sourceName the source sheet's name
 * @param span first and last response instants, null without dates
 * @param responses valid scores
 * @param zone the sheet's zone
 * @example reportTitle('Responses', { first: Date.UTC(2025, 0, 1, 12), last: Date.UTC(2025, 5, 30, 12) }, 200, zoneFor('UTC'))
 * // 'NPS · Responses — Jan 1, 2025 – Jun 30, 2025 · 200 responses'
 */
export function reportTitle(sourceName: string, span: { first: number; last: number } | null, responses: number, zone: Zone): string {
  const count = `${responses} ${responses === 1 ? 'response' : 'responses'}`;
  if (!span) return `NPS · ${sourceName} — ${count}`;
  const first = localDay(span.first, zone);
  const last = localDay(span.last, zone);
  return `NPS · ${sourceName} — ${first === last ? first : `${first} – ${last}`} · ${count}`;
}

/**
 * The headline NPS in words: it leads with the NPS, its band and the scale,
 * then the range, then "few responses" when under 30.
 *
 * @example readingText({ nps: 60, band: 'Excellent', ci: [45.3, 71.2], fewResponses: false, … }, 0.95)
 * // 'NPS 60.0 — Excellent (scale −100 to 100), likely between 45 and 71 (95 % confidence)'
 */
export function readingText(overall: OverallSummary, confidence: number): string {
  if (overall.nps === null || overall.band === null) return 'No NPS yet: the score column holds no 0–10 answers.';
  const range = overall.ci ? `, ${rangeInWords(overall.ci, confidence)}` : '';
  const few = overall.fewResponses ? ` — ${FEW_RESPONSES_MARK} (${overall.responses})` : '';
  return `NPS ${npsText(overall.nps)} — ${overall.band} (${NPS_SCALE})${range}${few}`;
}


