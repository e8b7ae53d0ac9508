/**
 * "What goes with the score" on the `--out report.html` page (SPEC §10b):
 * the significant drivers (at most {@link MAX_LISTED}) in a table and in a
 * chart of their differences from the rest, drawn by the page's own SVG
 * renderer. Every text from the data is escaped.
 */
import type { DriverRow } from '../../nps/drivers/driverTypes';
import type { ChartSpec } from '../playground/chartSpec';
import { MAX_LISTED } from './driversText';
import { escapeHtml } from './escapeHtml';
import { chartSvg } from './svgCharts';

const HIGHER = '#1e8e3e';
const LOWER = '#d93025';

/**
 * The section's HTML ("" when no answer was tested).
 *
 * @param drivers the analysis' drivers, significant first
 * @param confidence the confidence level of the tests
 */
export function driversHtml(drivers: readonly DriverRow[] | undefined, confidence: number): string {
  const tested = (drivers ?? []).filter((d) => d.tested);
  if (tested.length === 0) return '';
  const level = `${Math.round(confidence * 100)}%`;
  const listed = tested.filter((d) => d.significant).slice(0, MAX_LISTED);
  const parts = ['<h2>What goes with the score</h2>'];
  if (listed.length === 0) {
    parts.push(`<p class="note">No answer goes with a higher or lower score beyond chance (${tested.length} answers tested at ${level} confidence).</p>`);
    return parts.join('\n');
  }
  const head = ['Question', 'Answer', 'Responses', 'NPS', 'vs rest', 'p adjusted'];
  const numeric = [false, false, true, true, true, true];
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${h}</th>`).join('');
  const rows = listed.map((d) => {
    const cells = [
      escapeHtml(d.question),
      escapeHtml(d.answer),
      String(d.responses),
      d.nps.toFixed(1),
      `<span class="${d.vsRest! > 0 ? 'sig-up' : 'sig-down'}">${d.vsRest! > 0 ? '+' : ''}${d.vsRest!.toFixed(1)}</span>`,
      pText(d.pAdjusted!),
    ];
    return `<tr>${cells.map((cell, i) => `<td${numeric[i] ? ' class="n"' : ''}>${cell}</td>`).join('')}</tr>`;
  });
  parts.push(`<table><thead><tr>${th}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`);
  parts.push(`<div class="charts">${chartSvg(differenceChart(listed), 'drivers')}</div>`);
  parts.push(
    `<p class="note">Answers whose responses give a higher or lower NPS than the other responses to the same question, beyond chance at ${level} confidence ` +
      `allowing for the ${tested.length} answers tested (Holm).${tested.filter((d) => d.significant).length > listed.length ? ' The JSON output lists the others.' : ''}</p>`,
  );
  return parts.join('\n');
}

/** Horizontal bars of each driver's difference from the rest: green above, red below. */
function differenceChart(listed: DriverRow[]): ChartSpec {
  const series = (name: string, color: string, keep: (v: number) => boolean) => ({
    name, values: listed.map((d) => (keep(d.vsRest!) ? d.vsRest! : null)), kind: 'bars' as const, color, dashed: false, axis: 0 as const, inLegend: true,
  });
  return {
    id: null,
    sheet: '',
    type: 'BAR',
    title: 'What goes with the score: NPS against the rest of the question',
    labels: listed.map((d) => `${d.answer} (${d.question})`),
    series: [series('Higher NPS', HIGHER, (v) => v > 0), series('Lower NPS', LOWER, (v) => v <= 0)],
    stacked: true,
    horizontal: true,
    legend: 'bottom',
    valueAxisTitle: 'Difference in NPS points',
    categoryAxisTitle: '',
    valueMin: null,
    valueMax: null,
    valueTicks: null,
    dataLabels: [false, false],
    width: 720,
    height: 340,
  };
}

/** A p-value as a reader reads it. */
function pText(p: number): string {
  return p < 0.001 ? '&lt; 0.001' : p.toFixed(3);
}
