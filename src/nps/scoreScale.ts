/**
 * Which scale the score column's answers are on (SPEC 10b). NPS is defined
 * on 0–10, but exports do not always say 0–10:
 *
 * - Qualtrics codes a 0–10 item 1–11 unless the survey's author recodes it:
 *   answers 1–11 with 11 among them and never 0 are read as 0–10, each
 *   minus 1 (scale `1-11 recoded`);
 * - "on a scale of 1 to 10": answers from 1 up with never a 0 in 50 or more
 *   answers are counted as they are, with a warning that NPS is defined on 0–10;
 * - a 1–5 or 1–7 rating chosen as the score (answers never above 5 or 7)
 *   is warned about: every answer would be a detractor.
 *
 * The analysis decides once per score column, from all its answers. The
 * formulas (SPEC 4) do not: `NPS()` of a 1–11 range counts 11 as invalid.
 */
import type { ScoreScaleName } from '../shared/contract';
import { BLANK, INVALID, readScore } from './score';
import { headerInText } from './cellDisplay';

/** The scale the analysis read the score column on (JSON `overall.scale`). */
export type ScaleName = ScoreScaleName;

/** What {@link scoreScale} found. */
export interface ScoreScale {
  name: ScaleName;
  /** Sentences for the user (empty when the answers look like 0–10). */
  warnings: string[];
}

/** A 1–10 scale is only suspected from this many answers without a 0 (SPEC 10b). */
const ONE_TO_TEN_ANSWERS = 50;
/** A rating scale is only suspected from this many answers (a handful of 0–10 answers may all be low). */
const RATING_ANSWERS = 10;
/**
 * Share of the answers that must be 11 before a column is read as 1–11. A
 * 0–10 column with one typed 11 is not recoded; in a real 1–11 export the
 * 11s are everyone who would answer 10, rarely fewer than one in ten.
 */
const ELEVEN_SHARE = 0.05;

// A leading whole number as readScore accepts it, followed by what readScore accepts after it.
const LABELLED = /^(\d+)(?:\s*[-\u2013\u2014:](?!\s*\d)|\s+[^\s\d.,+\-\u2013\u2014:/])/;

/**
 * The answer a cell holds on a 1–11 scale (1–11), or {@link BLANK} or
 * {@link INVALID}: a whole number 1–11, as a number or as text with an
 * optional label (`"11 - Extremely likely"`); `0` and everything else is invalid.
 *
 * @example answerOnElevenPoints(11)        // 11
 * @example answerOnElevenPoints(' 3 ')     // 3
 * @example answerOnElevenPoints('11 - Extremely likely') // 11
 * @example answerOnElevenPoints(0)         // INVALID
 */
export function answerOnElevenPoints(cell: unknown): number {
  const score = readScore(cell);
  if (score >= 1 || score === BLANK) return score;
  if (score === 0) return INVALID;
  // Invalid on 0–10: it may still be an 11.
  let value = NaN;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    const text = cell.trim();
    const labelled = LABELLED.exec(text);
    value = /^\d+(?:\.0+)?$/.test(text) ? Number(text) : labelled ? Number(labelled[1]) : NaN;
  }
  return value === 11 ? 11 : INVALID;
}

/**
 * The score read from a cell of a column coded 1–11: 0–10 (the answer
 * minus 1), {@link BLANK} or {@link INVALID}.
 *
 * @example recodedScore(1)   // 0
 * @example recodedScore(11)  // 10
 * @example recodedScore('')  // BLANK
 * @example recodedScore(0)   // INVALID
 */
export function recodedScore(cell: unknown): number {
  const answer = answerOnElevenPoints(cell);
  return answer >= 1 ? answer - 1 : answer;
}

/**
 * The scale of a score column, from all its cells, and what to tell the user.
 *
 * @param cells the score column's data cells
 * @param header the column's header, to name it in the warnings ("" when blank)
 * @example
 * scoreScale([1, 11, 6, 11, 9], 'Q1').name;  // '1-11 recoded'
 * scoreScale([0, 10, 7], 'Q1');              // { name: '0-10', warnings: [] }
 */
export function scoreScale(cells: ArrayLike<unknown>, header: string): ScoreScale {
  // counts[v]: answers v = 0…11; valid: those 0–10; elevens: the 11s (invalid on 0–10).
  const counts = new Array<number>(12).fill(0);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const score = typeof cell === 'number' && cell >= 0 && cell <= 10 && (cell | 0) === cell ? cell : readScore(cell);
    if (score >= 0) counts[score]++;
    else if (score === INVALID && answerOnElevenPoints(cell) === 11) counts[11]++;
  }
  return scaleOfCounts(counts, header);
}

/**
 * The scale of a score column from how many of its cells read as each
 * answer: `counts[v]` for v = 0…10 the cells {@link readScore} reads as v,
 * `counts[11]` those {@link answerOnElevenPoints} reads as 11 (a data
 * engine's count query gives these without the cells).
 *
 * @param counts twelve counts, answers 0…11
 * @param header the column's header, to name it in the warnings ("" when blank)
 * @example scaleOfCounts([0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 10], 'Q1').name // '1-11 recoded'
 */
export function scaleOfCounts(counts: readonly number[], header: string): ScoreScale {
  const column = header ? `“${headerInText(header)}”` : 'The score column';
  const answered = counts.reduce((a, b) => a + b, 0);
  const valid = answered - counts[11];
  const lowest = counts.findIndex((n) => n > 0);
  let highest = 11;
  while (highest >= 0 && counts[highest] === 0) highest--;
  if (counts[0] === 0 && counts[11] > 0 && counts[11] >= ELEVEN_SHARE * answered) {
    return {
      name: '1-11 recoded',
      warnings: [
        `${column} is coded 1–11 with no 0 (as Qualtrics codes a 0–10 question unless it is recoded), so each answer was read as one less: 11 as 10, 1 as 0.`,
      ],
    };
  }
  if (valid >= RATING_ANSWERS && highest <= 7 && lowest >= 0) {
    const top = highest <= 5 ? 5 : 7;
    return {
      name: '0-10',
      warnings: [
        `${column} has no answer above ${highest}: it looks like a 1–${top} rating, not a 0–10 recommend question, and NPS counts every answer from 0 to 6 as a detractor. Choose the 0–10 “How likely are you to recommend…” column as the score.`,
      ],
    };
  }
  if (valid >= ONE_TO_TEN_ANSWERS && counts[0] === 0 && lowest === 1) {
    return {
      name: '0-10',
      warnings: [
        `${column} has ${valid} answers from 1 to ${highest} and not one 0: it may be a 1–10 scale. NPS is defined on 0–10, so the answers were counted as they are (1–6 as detractors); compare with a 0–10 survey with care.`,
      ],
    };
  }
  return { name: '0-10', warnings: [] };
}
