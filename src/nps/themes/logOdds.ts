/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
 * Colaresi & Quinn 2008, "Fightin' Words", Political Analysis 16(4), eq. 16,
 * 18–20), detractors (i) against promoters (j):
 *
 *   δ_w = ln((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − ln((y_jw + α_w) / (n_j + α0 − y_jw − α_w))
 *   σ²_w ≈ 1 / (y_iw + α_w) + 1 / (y_jw + α_w)
 *   z_w = δ_w / √σ²_w
 *
 * Counts are mentions: a response counts once for a term however often its
 * comment repeats it (one 50,000-character comment cannot outvote the rest),
 * and n_k is the sum of the mention counts of every term in group k.
 *
 * The prior is the whole corpus (passives included): α_w = α0 · y_w / n with
 * α0 = {@link PRIOR_SHARE} · n, so each term's prior is worth half its own
 * mentions. A smaller prior makes z noisier (a survey with no real difference
 * lights up several of its hundreds of words at |z| ≥ 1.96); the
 * conventional α0 = n halves z and needs about 10 comments of one side to
 * list anything, too many for a 60-response survey.
 */

/** α0 as a share of the corpus mentions n: α_w = PRIOR_SHARE · y_w. */
export const PRIOR_SHARE = 0.5;

/** The counts of one term. */
export interface TermCounts {
  /** Mentions among detractors (y_iw). */
  detractors: number;
  /** Mentions among promoters (y_jw). */
  promoters: number;
  /** Mentions among all responses, passives included (y_w): the prior. */
  all: number;
}

/** The totals of the corpus. */
export interface CorpusTotals {
  /** Mentions of all terms among detractors (n_i). */
  detractors: number;
  /** Mentions of all terms among promoters (n_j). */
  promoters: number;
  /** Mentions of all terms among all responses (n). */
  all: number;
}

/**
 * The z score of a term: positive when it leans to detractors, negative when
 * it leans to promoters; 0 when the corpus is too small to say (one term).
 *
 * @example
 * // "slow": 8 of the detractors' 40 mentions, 1 of the promoters' 50, 10 of all 120.
 * // α0 = 60, α_w = 5: δ = ln(13 / 87) − ln(6 / 104) = 0.9510…, σ² = 1/13 + 1/6, z = 1.9207…
 * logOddsZ({ detractors: 8, promoters: 1, all: 10 }, { detractors: 40, promoters: 50, all: 120 }); // 1.9207…
 */
export function logOddsZ(term: TermCounts, totals: CorpusTotals): number {
  const alpha0 = PRIOR_SHARE * totals.all;
  const alphaW = PRIOR_SHARE * term.all;
  const detractorSide = term.detractors + alphaW;
  const promoterSide = term.promoters + alphaW;
  const detractorRest = totals.detractors + alpha0 - detractorSide;
  const promoterRest = totals.promoters + alpha0 - promoterSide;
  if (!(detractorSide > 0 && promoterSide > 0 && detractorRest > 0 && promoterRest > 0)) return 0;
  const delta = Math.log(detractorSide / detractorRest) - Math.log(promoterSide / promoterRest);
  return delta / Math.sqrt(1 / detractorSide + 1 / promoterSide);
}
