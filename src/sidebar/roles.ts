/**
 * How roles read in the role pickers, and how sure the detector was.
 */
import { ROLES } from '../shared/contract';
import type { ColumnProfile, Role } from '../shared/contract';

/** Readable label of every role, in picker order. */
export const ROLE_LABELS: { readonly [R in Role]: string } = {
  score: 'NPS score (0–10)',
  date: 'Date',
  segment: 'Segment',
  comment: 'Comment',
  respondent: 'Respondent (e-mail or id)',
  nps_group: 'NPS group',
  id: 'ID',
  email: 'Email',
  number: 'Number',
  other: 'Other',
};

/**
 * The role picker's options: value = role name, label = readable label.
 *
 * @returns one entry per role, in the order of ROLES
 */
export function roleOptions(): { value: Role; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}

/**
 * A short hint about the role in force: who chose it, how sure the detector
 * was, or that the column gave its role to the one the user picked.
 *
 * @param column the column as the server profiled it
 * @example
 * confidenceHint({ ...column, overridden: false, confidence: 0.97 }) // 'sure'
 * confidenceHint({ ...column, role: 'number', detectedRole: 'score', overridden: false }) // 'was the score'
 */
export function confidenceHint(column: ColumnProfile): string {
  if (column.overridden) return 'set by you';
  // Another column was given the score (or the date): this one steps back to its next role.
  if (column.role !== column.detectedRole) return column.detectedRole === 'score' || column.detectedRole === 'date' ? `was the ${column.detectedRole}` : `was ${ROLE_LABELS[column.detectedRole]}`;
  if (column.confidence >= 0.85) return 'sure';
  if (column.confidence >= 0.6) return 'likely';
  return 'a guess — check';
}

/**
 * What to send to saveRoleOverrides for a pick: picking the detected role
 * again clears the override (null), so the column follows the detector —
 * except for the score and date roles, which are sent as they are: another
 * column may hold them now, and the server moves them over.
 *
 * @param column the column
 * @param picked the role the user picked
 * @example
 * overrideFor({ ...column, detectedRole: 'segment' }, 'segment') // null
 * overrideFor({ ...column, detectedRole: 'score' }, 'score')     // 'score'
 */
export function overrideFor(column: ColumnProfile, picked: Role): Role | null {
  if (picked === 'score' || picked === 'date') return picked;
  return picked === column.detectedRole ? null : picked;
}
