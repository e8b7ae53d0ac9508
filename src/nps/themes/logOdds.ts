/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
 * Colaresi & Quinn 2008, "Fightin' Words", Political Analysis 16(4), eq.
 * 15–20), detractors (i) against promoters (j):
 *
 *   δ_w = ln((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − ln((y_jw + α_w) / (n_j + α0 − y_jw − α_w))
 *   σ²_w = 1/(y_iw + α_w) + 1/(n_i + α0 − y_iw − α_w) + 1/(y_jw + α_w) + 1/(n_j + α0 − y_jw − α_w)
 *   z_w = δ_w / √σ²_w
 *
 * The unit is the response, not the token: y_kw is the number of group-k
 * responses whose comment mentions w (once, however often it is repeated, so
 * one 50,000-character comment cannot outvote the rest) and n_k the number
 * of group-k responses read. δ is then the log-odds ratio of "mentions w"
 * between the sides, and a long-winded side does not dilute its own themes
 * (detractors write longer comments). Because a theme can be mentioned by a
 * large share of a side, σ² keeps both terms of each log-odds; the paper
 * drops the second, negligible for one word among thousands of tokens.
 *
 * The prior is the whole corpus (passives included): α_w = α0 · y_w / n,
 * with α0 = c · n, so each term's prior is worth c times its own mentions; c
 * is {@link priorShare}.
 */

/**
 * c = α0 / n, the weight of the prior: 0.35 up to 700 responses, growing in
 * proportion to 1 (the conventional α0 = n) at 2,000 responses and more. A
 * weaker prior makes z noisy: a survey with no real difference would list
 * several of its hundreds of words at |z| ≥ 1.96. A stronger one shrinks z
 * so much that a theme said by most detractors of a 30-response survey is
 * missed. Larger surveys have many more candidate words to be listed by
 * chance, and their real themes stand out anyway.
 *
 * @param responses the responses read (valid score and a comment with words)
 * @example
 * priorShare(60);   // 0.35
 * priorShare(1000); // 0.5
 * priorShare(5000); // 1
 */
export function priorShare(responses: number): number {
  return Math.min(1, Math.max(0.35, responses / 2000));
}

/** The responses that mention one term. */
export interface TermCounts {
  /** Detractors (y_iw). */
  detractors: number;
  /** Promoters (y_jw). */
  promoters: number;
  /** All responses, passives included (y_w): the prior. */
  all: number;
}

/** The responses read. */
export interface CorpusTotals {
  /** Detractors (n_i). */
  detractors: number;
  /** Promoters (n_j). */
  promoters: number;
  /** All responses, passives included (n). */
  all: number;
}

/**
 * The z score of a term: positive when it leans to detractors, negative when
 * it leans to promoters; 0 when the corpus is too small to say (one term).
 *
 * @param term the term's mentions
 * @param totals the corpus's mentions
 * @param share c = α0 / n, see {@link priorShare}
 * @example
 * // "slow": said by 8 of 40 detractors, 1 of 50 promoters, 10 of all 120 responses; c = 0.5.
 * // α0 = 60, α_w = 5: δ = ln(13 / 87) − ln(6 / 104) = 0.9517…, σ² = 1/13 + 1/87 + 1/6 + 1/104, z = 1.8497…
 * logOddsZ({ detractors: 8, promoters: 1, all: 10 }, { detractors: 40, promoters: 50, all: 120 }, 0.5); // 1.8497…
 */
export function logOddsZ(term: TermCounts, totals: CorpusTotals, share: number): number {
  const alpha0 = share * totals.all;
  const alphaW = share * term.all;
  const detractorSide = term.detractors + alphaW;
  const promoterSide = term.promoters + alphaW;
  const detractorRest = totals.detractors + alpha0 - detractorSide;
  const promoterRest = totals.promoters + alpha0 - promoterSide;
  if (!(detractorSide > 0 && promoterSide > 0 && detractorRest > 0 && promoterRest > 0)) return 0;
  const delta = Math.log(detractorSide / detractorRest) - Math.log(promoterSide / promoterRest);
  return delta / Math.sqrt(1 / detractorSide + 1 / detractorRest + 1 / promoterSide + 1 / promoterRest);
}
