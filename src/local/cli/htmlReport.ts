/**
 * The `--out report.html` page of `nps-sheets analyze`: one self-contained
 * file (inline CSS, charts as inline SVG, no script, no request to any host;
 * a Content-Security-Policy forbids loading anything) with the summary, the
 * period and segment tables and the charts the add-on built on the report
 * sheet. Every text from the user's data is escaped. Internal figures
 * (detector confidences, service calls) only with `--verbose`.
 */
import type { TallySummary } from '../../shared/contract';
import { forTheCommandLine } from './cliWording';
import type { AnalyzeOutcome } from './outcome';
import { escapeHtml } from './escapeHtml';
import { chartSvg } from './svgCharts';

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
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f8f9fa; font-weight: 600; }
.sig { color: #188038; font-weight: 600; }
.charts svg { display: block; max-width: 100%; height: auto; margin: 12px 0; border: 1px solid #e8eaed; border-radius: 8px; }
svg text { font: 11px system-ui, sans-serif; fill: #3c4043; }
svg .chart-title { font-size: 14px; font-weight: 600; }
svg .grid { stroke: #e8eaed; } svg .zero { stroke: #9aa0a6; }
.promoters { color: #188038; } .passives { color: #80868b; } .detractors { color: #d93025; }
.note { color: #5f6368; }
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
  body.push(`<h1>NPS report · ${escapeHtml(outcome.sheet)}</h1>`);
  body.push(`<p class="meta">${escapeHtml(outcome.file)} · time zone ${escapeHtml(outcome.timeZone)} · ${analysis.rows} rows · score column ${escapeHtml(analysis.headers.score)}</p>`);

  body.push('<div class="cards">');
  body.push(card(o.nps === null ? '—' : fixed(o.nps, 1), 'NPS'));
  body.push(card(`${interval(o.ci)}`, `${level} interval`));
  body.push(card(o.moe === null ? '—' : `±${fixed(o.moe, 1)}`, 'margin of error'));
  body.push(card(String(o.responses), 'responses'));
  body.push(card(`<span class="promoters">${o.promoters}</span> / <span class="passives">${o.passives}</span> / <span class="detractors">${o.detractors}</span>`, 'promoters / passives / detractors', true));
  body.push(card(String(o.ignored), 'ignored values'));
  body.push('</div>');
  for (const warning of [...outcome.importWarnings, ...analysis.warnings]) body.push(`<p class="note">${escapeHtml(forTheCommandLine(warning))}</p>`);

  body.push(`<h2>Charts</h2><div class="charts">`);
  if (outcome.charts.length === 0) body.push('<p class="note">The report has no charts.</p>');
  outcome.charts.forEach((chart, i) => body.push(chartSvg(chart, i)));
  body.push('</div>');

  body.push(`<h2>NPS by ${escapeHtml(analysis.periods.period)}</h2>`);
  if (analysis.periods.rows.length === 0) body.push('<p class="note">No dated responses.</p>');
  else {
    body.push(table(
      ['Period', 'Start', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', `${level} CI`, 'Change'],
      analysis.periods.rows.map((p) => [
        escapeHtml(p.label),
        escapeHtml(p.startDate),
        ...counts(p),
        p.change === null ? '' : `${p.change > 0 ? '+' : ''}${fixed(p.change, 1)}${p.significant ? ' <span class="sig" title="significant">*</span>' : ''}`,
      ]),
    ));
    if (analysis.periods.rows.some((p) => p.significant)) body.push(`<p class="note">* significant change at ${level} confidence</p>`);
  }

  for (const segment of outcome.segments) {
    body.push(`<h2>NPS by ${escapeHtml(segment.header || `column ${segment.column}`)}</h2>`);
    body.push(table(
      ['Segment', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', `${level} CI`],
      segment.rows.map((s) => [escapeHtml(s.value), ...counts(s)]),
    ));
  }

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

function card(value: string, label: string, isHtml = false): string {
  return `<div class="card"><b>${isHtml ? value : escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
}

/** Cells are already HTML (escaped by the caller); numeric columns are right-aligned. */
function table(head: string[], rows: string[][]): string {
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((row) => /^[-+]?[\d.]*$|^—$|^[-\d.]+ to [-\d.]+$/.test(row[i].replace(/ <span.*$/, ''))));
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
