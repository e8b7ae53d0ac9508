/**
 * The `--out report.html` page of `nps-sheets analyze`: one self-contained
 * file (inline CSS, charts as inline SVG, no script, no request to any host;
 * a Content-Security-Policy forbids loading anything) that leads with the
 * answer — the NPS, its band on the −100…100 scale, its range in words and
 * the comparisons in words — then the mix of answers, the charts the add-on
 * built on the report sheet and the period and segment tables. Every text
 * from the user's data is escaped. It prints on paper as it reads on screen.
 * Internal figures (detector confidences, service calls) only with `--verbose`.
 */
import type { TallySummary } from '../../shared/contract';
import { forTheCommandLine } from './cliWording';
import type { AnalyzeOutcome } from './outcome';
import { escapeHtml } from './escapeHtml';
import { chartSvg } from './svgCharts';
import { headlineSection, mixBar } from './htmlHeadline';
import { counted, dateSpanText } from './readingWords';
import { significanceWords } from '../../nps/significanceWords';
import { fewResponsesNote } from '../../nps/fewResponses';
import { isThemesChart, themesHtml } from './htmlThemes';
import { peopleHtml } from './htmlPeople';
import { driversHtml } from './driversHtml';

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; margin: 24px auto; max-width: 980px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.meta { color: #5f6368; margin: 0 0 16px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; }
.card { border: 1px solid #dadce0; border-radius: 8px; padding: 10px 14px; min-width: 120px; }
.card b { display: block; font-size: 24px; }
.card span { color: #5f6368; font-size: 12px; }
table { border-collapse: collapse; margin: 4px 0; }
th, td { border-bottom: 1px solid #e8eaed; padding: 4px 10px; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } td.n { white-space: nowrap; }
th { background: #f1f3f4; font-weight: 600; }
.sig-up { color: #137333; font-weight: 600; } .sig-down { color: #a50e0e; font-weight: 600; }
.few { color: #5f6368; font-style: italic; }
.charts svg { display: block; max-width: 100%; height: auto; margin: 12px 0; border: 1px solid #e8eaed; border-radius: 8px; }
svg text { font: 11px system-ui, sans-serif; fill: #3c4043; }
svg .chart-title { font-size: 14px; font-weight: 600; }
svg .grid { stroke: #e8eaed; } svg .zero { stroke: #9aa0a6; }
.promoters { color: #137333; } .passives { color: #5f6368; } .detractors { color: #c5221f; }
.note { color: #5f6368; }
svg .band-label { font-size: 10px; fill: #5f6368; }
.headline { display: flex; gap: 20px; align-items: flex-start; border: 1px solid #dadce0; border-radius: 8px; padding: 16px; }
.headline .score { min-width: 110px; text-align: center; }
.headline .score b { display: block; font-size: 44px; line-height: 1.1; }
.headline .score span { color: #5f6368; font-size: 12px; }
.headline .reading { flex: 1; min-width: 0; }
.headline .reading p { margin: 0 0 6px; }
.chip { display: inline-block; border-radius: 12px; padding: 1px 10px; font-weight: 600; }
.band-needs { background: #fce8e6; color: #a50e0e; } .band-good { background: #fef7e0; color: #7a4f01; }
.band-excellent { background: #e6f4ea; color: #137333; } .band-world { background: #ceead6; color: #0d652d; }
.scale { position: relative; height: 34px; margin: 8px 0 10px; }
.scale .track { display: flex; height: 10px; border-radius: 5px; overflow: hidden; }
.scale .track i { display: block; height: 100%; }
.scale .marker { position: absolute; top: -4px; width: 4px; height: 18px; margin-left: -2px; background: #202124; border-radius: 2px; }
.scale .tick { position: absolute; top: 14px; font-size: 11px; color: #5f6368; transform: translateX(-50%); }
.comparisons { margin: 6px 0 0; padding-left: 18px; }
.mix { margin: 16px 0 0; }
.mix .bar { display: flex; height: 22px; border-radius: 4px; overflow: hidden; }
.mix .bar i { display: block; height: 100%; }
.mix .legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-top: 6px; font-size: 13px; }
.mix .legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; background: currentColor; vertical-align: -1px; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
  @page { margin: 14mm; }
  h2 { break-after: avoid; }
  .headline, .mix, .charts svg, tr { break-inside: avoid; }
  .charts svg { border: none; max-width: 100%; }
  thead { display: table-header-group; }
  th { background: none; border-bottom: 1.5px solid #000; }
  .headline { border-color: #999; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * The whole page.
 *
 * @param outcome what the analysis and the report build produced
 * @returns HTML text, to be written as UTF-8
 */
export function htmlReport(outcome: AnalyzeOutcome): string {
  const { analysis, profile } = outcome;
  const o = analysis.overall;
  const level = `${Math.round(analysis.confidence * 100)}%`;
  const body: string[] = [];
  const span = dateSpanText(analysis);
  body.push(`<h1>NPS report · ${escapeHtml(outcome.sheet)}</h1>`);
  body.push(
    `<p class="meta">${escapeHtml(outcome.file)}${span ? ` · ${escapeHtml(span)}` : ''} · ${counted(o.responses, 'response')} · ` +
      `score column ${escapeHtml(analysis.headers.score)} · time zone ${escapeHtml(outcome.timeZone)}</p>`,
  );
  body.push(headlineSection(analysis));
  if (o.responses > 0) body.push(mixBar(o));
  if (o.ignored > 0) body.push(`<p class="note">${o.ignored} ${o.ignored === 1 ? 'value was' : 'values were'} not a 0–10 answer and ${o.ignored === 1 ? 'is' : 'are'} left out.</p>`);
  for (const warning of [...outcome.importWarnings, ...analysis.warnings]) body.push(`<p class="note">${escapeHtml(forTheCommandLine(warning))}</p>`);

  body.push(`<h2>Charts</h2><div class="charts">`);
  if (outcome.charts.length === 0) body.push('<p class="note">The report has no charts.</p>');
  outcome.charts.forEach((chart, i) => {
    if (!isThemesChart(chart)) body.push(chartSvg(chart, i));
  });
  body.push('</div>');

  body.push(`<h2>NPS by ${escapeHtml(analysis.periods.period)}</h2>`);
  if (analysis.periods.rows.length === 0) body.push('<p class="note">No dated responses.</p>');
  else {
    body.push(table(
      ['Period', 'Start', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', `Range (${level})`, 'Change', 'Significant', 'Note'],
      analysis.periods.rows.map((p) => [
        escapeHtml(p.label),
        escapeHtml(p.startDate),
        ...counts(p),
        p.change === null ? '' : `${p.change > 0 ? '+' : ''}${fixed(p.change, 1)}`,
        significanceCell(p.change, p.significant),
        fewCell(p.fewResponses),
      ]),
    ));
    body.push(`<p class="note">Significant: a real change from the previous period at ${level} confidence, allowing for every comparison in the table (Holm). Figures from fewer than 30 responses are marked.</p>`);
  }

  for (const segment of analysis.segments ? [analysis.segments] : []) {
    body.push(`<h2>NPS by ${escapeHtml(segment.header || `column ${segment.column}`)}</h2>`);
    body.push(table(
      ['Segment', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', `Range (${level})`, 'vs rest', 'Significant', 'Note'],
      segment.rows.map((s) => [
        escapeHtml(s.value),
        ...counts(s),
        s.vsRest === null ? '' : `${s.vsRest > 0 ? '+' : ''}${fixed(s.vsRest, 1)}`,
        significanceCell(s.vsRest, s.significant),
        fewCell(s.fewResponses),
      ]),
    ));
  }

  body.push(themesHtml(outcome), peopleHtml(outcome));

  const drivers = driversHtml(analysis.drivers, analysis.confidence);
  if (drivers) body.push(drivers);

  body.push('<h2>Columns</h2>');
  const columnRows = profile.columns.map((c) => [escapeHtml(c.letter), escapeHtml(c.header), escapeHtml(c.role)]);
  body.push(outcome.verbose
    ? table(['Column', 'Header', 'Role', 'Confidence'], columnRows.map((row, i) => [...row, fixed(profile.columns[i].confidence, 2)]))
    : table(['Column', 'Header', 'Role'], columnRows));
  const internals = outcome.verbose ? ` · ${outcome.serviceCalls} Spreadsheet service calls` : '';
  body.push(`<p class="note">${escapeHtml(forTheCommandLine(outcome.report.message))}${internals}.</p>`);

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>NPS report · ${escapeHtml(outcome.sheet)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>\n${body.join('\n')}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** "Yes ▲" / "Yes ▼" coloured, "No", or "". */
function significanceCell(change: number | null, significant: boolean | null): string {
  const word = significanceWords(significant, change);
  if (!word.startsWith('Yes')) return word;
  return `<span class="${change !== null && change > 0 ? 'sig-up' : 'sig-down'}">${escapeHtml(word)}</span>`;
}

function fewCell(few: boolean): string {
  return few ? `<span class="few">${fewResponsesNote(few)}</span>` : '';
}

/** Cells are already HTML (escaped by the caller); numeric columns are right-aligned. */
function table(head: string[], rows: string[][]): string {
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((row) => /^[-+]?[\d.]*$|^—$|^[-\d.]+ to [-\d.]+$/.test(row[i])));
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('');
  const trs = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="n"' : ''}>${cell}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs.join('\n')}\n</tbody></table>`;
}

function counts(t: TallySummary): string[] {
  return [String(t.responses), String(t.promoters), String(t.passives), String(t.detractors), t.nps === null ? '—' : fixed(t.nps, 1), interval(t.ci)];
}

function interval(ci: [number, number] | null): string {
  return ci ? `${fixed(ci[0], 1)} to ${fixed(ci[1], 1)}` : '—';
}

function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}
