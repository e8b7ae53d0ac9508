/**
 * The playground's one page: the sheet tabs and the active tab's cells on the
 * left, the charts the add-on built below them, and the real sidebar (300 px)
 * in an iframe on the right. The page is static; client.js fills it from the
 * JSON API. Nothing is loaded from another host (the CSP says so too).
 */
import { escapeHtml } from '../cli/escapeHtml';

const STYLE = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; display: flex; flex-direction: column; }
header { display: flex; align-items: baseline; gap: 12px; padding: 8px 14px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
header h1 { font-size: 15px; margin: 0; }
header .source { color: #5f6368; }
.layout { flex: 1; display: flex; min-height: 0; }
.workspace { flex: 1; min-width: 0; display: flex; flex-direction: column; overflow: auto; }
.sheet-area { display: flex; flex-direction: column; min-height: 320px; max-height: 60vh; }
.grid-wrap { flex: 1; overflow: auto; border-bottom: 1px solid #dadce0; position: relative; }
table.grid { border-collapse: collapse; table-layout: fixed; font: 13px/16px Arial, system-ui, sans-serif; font-variant-numeric: tabular-nums; }
table.grid th, table.grid td { box-sizing: border-box; border: 1px solid #e2e3e5; padding: 1px 4px; white-space: pre; overflow: hidden; text-overflow: ellipsis; height: 21px; }
table.grid td.runs-on { overflow: visible; text-overflow: clip; }
table.grid thead th { position: sticky; top: 0; background: #f1f3f4; color: #5f6368; font-weight: 500; z-index: 2; }
table.grid th.row { background: #f1f3f4; color: #5f6368; font-weight: 500; text-align: right; position: sticky; left: 0; z-index: 2; }
.grid-charts { position: absolute; left: 0; top: 0; z-index: 1; }
.grid-chart { position: absolute; box-sizing: border-box; background: #fff; border: 1px solid #dadce0; }
.pager { display: flex; gap: 8px; align-items: center; padding: 4px 10px; color: #5f6368; }
.pager button { font: inherit; }
nav.tabs { display: flex; gap: 2px; padding: 0 8px; background: #f1f3f4; border-top: 1px solid #dadce0; overflow-x: auto; }
nav.tabs button { font: inherit; border: 0; background: transparent; padding: 6px 12px; cursor: pointer; white-space: nowrap; border-bottom: 3px solid transparent; }
nav.tabs button[aria-selected="true"] { background: #fff; border-bottom-color: #188038; font-weight: 600; }
section.charts { padding: 10px 14px; }
section.charts h2 { font-size: 14px; margin: 4px 0 8px; }
.chart-list { display: flex; flex-wrap: wrap; gap: 12px; }
.chart-box { width: 520px; height: 320px; border: 1px solid #dadce0; border-radius: 6px; padding: 6px; display: flex; flex-direction: column; }
.chart-box .where { color: #80868b; font-size: 11px; }
.chart-box .canvas-wrap { flex: 1; position: relative; min-height: 0; }
.empty { color: #5f6368; }
aside.sidebar { width: 300px; flex: none; border-left: 1px solid #dadce0; display: flex; }
aside.sidebar iframe { width: 300px; border: 0; flex: 1; }
`;

/**
 * The page HTML.
 *
 * @param sourceLabel what was loaded (the file name or "sample survey")
 */
export function playgroundPage(sourceLabel: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; script-src 'self'">
<title>NPS playground</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>NPS for Google Sheets · playground</h1><span class="source">${escapeHtml(sourceLabel)}</span></header>
<div class="layout">
  <div class="workspace">
    <div class="sheet-area">
      <div class="grid-wrap" id="grid-wrap"><table class="grid" id="grid" data-testid="sheet-grid"></table></div>
      <div class="pager" id="pager"></div>
      <nav class="tabs" id="tabs" role="tablist" aria-label="Sheets"></nav>
    </div>
    <section class="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Charts the add-on built</h2>
      <div class="chart-list" id="charts"><p class="empty">No charts yet: build a report in the sidebar.</p></div>
    </section>
  </div>
  <aside class="sidebar"><iframe id="sidebar" src="/sidebar" title="NPS sidebar" data-testid="sidebar-frame"></iframe></aside>
</div>
<script src="/client.js"></script>
</body>
</html>
`;
}
