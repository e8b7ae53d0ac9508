/**
 * A figure pooled from fewer than {@link FEW_RESPONSES} responses is marked
 * "few responses" wherever it is shown (SPEC §2): its interval is wide and a
 * marketer should not act on it alone.
 */

/** Responses below which a figure is marked "few responses". */
export const FEW_RESPONSES = 30;

/** The mark shown next to such a figure. */
export const FEW_RESPONSES_MARK = 'few responses';

/**
 * True when a figure pooled from `responses` answers is marked "few responses" (1–29; an empty group has no figure).
 * @example isFewResponses(29) // true
 * @example isFewResponses(30) // false
 * @example isFewResponses(0) // false
 */
export function isFewResponses(responses: number): boolean {
  return responses > 0 && responses < FEW_RESPONSES;
}

/**
 * The note beside a figure: "few responses" under 30, else "".
 * @example fewResponsesNote(true) // 'few responses'
 */
export function fewResponsesNote(fewResponses: boolean): string {
  return fewResponses ? FEW_RESPONSES_MARK : '';
}
