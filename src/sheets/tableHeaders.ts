/**
 * The header rows of the tables the custom functions return (SPEC §4); the
 * report writes the same headers above its tables.
 */

/** `NPS_SUMMARY`'s header, and the report's summary block. */
export const SUMMARY_HEADER = ['Responses', 'Promoters', 'Passives', 'Detractors', '% Promoters', '% Passives', '% Detractors', 'NPS', 'CI low', 'CI high', 'Ignored'];
/** `NPS_ROLLING`'s header, and the first columns of `NPS_BY_PERIOD`'s. */
export const PERIOD_HEADER = ['Period start', 'Period', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high'];
/** The last two columns of `NPS_BY_PERIOD` (not of `NPS_ROLLING`, whose windows overlap). */
export const CHANGE_HEADER = ['Change vs previous', 'Significant change'];
/** `NPS_BY_SEGMENT`'s header. */
export const SEGMENT_HEADER = ['Segment', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high', 'Difference vs rest', 'Significant vs rest'];
/** `NPS_TEST`'s header. */
export const TEST_HEADER = ['NPS A', 'NPS B', 'Difference (A − B)', 'CI low (adjusted A − B)', 'CI high (adjusted A − B)', 'p-value', 'Significant'];
/** `NPS_LATEST`'s header (each person's latest answer). */
export const LATEST_HEADER = ['People', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high', 'Responses', 'Repeat people'];
/** `NPS_MOVEMENT`'s header; its rows start with the same categories. */
export const MOVEMENT_HEADER = ['From \\ To', 'Promoter', 'Passive', 'Detractor'];
/** `NPS_WEIGHTED`'s header. */
export const WEIGHTED_HEADER = ['NPS', 'CI low', 'CI high', 'Effective responses', 'Responses', 'Ignored'];
