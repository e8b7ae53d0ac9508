/**
 * The headline and the preview under it: the NPS, its band, the scale, the
 * range in words, the responses (marked "few responses" under 30), the
 * latest period against the previous one, the trend, and what was ignored.
 * Test hooks: `overall-nps`, `nps-band`, `overall-range`, `overall-responses`,
 * `ignored-count`, `headline-comparison`, `themes-preview`.
 */
import { FEW_RESPONSES_MARK } from '../nps/fewResponses';
import type { PreviewResult } from '../shared/contract';
import { el, replaceChildren } from './dom';
import type { EmptyState } from './emptyState';
import { formatInterval, formatNps, plural, rowList } from './format';
import { npsScale } from './npsScale';
import { trendSparkline } from './trendSparkline';

/** The band's class: its name in lower case with dashes ("band-world-class"). */
function bandClass(band: string): string {
  return `band band-${band.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

/** The big number, "NPS" and the band. */
function headline(nps: string, band: string | null, muted: boolean): HTMLElement {
  return el('div', { class: 'headline' }, [
    el('span', { class: muted ? 'nps-value muted' : 'nps-value', 'data-testid': 'overall-nps' }, nps),
    el('span', { class: 'nps-unit' }, 'NPS'),
    band ? el('span', { class: bandClass(band), 'data-testid': 'nps-band' }, band) : null,
  ]);
}

/** "237 responses · 5 ignored", with "few responses" when there are under 30. */
function counts(responses: number, ignored: number, few: boolean): HTMLElement {
  return el('p', { class: 'counts' }, [
    el('span', { 'data-testid': 'overall-responses' }, String(responses)),
    responses === 1 ? ' response' : ' responses',
    few ? ' ' : null,
    few ? el('span', { class: 'few-mark' }, FEW_RESPONSES_MARK) : null,
    ' · ',
    el('span', { 'data-testid': 'ignored-count' }, String(ignored)),
    ' ignored',
  ]);
}

/**
 * "Detractors mention: slow support, price · Promoters mention: easy to use",
 * or why no theme is named; the themes are the sheet's words, set as text.
 *
 * @param themes the top themes of each side
 * @example themesText({ detractors: ['price'], promoters: [], comments: 80 }) // 'Detractors mention: price'
 */
export function themesText(themes: NonNullable<PreviewResult['themes']>): string {
  const parts: string[] = [];
  if (themes.detractors.length) parts.push(`Detractors mention: ${themes.detractors.join(', ')}`);
  if (themes.promoters.length) parts.push(`Promoters mention: ${themes.promoters.join(', ')}`);
  if (parts.length) return parts.join(' · ');
  return themes.comments ? `No theme leans clearly to detractors or promoters (${plural(themes.comments, 'comment')})` : 'No comments to read yet';
}

function themesLine(themes: NonNullable<PreviewResult['themes']>): HTMLElement {
  return el('p', { class: 'themes', 'data-testid': 'themes-preview' }, themesText(themes));
}

/**
 * Renders the preview. Every text from the sheet (period names, ignored
 * values, warnings) is set as text.
 *
 * @param container the preview element
 * @param preview what getPreview returned
 * @param confidence the interval's level
 */
export function renderPreview(container: HTMLElement, preview: PreviewResult, confidence: number): void {
  const overall = preview.overall;
  const reading = preview.reading;
  const ignored = overall.ignored;
  const ignoredValues = preview.ignoredCells.map((cell) => `row ${cell.row}: ${cell.value}`).join('\n');
  const latest = preview.comparisons.find((c) => c.kind === 'previous');
  const interval = formatInterval(overall.ci, confidence);
  // "± margin" only where the interval is not clipped at −100 or 100 (SPEC §2: ranges, not ±).
  const clipped = !overall.ci || overall.ci[0] <= -100 || overall.ci[1] >= 100;
  const exact = interval ? `${interval}${!clipped && overall.moe !== null && overall.moe !== undefined ? ` · ±${formatNps(overall.moe)}` : ''}` : '';
  container.classList.remove('loading');
  replaceChildren(container, [
    headline(formatNps(overall.nps), reading.band, overall.nps === null),
    overall.nps !== null ? npsScale(overall.nps, reading.band) : null,
    reading.range
      ? el('p', { class: 'range', 'data-testid': 'overall-range', title: exact }, reading.range)
      : el('p', { class: 'range' }, 'No 0–10 answers to count yet.'),
    counts(overall.responses, ignored, reading.fewResponses),
    latest ? el('p', { class: latest.significant ? 'comparison real' : 'comparison', 'data-testid': 'headline-comparison' }, latest.sentence) : null,
    preview.themes ? themesLine(preview.themes) : null,
    trendSparkline(preview.trend, preview.period),
    el('p', { class: 'detail' }, `${plural(overall.promoters, 'promoter')} · ${plural(overall.passives, 'passive')} · ${plural(overall.detractors, 'detractor')}`),
    ignored
      ? el('p', { class: 'detail has-ignored', title: ignoredValues }, `Not a 0–10 score: ${rowList(preview.ignoredCells.map((cell) => cell.row), ignored)}`)
      : null,
    preview.warnings.length ? el('ul', { class: 'notes' }, preview.warnings.map((note) => el('li', {}, note))) : null,
  ]);
}

/**
 * Renders the empty state: the figures as "—" and 0, what is missing, and one
 * sentence of what to do.
 *
 * @param container the preview element
 * @param state what is missing and what to do
 */
export function renderEmptyPreview(container: HTMLElement, state: EmptyState): void {
  container.classList.remove('loading');
  replaceChildren(container, [
    headline('—', null, true),
    counts(0, 0, false),
    el('div', { class: 'empty-state', 'data-testid': 'empty-state' }, [
      el('p', { class: 'empty-title' }, state.title),
      el('p', { class: 'empty-action' }, state.action),
    ]),
  ]);
}

/**
 * Renders the preview while it cannot be shown (it failed, or the sidebar is
 * not connected): the figures as "—" and a sentence why.
 *
 * @param container the preview element
 * @param reason why there is no preview
 */
export function renderPreviewPlaceholder(container: HTMLElement, reason: string): void {
  container.classList.remove('loading');
  replaceChildren(container, [headline('—', null, true), counts(0, 0, false), el('p', { class: 'hint' }, reason)]);
}

/**
 * Dims the preview while a newer one is on its way.
 *
 * @param container the preview element
 */
export function markPreviewLoading(container: HTMLElement): void {
  container.classList.add('loading');
}
