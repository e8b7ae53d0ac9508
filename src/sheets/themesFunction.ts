/**
 * NPS_THEMES (SPEC section 10): what customers say. Thin: it reads the
 * arguments, calls the theme finder and shapes its table. The JSDoc block
 * becomes the help card in Sheets (scripts/build.mjs).
 *
 * The Example column holds the comment as a string value. A custom
 * function's result is a value, never re-read as typing (a string "=1+1"
 * returned stays the text "=1+1", as FORMULATEXT shows), so it needs no
 * leading apostrophe here; the apostrophe of sheetText.ts is for
 * `Range.setValues`, which does read strings as typing, and it would show
 * as a stray "'" in a formula's result.
 */
import { findThemes } from '../nps/themes/findThemes';
import { readScore } from '../nps/score';
import { columnCells, sameCells, sameRows, wholeNumberArg } from './formulaArgs';

/** NPS_THEMES's header. */
export const THEMES_HEADER = ['Theme', 'Leans', 'Mentions', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high', 'z', 'Example'];

/**
 * What customers say: the words and two-word phrases that detractors use clearly more than promoters (Leans "Detractors") or less (Leans "Promoters"), with the NPS of the answers that mention them and an example comment. z is the weighted log-odds score (Monroe et al. 2008): beyond ±1.96, the difference between the sides is unlikely to be chance. Works in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Nordic languages, Chinese, Japanese, Korean and more; nothing leaves the spreadsheet.
 * Example: =NPS_THEMES(E2:E, C2:C) where 8 detractors wrote "Slow", 2 detractors and 2 promoters "price", 1 passive "slow" and 10 promoters "Great" returns the header and two rows: slow, Detractors, 9, 0, 1, 8, −88.9, −100, −33.3, 2.76, Slow; great, Promoters, 10, 10, 0, 0, 100, 47.5, 100, −2.82, Great.
 *
 * @param {E2:E} comments The comment of each answer (the "why?" question).
 * @param {C2:C} scores The 0–10 answers, same rows as the comments.
 * @param {10} max_themes Optional. At most this many themes per side (default 10).
 * @param {3} min_mentions Optional. A theme must be mentioned by at least this many answers (default 3).
 * @return A header row and one row per theme: detractor-leaning first, then promoter-leaning.
 * @customfunction
 */
export function NPS_THEMES(comments: unknown, scores: unknown, max_themes?: unknown, min_mentions?: unknown): (string | number)[][] {
  const fn = 'NPS_THEMES';
  const maxThemes = wholeNumberArg(fn, 'max_themes', max_themes, 1, 10);
  const minMentions = wholeNumberArg(fn, 'min_mentions', min_mentions, 1, 3);
  sameRows(fn, 'comments', comments, 'scores', scores);
  const commentCells = columnCells(comments);
  const scoreCells = columnCells(scores);
  sameCells(fn, 'comments', commentCells, 'scores', scoreCells);
  if (!hasValidScore_(scoreCells)) {
    throw new Error(`${fn}: no valid 0–10 scores in scores. Select the comments first, then the answers to "How likely are you to recommend…" over the same rows.`);
  }
  const result = findThemes(commentCells, scoreCells, { maxThemes, minMentions });
  if (result.themes.length === 0) {
    const read = `${result.comments} ${result.comments === 1 ? 'comment' : 'comments'} read, ${result.ignored} ignored`;
    const message = `No theme leans clearly to detractors or promoters (${read}). More comments, or a lower min_mentions, may show some.`;
    return [THEMES_HEADER, [message, '', '', '', '', '', '', '', '', '', '']];
  }
  return [
    THEMES_HEADER,
    ...result.themes.map((t) => [t.theme, t.leans, t.mentions, t.promoters, t.passives, t.detractors, t.nps, t.ci[0], t.ci[1], t.z, t.example]),
  ];
}

/** Whether any cell of a column holds a valid 0–10 score. */
function hasValidScore_(cells: ArrayLike<unknown>): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (readScore(Array.isArray(cell) ? cell[0] : cell) >= 0) return true;
  }
  return false;
}
