/**
 * The shapes of "People" (SPEC section 10): each person's latest answer, and
 * how people moved between their previous and latest answers. The counting
 * lives in people.ts; the report, follow-up sheet, CLI and JSON read these.
 */

/** A score category, as the tables name it. */
export type Category = 'Promoter' | 'Passive' | 'Detractor';

/** One person's latest valid dated answer. */
export interface LatestAnswer {
  /** The person as first written in the data (trimmed). */
  person: string;
  /** Index of the answer's row in the given columns (0-based). */
  index: number;
  /** Instant of the answer (ms since epoch). */
  instant: number;
  score: number;
  category: Category;
  /** How many valid dated answers this person gave. */
  answers: number;
}

/** Latest-answer NPS and movement (NPS_LATEST and NPS_MOVEMENT in one pass). */
export interface PeopleSummary {
  /** People counted (non-blank, at least one valid dated answer). */
  people: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS of the latest answers (unrounded). */
  nps: number;
  ci: [number, number];
  /** Valid dated answers of non-blank people. */
  responses: number;
  /** People with two or more such answers. */
  repeatPeople: number;
  /**
   * movement[from][to]: people with 2+ answers by previous answer's category
   * → latest answer's category, in the order Promoter, Passive, Detractor.
   */
  movement: number[][];
  /** Every person's latest answer, newest first (ties: the lower row first). */
  latest: LatestAnswer[];
  /** Rows left out: blank person, no valid score, or no readable date. */
  ignored: number;
}
