/**
 * The preview: overall NPS with its interval, responses, ignored values and
 * the trend. Test hooks: `overall-nps`, `overall-responses`, `ignored-count`.
 */
import type { PreviewResult } from '../shared/contract';
import { el, replaceChildren } from './dom';
import { formatInterval, formatNps, rowList } from './format';
import { trendSparkline } from './trendSparkline';

/**
 * Renders the preview figures. Numbers go in their own elements so tests
 * and screen readers read them plainly.
 *
 * @param container the preview element
 * @param preview what getPreview returned
 * @param confidence the interval's level
 */
export function renderPreview(container: HTMLElement, preview: PreviewResult, confidence: number): void {
  const overall = preview.overall;
  const ignored = overall.ignored;
  const ignoredRows = preview.ignoredCells.map((cell) => cell.row);
  const ignoredValues = preview.ignoredCells.map((cell) => `row ${cell.row}: ${cell.value}`).join('\n');
  const interval = formatInterval(overall.ci, confidence);
  const notes = preview.warnings.slice();
  container.classList.remove('loading');
  replaceChildren(container, [
    el('div', { class: 'headline' }, [
      el('span', { class: 'nps-value', 'data-testid': 'overall-nps' }, formatNps(overall.nps)),
      el('span', { class: 'nps-unit' }, 'NPS'),
    ]),
    el('div', { class: 'interval' }, [
      interval || 'No interval without responses',
      overall.moe !== null && overall.moe !== undefined ? ` · ±${formatNps(overall.moe)}` : '',
    ]),
    el('div', { class: 'counts' }, [
      el('span', { 'data-testid': 'overall-responses' }, String(overall.responses)),
      overall.responses === 1 ? ' response' : ' responses',
      ` (${overall.promoters} promoters, ${overall.passives} passives, ${overall.detractors} detractors)`,
    ]),
    el('div', { class: ignored ? 'ignored has-ignored' : 'ignored', title: ignoredValues }, [
      el('span', { 'data-testid': 'ignored-count' }, String(ignored)),
      ignored === 1 ? ' value ignored' : ' values ignored',
      ignored ? ` — not a 0–10 score: ${rowList(ignoredRows, ignored)}` : '',
    ]),
    trendSparkline(preview.trend, preview.period),
    notes.length ? el('ul', { class: 'notes' }, notes.map((note) => el('li', {}, note))) : null,
  ]);
}

/**
 * Renders the preview's empty state: the figures as "—" and a sentence why.
 *
 * @param container the preview element
 * @param reason why there is no preview yet
 */
export function renderPreviewPlaceholder(container: HTMLElement, reason: string): void {
  container.classList.remove('loading');
  replaceChildren(container, [
    el('div', { class: 'headline' }, [
      el('span', { class: 'nps-value muted', 'data-testid': 'overall-nps' }, '—'),
      el('span', { class: 'nps-unit' }, 'NPS'),
    ]),
    el('div', { class: 'counts' }, [
      el('span', { 'data-testid': 'overall-responses' }, '0'),
      ' responses · ',
      el('span', { 'data-testid': 'ignored-count' }, '0'),
      ' ignored',
    ]),
    el('p', { class: 'hint' }, reason),
  ]);
}

/**
 * Dims the preview while a newer one is on its way.
 *
 * @param container the preview element
 */
export function markPreviewLoading(container: HTMLElement): void {
  container.classList.add('loading');
}
