/**
 * The playground page's script (bundled with chart.js into
 * build/playground-client.js, served from the same origin): shows the sheet
 * tabs and one page of cells at a time as Sheets would (bold, fills, font
 * colours, column widths, 21 px rows, the sheet's charts over the grid at
 * their pixel rectangles, `<canvas data-testid="grid-chart-<n>">`), draws
 * every chart the add-on built into `<canvas data-testid="chart-<n>">` (n
 * counts from 0, in sheet order then insertion order), and refreshes both
 * when the sidebar changed the sheets (a message from the bridge, or a newer
 * state version on a poll). Every cell, name and title is set as text, never
 * as HTML; colours reach the page only as `style` properties. After a
 * report build it shows the report sheet.
 */
import { Chart, registerables, type ChartConfiguration, type ChartDataset, type Plugin } from 'chart.js';
import { DEFAULT_COLORS, plotValues, type ChartSpec } from './chartSpec';
import type { SheetPage, SheetTab } from './sheetView';

Chart.register(...registerables);

/** What GET /api/state answers. */
interface PlaygroundState {
  version: number;
  tabs: SheetTab[];
  charts: ChartSpec[];
}

const CHANGED_MESSAGE = 'nps-playground:sheets-changed';
const POLL_MS = 1500;

const tabsBox = element('tabs');
const grid = element('grid') as HTMLTableElement;
const pager = element('pager');
const chartsBox = element('charts');
const gridWrap = element('grid-wrap');
// The layer the sheet's charts are drawn on: it scrolls with the grid.
const gridLayer = document.createElement('div');
gridLayer.className = 'grid-charts';
gridWrap.appendChild(gridLayer);

