/**
 * Draws a {@link ChartSpec} as inline SVG, so that the CLI's HTML report
 * shows the add-on's charts with no script and no request to anywhere:
 * lines (solid or dashed), areas, grouped, stacked or 100 %-stacked bars,
 * vertical or horizontal, with axes, a zero line and a legend. All text is
 * escaped.
 */
import { DEFAULT_COLORS, plotValues, type ChartSpec, type SeriesSpec } from '../playground/chartSpec';
import { escapeHtml } from './escapeHtml';
import { BAND_LINES } from '../../nps/bands';

const WIDTH = 720;
const HEIGHT = 340;
const DEFAULT_MARGIN = { top: 40, right: 20, bottom: 70, left: 56 };
/** Longest category label drawn (characters). */
const LABEL_CHARS = 18;

/**
 * The chart as an `<svg>` element (HTML5 inline SVG, no namespace URL needed).
 *
 * @param spec the chart as resolved from the report sheet
 * @param index its position on the page, or a name for a chart of the page's own (the test id `chart-<index>`)
 */
export function chartSvg(spec: ChartSpec, index: number | string): string {
  const series = spec.series.map((s, i) => ({ ...s, color: s.color ?? DEFAULT_COLORS[i % DEFAULT_COLORS.length] }));
  const labels = spec.labels;
  const percent = spec.stacked === 'percent';
  const stacked = spec.stacked !== false;
  const bars = series.filter((s) => s.kind === 'bars');
  const plotted = plotValues(spec);

  // Value range: stacked bars add up, everything else is drawn as is.
  let [low, high] = percent ? [0, 100] : range(series, plotted, stacked, labels.length);
  if (!percent && spec.valueMin !== null) low = Math.min(low, spec.valueMin);
  if (!percent && spec.valueMax !== null) high = Math.max(high, spec.valueMax);
  // An NPS trend shows where the bands begin (SPEC §2): 0, 50 and 70 stay on its scale.
  const bandLines = isNpsTrend(spec) ? BAND_LEVELS : [];
  for (const line of bandLines) [low, high] = [Math.min(low, line.value), Math.max(high, line.value)];
  if (low === high) [low, high] = [low - 1, high + 1];
  const ticks = niceTicks(low, high);
  low = ticks[0];
  high = ticks[ticks.length - 1];

  // Horizontal bars list their categories on the left: leave room for the longest label.
  const longest = Math.min(LABEL_CHARS, labels.reduce((n, l) => Math.max(n, l.length), 0));
  const margin = spec.horizontal ? { ...DEFAULT_MARGIN, left: Math.max(DEFAULT_MARGIN.left, 16 + longest * 6.5) } : DEFAULT_MARGIN;
  const plotW = WIDTH - margin.left - margin.right;
  const plotH = HEIGHT - margin.top - margin.bottom;
  const band = (spec.horizontal ? plotH : plotW) / Math.max(1, labels.length);
  const valuePos = (v: number) => (spec.horizontal ? margin.left + ((v - low) / (high - low)) * plotW : margin.top + plotH - ((v - low) / (high - low)) * plotH);
  const bandPos = (i: number) => (spec.horizontal ? margin.top : margin.left) + band * i + band / 2;

  const parts: string[] = [];
  parts.push(`<svg class="chart" data-testid="chart-${index}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(spec.title || `Chart ${index}`)}">`);
  parts.push(`<text x="${WIDTH / 2}" y="22" text-anchor="middle" class="chart-title">${escapeHtml(spec.title)}</text>`);

  if (spec.valueAxisTitle) {
    const title = escapeHtml(spec.valueAxisTitle);
    if (spec.horizontal) parts.push(`<text x="${margin.left + plotW / 2}" y="${margin.top + plotH + 34}" text-anchor="middle">${title}</text>`);
    else parts.push(`<text x="14" y="${margin.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 14 ${margin.top + plotH / 2})">${title}</text>`);
  }

  // Grid and value axis.
  for (const t of ticks) {
    const p = valuePos(t);
    const label = percent ? `${t}%` : String(t);
    if (spec.horizontal) {
      parts.push(`<line x1="${p}" y1="${margin.top}" x2="${p}" y2="${margin.top + plotH}" class="${t === 0 ? 'zero' : 'grid'}"/>`);
      parts.push(`<text x="${p}" y="${margin.top + plotH + 16}" text-anchor="middle">${label}</text>`);
    } else {
      parts.push(`<line x1="${margin.left}" y1="${p}" x2="${margin.left + plotW}" y2="${p}" class="${t === 0 ? 'zero' : 'grid'}"/>`);
      parts.push(`<text x="${margin.left - 6}" y="${p + 4}" text-anchor="end">${label}</text>`);
    }
  }

  for (const line of bandLines) {
    const y = valuePos(line.value);
    parts.push(`<line x1="${margin.left}" y1="${r(y)}" x2="${margin.left + plotW}" y2="${r(y)}" class="band-line" stroke="${line.color}" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${margin.left + plotW - 4}" y="${r(y - 4)}" text-anchor="end" class="band-label">${escapeHtml(line.name)}</text>`);
  }

  // Category labels: every nth so that they do not overlap.
  const every = Math.max(1, Math.ceil(labels.length / (spec.horizontal ? plotH / 16 : plotW / 70)));
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    const p = bandPos(i);
    const text = escapeHtml(label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);
    if (spec.horizontal) parts.push(`<text x="${margin.left - 6}" y="${p + 4}" text-anchor="end">${text}</text>`);
    else parts.push(`<text x="${p}" y="${margin.top + plotH + 16}" text-anchor="middle">${text}</text>`);
  });

  // Bars: grouped, or stacked from zero up (positive) and down (negative).
  const barWidth = (band * 0.7) / (stacked ? 1 : Math.max(1, bars.length));
  const up = new Array<number>(labels.length).fill(0);
  const down = new Array<number>(labels.length).fill(0);
  let barIndex = -1;
  series.forEach((s, si) => {
    if (s.kind !== 'bars') return;
    const k = ++barIndex;
    plotted[si].forEach((v, i) => {
      if (v === null) return;
      let from = 0;
      let to = v;
      if (stacked) {
        const base = v >= 0 ? up : down;
        from = base[i];
        to = base[i] + v;
        base[i] = to;
      }
      const offset = stacked ? -barWidth / 2 : -band * 0.35 + barWidth * k;
      const a = valuePos(from);
      const b = valuePos(to);
      const c = bandPos(i) + offset;
      const rect = spec.horizontal
        ? { x: Math.min(a, b), y: c, w: Math.abs(b - a), h: barWidth }
        : { x: c, y: Math.min(a, b), w: barWidth, h: Math.abs(b - a) };
      parts.push(`<rect x="${r(rect.x)}" y="${r(rect.y)}" width="${r(rect.w)}" height="${r(rect.h)}" fill="${escapeHtml(s.color)}"><title>${escapeHtml(`${s.name} · ${labels[i]}: ${formatValue(v, percent)}`)}</title></rect>`);
    });
  });

  // Lines and areas on top of the bars.
  series.forEach((s, si) => {
    if (s.kind === 'bars') return;
    const points = plotted[si].map((v, i) => (v === null ? null : spec.horizontal ? [valuePos(v), bandPos(i)] : [bandPos(i), valuePos(v)]));
    for (const run of runs(points)) {
      const d = run.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(x)},${r(y)}`).join(' ');
      if (s.kind === 'area' && !spec.horizontal) {
        const zero = valuePos(Math.max(low, Math.min(high, 0)));
        parts.push(`<path d="${d} L${r(run[run.length - 1][0])},${r(zero)} L${r(run[0][0])},${r(zero)} Z" fill="${escapeHtml(s.color)}" fill-opacity="0.25" stroke="none"/>`);
      }
      parts.push(`<path d="${d}" fill="none" stroke="${escapeHtml(s.color)}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
      if (run.length === 1) parts.push(`<circle cx="${r(run[0][0])}" cy="${r(run[0][1])}" r="3" fill="${escapeHtml(s.color)}"/>`);
    }
  });

  // Legend.
  if (spec.legend !== 'none') {
    const shown = series.filter((s) => s.inLegend);
    let x = margin.left;
    const y = HEIGHT - 18;
    for (const s of shown) {
      const name = escapeHtml(s.name.length > 28 ? `${s.name.slice(0, 27)}…` : s.name);
      parts.push(`<rect x="${x}" y="${y - 9}" width="12" height="10" fill="${escapeHtml(s.color)}"/>`);
      parts.push(`<text x="${x + 16}" y="${y}">${name}</text>`);
      x += 24 + Math.min(28, s.name.length) * 6.5;
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Where the bands begin, drawn across an NPS trend. */
const BAND_LEVELS = [
  { value: BAND_LINES.good, name: 'Good above 0', color: '#5f6368' },
  { value: BAND_LINES.excellent, name: 'Excellent from 50', color: '#1e8e3e' },
  { value: BAND_LINES.worldClass, name: 'World class from 70', color: '#137333' },
];

/** A vertical line or combo chart with an "NPS" series: the trend, not the mix or the segments. */
function isNpsTrend(spec: ChartSpec): boolean {
  return !spec.horizontal && spec.stacked === false && (spec.type === 'LINE' || spec.type === 'COMBO') && spec.series.some((s) => s.name === 'NPS');
}

function range(series: SeriesSpec[], plotted: (number | null)[][], stacked: boolean, count: number): [number, number] {
  let low = 0;
  let high = 0;
  for (let i = 0; i < count; i++) {
    let up = 0;
    let down = 0;
    series.forEach((s, si) => {
      const v = plotted[si][i];
      if (v === null) return;
      if (s.kind === 'bars' && stacked) {
        if (v >= 0) up += v;
        else down += v;
      } else {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    });
    low = Math.min(low, down);
    high = Math.max(high, up);
  }
  return [low, high];
}

/** Round tick values covering [low, high] (about five steps). */
function niceTicks(low: number, high: number): number[] {
  const raw = (high - low) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.floor(low / step) * step; t <= high + step * 1e-9; t += step) ticks.push(Number(t.toFixed(10)));
  if (ticks[ticks.length - 1] < high) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)));
  return ticks;
}

/** Consecutive non-null points (a gap breaks the line, as in Sheets). */
function runs(points: (number[] | null)[]): number[][][] {
  const out: number[][][] = [];
  let current: number[][] = [];
  for (const p of points) {
    if (p) current.push(p);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

function formatValue(v: number, percent: boolean): string {
  return percent ? `${v.toFixed(1)}%` : String(Math.round(v * 100) / 100);
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}
