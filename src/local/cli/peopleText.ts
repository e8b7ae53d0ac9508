/**
 * "People" in the readable output (SPEC section 10): the NPS of each
 * person's latest answer beside the NPS of all answers, how many people
 * answered more than once, and how they moved between their previous and
 * latest answers. Counts only: no person's address is ever printed.
 */
import type { PeopleSummary } from '../../nps/peopleTypes';
import { npsText, rangeInWords } from '../../nps/rangeWords';
import { counted } from './readingWords';
import type { AnalyzeOutcome } from './outcome';
import { columnHeader, grid, oneLine } from './textGrid';
import { CATEGORIES, movementBasis } from './themesPeopleWords';

/**
 * The section with a blank line before it, or nothing when no respondent column is chosen.
 *
 * @param outcome what the analysis produced
 */
export function peopleSection(outcome: AnalyzeOutcome): string[] {
  const { analysis, profile } = outcome;
  if (!analysis.people) return [];
  return ['', ...peopleText(analysis.people, analysis.overall, columnHeader(profile, profile.mapping.respondent), analysis.confidence)];
}

/**
 * The section as lines of text.
 *
 * @param people what the people summary returned for the respondent column
 * @param allAnswers the NPS and count of every valid answer (the headline's)
 * @param respondentHeader the respondent column's header
 * @param confidence the interval's confidence level (0–1)
 * @example peopleText(people, { nps: 7.75, responses: 400 }, 'Email address', 0.95)[0] // 'People (Email address)'
 */
export function peopleText(people: PeopleSummary, allAnswers: { nps: number | null; responses: number }, respondentHeader: string, confidence: number): string[] {
  const lines = [`People (${oneLine(respondentHeader || 'respondent column', 60)})`];
  if (people.people === 0) {
    lines.push('  No answer has both a person and a readable date, so there is no latest answer per person.');
  } else {
    lines.push(`  Latest answer of each person: NPS ${npsText(people.nps)} · ${rangeInWords(people.ci, confidence)} · ${peopleCount(people.people)}`);
    if (allAnswers.nps !== null) lines.push(`  All answers:                  NPS ${npsText(allAnswers.nps)} · ${counted(allAnswers.responses, 'response')}`);
    lines.push(
      `  By their latest answer: ${counted(people.promoters, 'promoter')}, ${counted(people.passives, 'passive')}, ${counted(people.detractors, 'detractor')}; ` +
        `${people.repeatPeople} of ${people.people} answered more than once`,
    );
  }
  if (people.ignored > 0) lines.push(`  ${counted(people.ignored, 'row')} left out (no person, no 0–10 answer or no readable date).`);
  if (people.repeatPeople > 0) {
    lines.push(`  How they moved: ${movementBasis(people.repeatPeople)}.`);
    const rows = CATEGORIES.map((from, i) => [from, ...CATEGORIES.map((_, j) => String(people.movement[i]?.[j] ?? 0))]);
    lines.push(...grid(['From \\ To', ...CATEGORIES], rows).map((line) => `  ${line}`));
  }
  return lines;
}

/** "1 person", "268 people". */
function peopleCount(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}
