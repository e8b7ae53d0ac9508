/**
 * A small inline SVG of NPS per period with its confidence band, built with
 * createElementNS (no chart library, no request).
 */
import type { PeriodKind, TrendPoint } from '../shared/contract';
import { el, setAttributes } from './dom';
import type { Attributes } from './dom';
import { formatNps } from './format';

const SVG = 'http://www.w3.org/2000/svg';

/** Where the sparkline's shapes go, in SVG user units. */
export interface SparklineGeometry {
  /** Path of the NPS line; a period without responses breaks it. */
  line: string;
  /** Path of the confidence band (one closed shape per unbroken run). */
  band: string;
  /** y of NPS 0, or null when 0 is outside the drawn range. */
  zeroY: number | null;
  /** The dots: one per period with responses. */
  dots: { x: number; y: number }[];
  /** The NPS range drawn, bottom to top. */
  range: [number, number];
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Lays out the sparkline: x spreads the periods evenly, y maps NPS (and its
 * interval) onto the height, top = highest. The range spans at least 20
 * points so that noise does not look like a cliff, within −100…100.
 *
 * @param trend the periods, oldest first
 * @param width drawing width
 * @param height drawing height
 * @param pad inner margin on every side
 * @example
 * sparklineGeometry([{ nps: 0, ci: null, ... }, { nps: 20, ci: null, ... }], 100, 40, 0).line // 'M0 40L100 0'
 */
export function sparklineGeometry(trend: TrendPoint[], width: number, height: number, pad = 4): SparklineGeometry {
  const values: number[] = [];
  for (const point of trend) {
    if (point.nps === null) continue;
    values.push(point.nps);
    if (point.ci) values.push(point.ci[0], point.ci[1]);
  }
  let low = values.length ? Math.min(...values) : -10;
  let high = values.length ? Math.max(...values) : 10;
  if (high - low < 20) {
    const middle = (high + low) / 2;
    low = middle - 10;
    high = middle + 10;
  }
  low = Math.max(-100, low);
  high = Math.min(100, high);
  const x = (i: number): number =>
    round(trend.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (trend.length - 1));
  const y = (v: number): number => round(pad + ((high - v) / (high - low)) * (height - 2 * pad));

  let line = '';
  let band = '';
  let run: { x: number; up: number; down: number }[] = [];
  const closeBand = (): void => {
    if (run.length > 0) {
      const upper = run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.up}`).join('');
      const lower = run.slice().reverse().map((p) => `L${p.x} ${p.down}`).join('');
      band += `${upper}${lower}Z`;
    }
    run = [];
  };
  const dots: { x: number; y: number }[] = [];
  let drawing = false;
  trend.forEach((point, i) => {
    if (point.nps === null) {
      drawing = false;
      closeBand();
      return;
    }
    const px = x(i);
    const py = y(point.nps);
    line += `${drawing ? 'L' : 'M'}${px} ${py}`;
    drawing = true;
    dots.push({ x: px, y: py });
    if (point.ci) run.push({ x: px, up: y(point.ci[1]), down: y(point.ci[0]) });
    else closeBand();
  });
  closeBand();
  return { line, band, zeroY: low <= 0 && high >= 0 ? y(0) : null, dots, range: [low, high] };
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  setAttributes(node, attributes);
  return node;
}

/** A period's name for readers ("Week of Apr 28, 2025"), or its table label. */
function periodName(point: TrendPoint): string {
  return point.displayLabel || point.label;
}

/**
 * One sentence describing the trend, for screen readers and the tooltip.
 *
 * @param trend the periods, oldest first
 * @param period the period kind
 * @example
 * trendDescription(trend, 'month') // 'NPS per month: Jan 2025 23.2, Feb 2025 no responses'
 */
export function trendDescription(trend: TrendPoint[], period: PeriodKind): string {
  const parts = trend.map((p) => `${periodName(p)} ${p.nps === null ? 'no responses' : formatNps(p.nps)}`);
  return `NPS per ${period === 'week-sunday' ? 'week' : period}: ${parts.join(', ')}`;
}

/**
 * The sparkline element: an SVG with the band, the zero line, the NPS line
 * and dots, and the first and last period labels under it. With fewer than
 * two periods with responses it is a short sentence instead.
 *
 * @param trend the periods, oldest first
 * @param period the period kind (for the description)
 */
export function trendSparkline(trend: TrendPoint[], period: PeriodKind): HTMLElement {
  const withData = trend.filter((p) => p.nps !== null).length;
  if (withData < 2) {
    return el('p', { class: 'hint' }, withData === 0 ? 'No dated responses to draw a trend.' : 'One period so far: the trend appears with the next one.');
  }
  const width = 268;
  const height = 56;
  const geometry = sparklineGeometry(trend, width, height);
  const description = trendDescription(trend, period);
  const picture = svg('svg', {
    class: 'sparkline',
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    height,
    role: 'img',
    'aria-label': description,
    preserveAspectRatio: 'none',
  });
  const title = svg('title', {});
  title.textContent = description;
  picture.appendChild(title);
  if (geometry.band) picture.appendChild(svg('path', { d: geometry.band, class: 'spark-band' }));
  if (geometry.zeroY !== null) {
    picture.appendChild(svg('line', { x1: 0, x2: width, y1: geometry.zeroY, y2: geometry.zeroY, class: 'spark-zero' }));
  }
  picture.appendChild(svg('path', { d: geometry.line, class: 'spark-line' }));
  geometry.dots.forEach((dot, i) => {
    const last = i === geometry.dots.length - 1;
    picture.appendChild(svg('circle', { cx: dot.x, cy: dot.y, r: last ? 3 : 1.8, class: last ? 'spark-dot spark-last' : 'spark-dot' }));
  });
  return el('figure', { class: 'trend', 'data-testid': 'trend-sparkline' }, [
    el('figcaption', { class: 'trend-title' }, `NPS per ${period === 'week-sunday' ? 'week' : period}`),
    picture,
    el('div', { class: 'trend-axis', 'aria-hidden': 'true' }, [
      el('span', {}, periodName(trend[0])),
      el('span', {}, periodName(trend[trend.length - 1])),
    ]),
  ]);
}