let version = -1;
let shownSheet: string | null = null;
let shownPage = 0;
let charts: Chart[] = [];
let gridCharts: Chart[] = [];
let chartSpecs: ChartSpec[] = [];
let refreshing: Promise<void> | null = null;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The playground page has no #${id}`);
  return found;
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Re-reads the state; redraws tabs, the sheet and the charts when it changed (or when forced). */
function refresh(force = false): Promise<void> {
  if (refreshing) return refreshing.then(() => (force ? refresh(true) : undefined));
  refreshing = (async () => {
    const state = await getJson<PlaygroundState>('/api/state');
    if (!force && state.version === version) return;
    version = state.version;
    if (!shownSheet || !state.tabs.some((t) => t.name === shownSheet)) {
      const active = state.tabs.find((t) => t.active) ?? state.tabs[0];
      shownSheet = active ? active.name : null;
      shownPage = 0;
    }
    chartSpecs = state.charts;
    renderTabs(state.tabs);
    await showSheet(shownSheet, shownPage);
    renderCharts(state.charts);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function renderTabs(tabs: SheetTab[]): void {
  tabsBox.replaceChildren(
    ...tabs.map((tab) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.setAttribute('data-testid', `sheet-tab-${tab.name}`);
      button.setAttribute('aria-selected', String(tab.name === shownSheet));
      button.title = `${tab.rows} rows × ${tab.columns} columns${tab.charts ? `, ${tab.charts} charts` : ''}${tab.active ? ' (active sheet)' : ''}`;
      button.textContent = tab.name;
      button.addEventListener('click', () => void selectTab(tab.name));
      return button;
    }),
  );
}

/** Shows a tab and makes its sheet the active sheet, as clicking a tab in Sheets does. */
async function selectTab(name: string): Promise<void> {
  shownSheet = name;
  shownPage = 0;
  for (const button of Array.from(tabsBox.querySelectorAll('button'))) {
    button.setAttribute('aria-selected', String(button.textContent === name));
  }
  await getJson('/api/activate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
  await showSheet(name, 0);
}

async function showSheet(name: string | null, page: number): Promise<void> {
  if (name === null) {
    grid.replaceChildren();
    pager.replaceChildren();
    return;
  }
  const data = await getJson<SheetPage>(`/api/sheet?name=${encodeURIComponent(name)}&page=${page}`);
  shownPage = data.page;
  renderGrid(data);
  renderPager(data);
}

function renderGrid(data: SheetPage): void {
  const colgroup = document.createElement('colgroup');
  const rowHeaderCol = document.createElement('col');
  rowHeaderCol.style.width = '46px';
  colgroup.appendChild(rowHeaderCol);
  for (const width of data.columnWidths) {
    const col = document.createElement('col');
    col.style.width = `${width}px`;
    colgroup.appendChild(col);
  }
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  headRow.appendChild(document.createElement('th'));
  for (let c = 0; c < data.shownColumns; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetter(c);
    headRow.appendChild(th);
  }
  const body = document.createElement('tbody');
  data.cells.forEach((cells, i) => {
    const row = body.insertRow();
    row.style.height = `${data.rowHeight}px`;
    const number = document.createElement('th');
    number.className = 'row';
    number.textContent = String(data.firstRow + i);
    row.appendChild(number);
    cells.forEach((text, c) => {
      const td = row.insertCell();
      td.textContent = text;
      const look = data.looks[i] ? data.looks[i][c] : null;
      if (look) {
        if (look.bold) td.style.fontWeight = 'bold';
        if (look.background) td.style.backgroundColor = look.background;
        if (look.color) td.style.color = look.color;
        if (look.right) td.style.textAlign = 'right';
      }
      // As in Sheets, text runs on over empty cells to its right.
      if (text !== '' && !(look && look.right) && (cells[c + 1] === undefined || cells[c + 1] === '')) td.className = 'runs-on';
      if (text.length > 40) td.title = text;
    });
  });
  const width = 46 + data.columnWidths.reduce((sum, w) => sum + w, 0);
  grid.style.width = `${width}px`;
  grid.replaceChildren(colgroup, head, body);
  renderGridCharts(data);
}

/** Draws the page's charts over the grid, at their pixel rectangles from the page's first cell. */
function renderGridCharts(data: SheetPage): void {
  for (const chart of gridCharts) chart.destroy();
  gridCharts = [];
  gridLayer.replaceChildren();
  const origin = grid.tBodies[0]?.rows[0]?.cells[1];
  if (!origin || data.charts.length === 0) return;
  gridLayer.style.left = `${grid.offsetLeft + origin.offsetLeft}px`;
  gridLayer.style.top = `${grid.offsetTop + origin.offsetTop}px`;
  for (const placed of data.charts) {
    const spec = chartSpecs[placed.index];
    if (!spec) continue;
    const box = document.createElement('div');
    box.className = 'grid-chart';
    box.style.left = `${placed.x}px`;
    box.style.top = `${placed.y}px`;
    box.style.width = `${placed.width}px`;
    box.style.height = `${placed.height}px`;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('data-testid', `grid-chart-${placed.index}`);
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', spec.title || `Chart ${placed.index}`);
    box.appendChild(canvas);
    gridLayer.appendChild(box);
    gridCharts.push(new Chart(canvas, chartConfig(spec)));
  }
}

function renderPager(data: SheetPage): void {
  const parts: Node[] = [];
  const info = document.createElement('span');
  const lastShown = data.firstRow + data.cells.length - 1;
  info.textContent = data.rowCount === 0 ? 'Empty sheet' : `Rows ${data.firstRow}–${lastShown} of ${data.rowCount}${data.columnCount > data.shownColumns ? ` · first ${data.shownColumns} of ${data.columnCount} columns` : ''}`;
  if (data.pages > 1) {
    parts.push(pageButton('‹ Previous', data.page - 1, data.page === 0, 'page-previous'));
    const where = document.createElement('span');
    where.textContent = `Page ${data.page + 1} of ${data.pages}`;
    parts.push(where, pageButton('Next ›', data.page + 1, data.page >= data.pages - 1, 'page-next'));
  }
  parts.push(info);
  pager.replaceChildren(...parts);
}

function pageButton(label: string, page: number, disabled: boolean, testId: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.disabled = disabled;
  button.setAttribute('data-testid', testId);
  button.addEventListener('click', () => void showSheet(shownSheet, page));
  return button;
}

function renderCharts(specs: ChartSpec[]): void {
  for (const chart of charts) chart.destroy();
  charts = [];
  if (specs.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'No charts yet: build a report in the sidebar.';
    chartsBox.replaceChildren(empty);
    return;
  }
  chartsBox.replaceChildren(
    ...specs.map((spec, n) => {
      const box = document.createElement('div');
      box.className = 'chart-box';
      const canvas = document.createElement('canvas');
      canvas.setAttribute('data-testid', `chart-${n}`);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', spec.title || `Chart ${n}`);
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = `chart-${n} · ${spec.type.toLowerCase()} chart on “${spec.sheet}”`;
      const wrap = document.createElement('div');
      wrap.className = 'canvas-wrap';
      wrap.append(canvas);
      box.append(where, wrap);
      return box;
    }),
  );
  specs.forEach((spec, n) => {
    const canvas = chartsBox.querySelector<HTMLCanvasElement>(`canvas[data-testid="chart-${n}"]`);
    if (canvas) charts.push(new Chart(canvas, chartConfig(spec)));
  });
}

/** The chart.js configuration of a chart the add-on built. */
function chartConfig(spec: ChartSpec): ChartConfiguration {
  const values = plotValues(spec);
  const stacked = spec.stacked !== false;
  const percent = spec.stacked === 'percent';
  const datasets = spec.series.map((s, i): ChartDataset => {
    const color = s.color ?? DEFAULT_COLORS[i % DEFAULT_COLORS.length];
    const common = { label: s.name, data: values[i], borderColor: color, ...(s.axis === 1 && !spec.horizontal ? { yAxisID: 'y1' } : {}) };
    // minBarLength: a bar of 0 still shows (its label says 0).
    if (s.kind === 'bars') return { ...common, type: 'bar', backgroundColor: color, stack: stacked ? 'stack' : undefined, minBarLength: spec.stacked ? 0 : 2 } as ChartDataset;
    return {
      ...common,
      type: 'line',
      backgroundColor: s.kind === 'area' ? `${color}40` : color,
      fill: s.kind === 'area' ? 'origin' : false,
      borderDash: s.dashed ? [6, 4] : [],
      borderWidth: 2,
      pointRadius: spec.labels.length > 40 ? 0 : 2,
      spanGaps: false,
      stack: undefined,
    } as ChartDataset;
  });
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const hasRightAxis = spec.series.some((s) => s.axis === 1);
  const ticks = spec.valueTicks;
  return {
    type: 'bar',
    data: { labels: spec.labels, datasets },
    plugins: [dataLabels(spec)],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: {
        title: { display: spec.title !== '', text: spec.title },
        legend: {
          display: spec.legend !== 'none',
          position: spec.legend === 'none' ? 'bottom' : spec.legend,
          labels: { filter: (item) => spec.series[item.datasetIndex ?? 0]?.inLegend !== false },
        },
      },
      scales: {
        [categoryAxis]: { stacked, title: { display: spec.categoryAxisTitle !== '', text: spec.categoryAxisTitle } },
        [valueAxis]: {
          stacked,
          min: percent ? 0 : (spec.valueMin ?? undefined),
          max: percent ? 100 : (spec.valueMax ?? undefined),
          ticks: percent ? { callback: (v: string | number) => `${v}%` } : {},
          // Google's fixed ticks (the NPS bands' lines at 0, 50, 70) are the axis' only gridlines.
          ...(ticks ? { afterBuildTicks: (axis: { ticks: { value: number }[] }) => { axis.ticks = ticks.map((value) => ({ value })); } } : {}),
          grid: ticks ? { color: (c: { tick?: { value: number } }) => (c.tick && c.tick.value !== -100 && c.tick.value !== 100 ? '#80868b' : '#e0e0e0') } : {},
          title: { display: spec.valueAxisTitle !== '', text: spec.valueAxisTitle },
        },
        ...(hasRightAxis && !spec.horizontal ? { y1: { position: 'right', grid: { drawOnChartArea: false } } } : {}),
      },
    },
  } as ChartConfiguration;
}

/**
 * Writes each labelled series' values on its bars (inside a stack, centred;
 * otherwise at the bar's end) and points, as Google's `dataLabel: 'value'`:
 * percents in a 100 % stack, whole points otherwise.
 */
function dataLabels(spec: ChartSpec): Plugin {
  return {
    id: 'dataLabels',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, i) => {
        if (!spec.dataLabels[i]) return;
        const meta = chart.getDatasetMeta(i);
        meta.data.forEach((element, j) => {
          const value = dataset.data[j];
          if (typeof value !== 'number') return;
          const text = spec.stacked === 'percent' ? `${Math.round(value)}%` : String(Math.round(value));
          const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          if (spec.stacked) {
            if (value < 6) return; // too thin a slice to hold its label
            ctx.fillStyle = '#ffffff';
            ctx.textAlign = 'center';
            ctx.fillText(text, spec.horizontal ? (x + base) / 2 : x, spec.horizontal ? y : (y + base) / 2);
          } else if (spec.horizontal) {
            ctx.fillStyle = '#202124';
            ctx.textAlign = value < 0 ? 'right' : 'left';
            ctx.fillText(text, x + (value < 0 ? -4 : 4), y);
          } else {
            ctx.fillStyle = '#202124';
            ctx.textAlign = 'center';
            ctx.fillText(text, x, y - 8);
          }
        });
      });
      ctx.restore();
    },
  };
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const data = event.data as { type?: unknown; show?: unknown } | null;
  if (!data || data.type !== CHANGED_MESSAGE) return;
  const show = data.show;
  // After a report build the sheet shown is the report (and it becomes the active sheet, as a tab click makes it).
  void refresh(true)
    .then(() => (typeof show === 'string' && show !== shownSheet ? selectTab(show) : undefined))
    .catch(() => undefined);
});
window.setInterval(() => void refresh().catch(() => undefined), POLL_MS);
void refresh(true);
