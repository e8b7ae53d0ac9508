/**
 * "Scored on: How likely… (B). Another 0–10 question: How likely… Python
 * (K) — use it instead" (SPEC 10b): when a sheet holds more than one 0–10
 * recommend question, the sidebar says which one the NPS is computed on and
 * offers each other one; "use it instead" makes it the score column (a role
 * override, like picking "NPS score (0–10)" in its role picker). Headers are
 * set as text, never as HTML.
 */
import type { SheetProfile } from '../shared/contract';
import { el, replaceChildren } from './dom';

/** Headers longer than this are cut with "…" (the whole header is the tooltip). */
const SHOWN_HEADER = 48;

/**
 * A header as the line shows it: whole when short, else cut at a word with "…".
 *
 * @example shortHeader('Plan') // 'Plan'
 */
export function shortHeader(header: string): string {
  const text = header.trim().replace(/\s+/g, ' ');
  if (text.length <= SHOWN_HEADER) return text;
  const cut = text.slice(0, SHOWN_HEADER);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHOWN_HEADER / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.?!–-]+$/, '')}…`;
}

/**
 * Fills (or hides) the "Scored on" line of a profile.
 *
 * @param line the element for the line (hidden when the sheet has one recommend question)
 * @param profile the sheet profile
 * @param onUse called with a column index when the user asks to score on it instead
 * @param disabled true while roles are being saved
 */
export function renderScoredOn(line: HTMLElement, profile: SheetProfile, onUse: (column: number) => void, disabled = false): void {
  const others = profile.alternativeScores || [];
  const score = profile.mapping.score === null ? null : profile.columns.find((c) => c.index === profile.mapping.score);
  line.hidden = others.length === 0 || !score;
  if (line.hidden || !score) {
    replaceChildren(line, []);
    return;
  }
  const name = (header: string, letter: string) => el('span', { class: 'question', title: header }, `${shortHeader(header) || `column ${letter}`} (${letter})`);
  const parts: Array<Node | string> = ['Scored on: ', name(score.header, score.letter), '.'];
  for (const other of others) {
    const use = el('button', { type: 'button', class: 'link', 'data-testid': `use-score-${other.column}`, disabled }, 'use it instead');
    use.addEventListener('click', () => onUse(other.column));
    parts.push(' Another 0–10 question: ', name(other.header, other.letter), ' — ', use);
  }
  replaceChildren(line, parts);
}
