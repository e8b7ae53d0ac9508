/**
 * Weighted NPS (SPEC section 10), e.g. each answer weighted by its account's
 * revenue: weighted promoter and detractor shares, Kish's effective number of
 * responses, and the adjusted Wald interval of section 2 with that effective
 * n in place of n (with every weight 1 it is exactly the unweighted interval).
 */
import { readScore, BLANK } from './score';
import { zForConfidence } from './normal';

/** The weighted NPS of a score column and a weight column. */
export interface WeightedNps {
  /** (p_w − d_w) × 100; NaN when there is no response or every weight is 0. */
  nps: number;
  /** Adjusted Wald interval with n_eff, in points, clipped to [−100, 100]. */
  ci: [number, number];
  /** Kish's effective n: (Σw)² / Σw². */
  effectiveResponses: number;
  /** Rows with a valid score and a usable weight (0 included). */
  responses: number;
  /** Rows with an answer left out: an invalid score, or a weight that is blank, not a number or negative. */
  ignored: number;
  /** Σw over the responses. */
  totalWeight: number;
}

const isArray = Array.isArray;

/**
 * The weighted NPS of scores and their weights (same length; cells or
 * one-cell rows). Rows with a blank score are not answers and are skipped;
 * a row whose score is invalid, or whose weight is blank, not a number or
 * negative, is ignored and counted; a weight of 0 is a response that weighs
 * nothing.
 *
 * @param scores the 0–10 answers
 * @param weights the weight of each answer (a number ≥ 0)
 * @param confidence strictly between 0 and 1 (default 0.95; callers check it)
 * @example
 * weightedNps([10, 9, 7, 3], [1, 2, 1, 4]);
 * // p_w = 3/8, d_w = 4/8: nps -12.5; n_eff = 64/22 = 2.909…; responses 4, ignored 0
 */
export function weightedNps(scores: ArrayLike<unknown>, weights: ArrayLike<unknown>, confidence = 0.95): WeightedNps {
  if (scores.length !== weights.length) {
    throw new Error(`scores and weights must have the same number of cells (${scores.length} vs ${weights.length}).`);
  }
  let promoterWeight = 0;
  let detractorWeight = 0;
  let totalWeight = 0;
  let squaredWeights = 0;
  let responses = 0;
  let ignored = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = readScore(unwrap(scores[i]));
    if (score === BLANK) continue;
    const weight = unwrap(weights[i]);
    if (score < 0 || typeof weight !== 'number' || !(weight >= 0) || weight === Infinity) {
      ignored++;
      continue;
    }
    responses++;
    totalWeight += weight;
    squaredWeights += weight * weight;
    if (score >= 9) promoterWeight += weight;
    else if (score <= 6) detractorWeight += weight;
  }
  if (totalWeight === 0) {
    return { nps: NaN, ci: [NaN, NaN], effectiveResponses: 0, responses, ignored, totalWeight };
  }
  const promoterShare = promoterWeight / totalWeight;
  const detractorShare = detractorWeight / totalWeight;
  const effectiveResponses = (totalWeight * totalWeight) / squaredWeights;
  return {
    nps: (promoterShare - detractorShare) * 100,
    ci: weightedInterval(promoterShare, detractorShare, effectiveResponses, confidence),
    effectiveResponses,
    responses,
    ignored,
    totalWeight,
  };
}

/**
 * The adjusted Wald interval of section 2 with an effective n: p′ = (n·p + 0.75)/(n + 3),
 * d′ likewise, V′ = p′ + d′ − (p′ − d′)², (p′ − d′) ± z·√(V′/(n + 3)), in points, clipped to [−100, 100].
 *
 * @param promoterShare p_w, 0–1
 * @param detractorShare d_w, 0–1
 * @param n the effective number of responses (> 0)
 * @param confidence strictly between 0 and 1
 * @example
 * weightedInterval(0.7, 0.1, 100, 0.95); // [45.2698…, 71.2351…], as npsInterval of (70, 20, 10)
 */
export function weightedInterval(promoterShare: number, detractorShare: number, n: number, confidence = 0.95): [number, number] {
  const adjustedN = n + 3;
  const p = (n * promoterShare + 0.75) / adjustedN;
  const d = (n * detractorShare + 0.75) / adjustedN;
  const centre = p - d;
  const halfWidth = zForConfidence(confidence) * Math.sqrt((p + d - centre * centre) / adjustedN);
  return [toPoints(centre - halfWidth), toPoints(centre + halfWidth)];
}

function toPoints(share: number): number {
  return Math.min(100, Math.max(-100, share * 100));
}

/** A cell, or the cell of a one-cell row (a one-column range). */
function unwrap(cell: unknown): unknown {
  return isArray(cell) ? cell[0] : cell;
}
