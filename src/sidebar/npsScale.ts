/**
 * The NPS scale under the headline: a bar from −100 to 100 with the band
 * lines at 0, 50 and 70 and a marker at the NPS, so a reader sees at once
 * where the score sits.
 */
import { BAND_LINES } from '../nps/bands';
import { el } from './dom';
import { formatNps } from './format';

/** The scale's ends, in points. */
const LOW = -100;
const HIGH = 100;

/** The ticks under the bar: the ends and the band lines. */
const TICKS = [LOW, BAND_LINES.good, BAND_LINES.excellent, BAND_LINES.worldClass, HIGH];

/**
 * Where a value sits on the scale, as a percentage of its width (0 at −100,
 * 100 at 100); values outside the scale stay at its ends.
 *
 * @param nps in points
 * @example
 * scalePercent(21.1) // 60.55
 * scalePercent(-100) // 0
 */
export function scalePercent(nps: number): number {
  const clamped = Math.min(HIGH, Math.max(LOW, nps));
  return ((clamped - LOW) / (HIGH - LOW)) * 100;
}

/** A tick label: the minus as a real minus sign. */
function tickText(value: number): string {
  return value < 0 ? `−${-value}` : String(value);
}

/**
 * The scale element, with the NPS's marker.
 *
 * @param nps in points
 * @param band the band's name, for the description
 */
export function npsScale(nps: number, band: string | null): HTMLElement {
  const zones: [number, number, string][] = [
    [LOW, BAND_LINES.good, 'zone-needs'],
    [BAND_LINES.good, BAND_LINES.excellent, 'zone-good'],
    [BAND_LINES.excellent, BAND_LINES.worldClass, 'zone-excellent'],
    [BAND_LINES.worldClass, HIGH, 'zone-world'],
  ];
  const track = el('div', { class: 'scale-track' }, zones.map(([from, to, name]) => {
    const zone = el('span', { class: `scale-zone ${name}` });
    zone.style.left = `${scalePercent(from)}%`;
    zone.style.width = `${scalePercent(to) - scalePercent(from)}%`;
    return zone;
  }));
  const marker = el('span', { class: 'scale-marker', 'data-testid': 'nps-scale-marker' });
  marker.style.left = `${scalePercent(nps)}%`;
  const ticks = el('div', { class: 'scale-ticks', 'aria-hidden': 'true' }, TICKS.map((value) => {
    const tick = el('span', { class: value === LOW ? 'tick tick-start' : value === HIGH ? 'tick tick-end' : 'tick' }, tickText(value));
    tick.style.left = `${scalePercent(value)}%`;
    return tick;
  }));
  const description =
    `NPS ${formatNps(nps)}${band ? `, ${band}` : ''}, on the scale from −100 to 100: ` +
    `above ${BAND_LINES.good} good, ${BAND_LINES.excellent} and above excellent, ${BAND_LINES.worldClass} and above world class`;
  return el('div', { class: 'scale', role: 'img', 'aria-label': description, title: description }, [track, marker, ticks]);
}
