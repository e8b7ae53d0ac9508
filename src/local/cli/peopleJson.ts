/**
 * `people` in the `--json` output (SPEC sections 6 and 10): latest-answer
 * figures, repeat people and movement, null without a respondent column.
 * Personal data stays out: counts only, never the people's addresses or ids
 * (the follow-up sheet in Sheets is the one place that lists them, and only
 * when the user asks for it).
 */
import type { PeopleSummary } from '../../nps/peopleTypes';
import { CATEGORIES } from './themesPeopleWords';

/** A movement table keyed by category: `movement.promoter.detractor` people went from promoter to detractor. */
export type JsonMovement = Record<'promoter' | 'passive' | 'detractor', Record<'promoter' | 'passive' | 'detractor', number>>;

/** `people`: latest-answer figures, repeat people and movement; counts only. */
export interface JsonPeople {
  people: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS of each person's latest answer (unrounded). */
  nps: number | null;
  ci: [number, number] | null;
  /** Valid dated answers of non-blank people. */
  responses: number;
  repeatPeople: number;
  /** Rows left out: blank person, no valid score or no readable date. */
  ignored: number;
  movement: JsonMovement;
  /** The NPS of all valid answers (the headline's), for comparison. */
  allNps: number | null;
}

/**
 * The `people` object, or null without a respondent column.
 *
 * @param people the analysis' people summary
 * @param allNps the NPS of all valid answers
 * @example peopleJson(summary, 7.75).movement.promoter.detractor // 3
 */
export function peopleJson(people: PeopleSummary | null | undefined, allNps: number | null): JsonPeople | null {
  if (!people) return null;
  const key = (category: string) => category.toLowerCase() as keyof JsonMovement;
  const movement = {} as JsonMovement;
  CATEGORIES.forEach((from, i) => {
    movement[key(from)] = {} as JsonMovement['promoter'];
    CATEGORIES.forEach((to, j) => {
      movement[key(from)][key(to)] = people.movement[i]?.[j] ?? 0;
    });
  });
  const counted = people.people > 0;
  return {
    people: people.people,
    promoters: people.promoters,
    passives: people.passives,
    detractors: people.detractors,
    nps: counted ? people.nps : null,
    ci: counted ? [people.ci[0], people.ci[1]] : null,
    responses: people.responses,
    repeatPeople: people.repeatPeople,
    ignored: people.ignored,
    movement,
    allNps,
  };
}
