/**
 * "What customers say" on the HTML report page (SPEC section 10): a table
 * of the themes of each side (mentions, the mix of those who mention it,
 * their NPS and range, z, an example) and a chart of the top themes with the
 * NPS of those who mention them. Every text from the data is escaped.
 */
import type { ChartSpec } from '../playground/chartSpec';
import type { Theme, ThemesResult } from '../../nps/themes/themeTypes';
import type { AnalyzeOutcome } from './outcome';
import { escapeHtml } from './escapeHtml';
import { htmlTable } from './htmlTable';
import { chartSvg } from './svgCharts';
import { columnHeader, fixedText } from './textGrid';
import { TOP_THEMES, Z_MEANING, themesBasis } from './themesPeopleWords';

/** How the report sheet's themes chart is titled (src/sheets/charts.ts): the page shows that chart in its section, drawn from the analysis. */
const SHEET_CHART_TITLE = /^What customers say\b/;

/**
 * True for the report sheet's themes chart, which the page draws in the themes section, beside its table, rather than under "Charts".
 *
 * @example isThemesChart({ title: 'What customers say: NPS of those who mention each theme', … }) // true
 */
export function isThemesChart(chart: Pick<ChartSpec, 'title'>): boolean {
  return SHEET_CHART_TITLE.test(chart.title);
}

/** Longest example shown on the page (characters); the JSON has it whole. */
const EXAMPLE_CHARS = 200;
const COLORS = { Detractors: '#c5221f', Promoters: '#137333' } as const;

/**
 * The section, or "" when no comment column is chosen.
 *
 * @param outcome what the analysis produced
 */
export function themesHtml(outcome: AnalyzeOutcome): string {
  const { analysis, profile } = outcome;
  if (!analysis.themes) return '';
  // The report sheet's themes chart, as the add-on built it, keeps its place number; without one the section draws its own.
  const sheetChart = outcome.charts.findIndex(isThemesChart);
  const chart = sheetChart >= 0 ? { spec: outcome.charts[sheetChart], index: sheetChart } : { spec: null, index: outcome.charts.length };
  return themesSectionHtml(analysis.themes, columnHeader(profile, profile.mapping.comments[0]), analysis.confidence, chart);
}

/**
 * The section from the themes themselves.
 *
 * @param themes what the theme finder returned
 * @param commentHeader the comment column's header
 * @param confidence the intervals' confidence level (0–1)
 * @param chart the chart to draw (the report sheet's, or null to draw one from the themes) and its test id's index (`chart-<index>`)
 * @example themesSectionHtml(themes, 'Why?', 0.95, { spec: null, index: 4 }) // '<section data-testid="themes"><h2>What customers say</h2>…'
 */
export function themesSectionHtml(themes: ThemesResult, commentHeader: string, confidence: number, chart: { spec: ChartSpec | null; index: number }): string {
  const level = `${Math.round(confidence * 100)}%`;
  const parts = ['<section data-testid="themes">', '<h2>What customers say</h2>'];
  if (commentHeader) parts.push(`<p class="meta">From the comments in “${escapeHtml(commentHeader)}”.</p>`);
  if (themes.themes.length === 0) {
    parts.push('<p>No word or phrase leans clearly to detractors or to promoters.</p>');
  } else {
    for (const side of ['Detractors', 'Promoters'] as const) {
      const listed = themes.themes.filter((t) => t.leans === side);
      parts.push(`<h3 class="${side.toLowerCase()}">${side} mention</h3>`);
      if (listed.length === 0) parts.push('<p class="note">Nothing clearly.</p>');
      else parts.push(htmlTable(['Theme', 'Mentions', 'Promoters', 'Passives', 'Detractors', 'NPS', `Range (${level})`, 'z', 'Example'], listed.map(themeCells)));
    }
    parts.push(`<p class="note">${escapeHtml(Z_MEANING)}</p>`);
    parts.push(`<div class="charts" data-testid="themes-chart">${chartSvg(chart.spec ?? themesChart(themes.themes), chart.index)}</div>`);
  }
  parts.push(`<p class="note">${escapeHtml(themesBasis(themes.comments, themes.ignored))}</p>`, '</section>');
  return parts.join('\n');
}

function themeCells(t: Theme): string[] {
  const example = [...t.example.replace(/\s+/g, ' ').trim()];
  const shown = example.length > EXAMPLE_CHARS ? `${example.slice(0, EXAMPLE_CHARS - 1).join('')}…` : example.join('');
  return [
    escapeHtml(t.theme), String(t.mentions), String(t.promoters), String(t.passives), String(t.detractors),
    fixedText(t.nps, 1), `${fixedText(t.ci[0], 1)} to ${fixedText(t.ci[1], 1)}`, fixedText(t.z, 1), `<q>${escapeHtml(shown)}</q>`,
  ];
}

/** Horizontal bars: the top themes of each side, the NPS of those who mention each, coloured by side. */
function themesChart(themes: Theme[]): ChartSpec {
  const top = (['Detractors', 'Promoters'] as const).flatMap((side) => themes.filter((t) => t.leans === side).slice(0, TOP_THEMES));
  const series = (['Detractors', 'Promoters'] as const)
    .filter((side) => top.some((t) => t.leans === side))
    .map((side) => ({
      name: `${side} mention`,
      values: top.map((t) => (t.leans === side ? t.nps : null)),
      kind: 'bars' as const,
      color: COLORS[side],
      dashed: false,
      axis: 0 as const,
      inLegend: true,
    }));
  return {
    id: null, sheet: '', type: 'BAR', title: 'NPS of those who mention each theme', labels: top.map((t) => t.theme), series,
    stacked: true, horizontal: true, legend: 'bottom', valueAxisTitle: 'NPS', categoryAxisTitle: 'Theme',
    valueMin: -100, valueMax: 100, valueTicks: null, dataLabels: series.map(() => false), width: 720, height: 340,
  };
}
