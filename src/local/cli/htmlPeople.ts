/**
 * "People" on the HTML report page (SPEC section 10): the NPS of each
 * person's latest answer beside the NPS of all answers, repeat people and
 * the movement table. Counts only: no person's address or id is shown.
 */
import type { PeopleSummary } from '../../nps/peopleTypes';
import { npsText, rangeInWords } from '../../nps/rangeWords';
import type { AnalyzeOutcome } from './outcome';
import { escapeHtml } from './escapeHtml';
import { htmlTable } from './htmlTable';
import { columnHeader } from './textGrid';
import { CATEGORIES, movementBasis } from './themesPeopleWords';

/**
 * The section, or "" when no respondent column is chosen.
 *
 * @param outcome what the analysis produced
 */
export function peopleHtml(outcome: AnalyzeOutcome): string {
  const { analysis, profile } = outcome;
  if (!analysis.people) return '';
  return peopleSectionHtml(analysis.people, analysis.overall, columnHeader(profile, profile.mapping.respondent), analysis.confidence);
}

/**
 * The section from the people summary.
 *
 * @param people what the people summary returned
 * @param allAnswers the NPS and count of every valid answer (the headline's)
 * @param respondentHeader the respondent column's header
 * @param confidence the interval's confidence level (0–1)
 * @example peopleSectionHtml(people, { nps: 7.75, responses: 400 }, 'Email', 0.95) // '<section data-testid="people"><h2>People</h2>…'
 */
export function peopleSectionHtml(people: PeopleSummary, allAnswers: { nps: number | null; responses: number }, respondentHeader: string, confidence: number): string {
  const parts = ['<section data-testid="people">', '<h2>People</h2>'];
  if (respondentHeader) parts.push(`<p class="meta">Each person of “${escapeHtml(respondentHeader)}” counted once, by their latest answer.</p>`);
  if (people.people === 0) {
    parts.push('<p>No answer has both a person and a readable date, so there is no latest answer per person.</p>');
  } else {
    const all = allAnswers.nps === null ? '' : card(npsText(allAnswers.nps), `NPS of all ${allAnswers.responses} answers`);
    parts.push(
      `<div class="cards">${card(npsText(people.nps), `NPS of the latest answer of each of ${people.people} ${people.people === 1 ? 'person' : 'people'}`)}${all}` +
        `${card(String(people.repeatPeople), 'answered more than once')}</div>`,
    );
    parts.push(
      `<p>Latest answers: ${escapeHtml(rangeInWords(people.ci, confidence))}; <span class="promoters">${people.promoters} promoters</span>, ` +
        `<span class="passives">${people.passives} passives</span>, <span class="detractors">${people.detractors} detractors</span>.</p>`,
    );
  }
  if (people.ignored > 0) parts.push(`<p class="note">${people.ignored} ${people.ignored === 1 ? 'row is' : 'rows are'} left out (no person, no 0–10 answer or no readable date).</p>`);
  if (people.repeatPeople > 0) {
    const basis = movementBasis(people.repeatPeople);
    parts.push(`<h3>How they moved</h3><p class="note">${escapeHtml(basis[0].toUpperCase() + basis.slice(1))}.</p>`);
    parts.push(htmlTable(['From \\ To', ...CATEGORIES], CATEGORIES.map((from, i) => [from, ...CATEGORIES.map((_, j) => String(people.movement[i]?.[j] ?? 0))])));
  }
  parts.push('</section>');
  return parts.join('\n');
}

function card(value: string, label: string): string {
  return `<div class="card"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
}
