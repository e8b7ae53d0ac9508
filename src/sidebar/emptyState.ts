/**
 * The one empty state of the sidebar — no table, no responses yet, no score
 * column — in words: what is missing and one sentence of what to do. While it
 * shows, the report controls are disabled.
 */
import type { SheetProfile } from '../shared/contract';
import { responseRows } from './format';
import { ROLE_LABELS } from './roles';

/** What the empty state says. */
export interface EmptyState {
  /** What is missing, in a few words. */
  title: string;
  /** One sentence of what to do. */
  action: string;
  /** True when the user fixes it in the columns (they open). */
  needsColumns: boolean;
}

/**
 * The empty state of a profile, or null when there is something to measure.
 * The sheet-level sentence comes from the server (it names the sheet and
 * tells an empty sheet from one with headers only).
 *
 * @param profile the sheet profile
 * @example
 * emptyStateOf({ ...profile, table: null, problem: '"Sheet1" is empty. Open the sheet with your survey answers.' })
 * // { title: 'No responses to measure', action: '"Sheet1" is empty. Open the sheet with your survey answers.', needsColumns: false }
 */
export function emptyStateOf(profile: SheetProfile): EmptyState | null {
  if (!profile.table) {
    return {
      title: 'No responses to measure',
      action: profile.problem || `Open the sheet with your survey answers (a header row, then one row per response) and press “Re-read sheet”.`,
      needsColumns: false,
    };
  }
  if (responseRows(profile.table) === 0) {
    return { title: 'No responses yet', action: 'When answers arrive under the headers, press “Re-read sheet”.', needsColumns: false };
  }
  if (profile.mapping.score === null) {
    return {
      title: 'No score column',
      action: `In the columns below, set the role of the 0–10 “How likely are you to recommend…” column to “${ROLE_LABELS.score}”.`,
      needsColumns: true,
    };
  }
  return null;
}
