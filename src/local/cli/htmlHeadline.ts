/**
 * The top of the HTML report: the answer first. The NPS with its band on the
 * −100…100 scale (a bar with the band limits 0, 50 and 70 and a marker at
 * the NPS), its range in words, the comparisons in words, and the mix of
 * promoters, passives and detractors as one bar with its legend.
 */
import type { TableAnalysis } from '../../nps/analysis';
import { BAND_LINES, NPS_SCALE, type Band } from '../../nps/bands';
import { npsText, rangeInWords } from '../../nps/rangeWords';
import { escapeHtml } from './escapeHtml';
import { counted } from './readingWords';

/** CSS class of each band's chip. */
const BAND_CLASS: Record<Band, string> = {
  'Needs improvement': 'band-needs',
  Good: 'band-good',
  Excellent: 'band-excellent',
  'World class': 'band-world',
};

/** The scale's stretches, left to right, with their colours. */
const STRETCHES = [
  { from: -100, to: BAND_LINES.good, color: '#f4c7c3' },
  { from: BAND_LINES.good, to: BAND_LINES.excellent, color: '#fde293' },
  { from: BAND_LINES.excellent, to: BAND_LINES.worldClass, color: '#a8dab5' },
  { from: BAND_LINES.worldClass, to: 100, color: '#5bb974' },
];

/** Position on the scale bar, in % of its width. */
const at = (nps: number) => `${(((Math.max(-100, Math.min(100, nps)) + 100) / 200) * 100).toFixed(2)}%`;

/**
 * The headline block: NPS, band chip, scale bar, range in words, responses and the comparisons.
 *
 * @param analysis the analysis of the table
 * @example headlineSection(analysis) // '<section class="headline" data-testid="headline">…'
 */
export function headlineSection(analysis: TableAnalysis): string {
  const o = analysis.overall;
  if (o.nps === null || o.band === null || o.ci === null) {
    return '<section class="headline" data-testid="headline"><p>No valid 0–10 answers: there is no NPS to show.</p></section>';
  }
  const track = STRETCHES.map((s) => `<i style="width:${((s.to - s.from) / 2).toFixed(2)}%;background:${s.color}"></i>`).join('');
  const ticks = [-100, BAND_LINES.good, BAND_LINES.excellent, BAND_LINES.worldClass, 100]
    .map((v) => `<span class="tick" style="left:${at(v)}">${v < 0 ? `−${-v}` : v}</span>`)
    .join('');
  const few = o.fewResponses ? ' · <span class="few">few responses</span>' : '';
  const comparisons = analysis.comparisons.length
    ? `<ul class="comparisons" data-testid="comparisons">${analysis.comparisons.map((c) => `<li>${escapeHtml(c.sentence)}</li>`).join('')}</ul>`
    : '';
  return [
    '<section class="headline" data-testid="headline">',
    `<div class="score"><b data-testid="overall-nps">${escapeHtml(npsText(o.nps))}</b><span>NPS</span></div>`,
    '<div class="reading">',
    `<p><span class="chip ${BAND_CLASS[o.band]}" data-testid="nps-band">${escapeHtml(o.band)}</span> on a ${escapeHtml(NPS_SCALE)}: above 0 is good, 50 excellent, 70 world class</p>`,
    `<div class="scale" role="img" aria-label="NPS ${escapeHtml(npsText(o.nps))} on a ${escapeHtml(NPS_SCALE)}"><div class="track">${track}</div><span class="marker" style="left:${at(o.nps)}"></span>${ticks}</div>`,
    `<p data-testid="overall-range">NPS ${escapeHtml(rangeInWords(o.ci, analysis.confidence))} · ${counted(o.responses, 'response')}${few}</p>`,
    comparisons,
    '</div>',
    '</section>',
  ].join('');
}

/**
 * The mix of answers as one bar: promoters green, passives grey, detractors red, with counts and shares.
 *
 * @example mixBar({ responses: 4, promoters: 2, passives: 1, detractors: 1, … }) // '<section class="mix">…50.0 %…'
 */
export function mixBar(o: TableAnalysis['overall']): string {
  const parts = [
    { name: 'promoter', count: o.promoters, color: '#34a853', css: 'promoters' },
    { name: 'passive', count: o.passives, color: '#9aa0a6', css: 'passives' },
    { name: 'detractor', count: o.detractors, color: '#ea4335', css: 'detractors' },
  ];
  const share = (n: number) => (o.responses > 0 ? (n / o.responses) * 100 : 0);
  const bar = parts.map((p) => `<i style="width:${share(p.count).toFixed(2)}%;background:${p.color}" title="${p.css}"></i>`).join('');
  const legend = parts.map((p) => `<span class="${p.css}">${counted(p.count, p.name)} (${share(p.count).toFixed(1)} %)</span>`).join('');
  return `<section class="mix" data-testid="mix"><div class="bar">${bar}</div><div class="legend">${legend}</div></section>`;
}
