/**
 * The columns as the sidebar shows them: the detector's roles, the user's
 * corrections on top, example values, and the mapping in force. Pure.
 */
import type { ColumnMapping, ColumnProfile, Role, ScoreQuestion, TablePosition } from '../shared/contract';
import { cellDisplayText } from '../nps/cellDisplay';
import { isBlankCell } from '../nps/cellKinds';
import type { QuestionColumn } from '../nps/longFormat';
import { alternativeScores, mappingFromRoles, profileColumns } from '../nps/roles';
import type { Zone } from '../nps/zone';
import { overridesByIndex, type RoleOverrides, type SavedRole } from './settings';

/** Example values shown per column. */
const SAMPLES = 3;
/** Data rows searched for example values. */
const SAMPLE_SEARCH_ROWS = 200;
/** Roles only one column can have: picking one for a column takes it from the detected one. */
const SINGLE_ROLES: { [role: string]: Role } = { score: 'number', date: 'other' };

/** The columns, the mapping in force and each column's header text. */
export interface ColumnsInForce {
  columns: ColumnProfile[];
  mapping: ColumnMapping;
  /** Header text per column index. */
  headers: string[];
  /** The column of questions of a sheet of one row per answer, else null. */
  questions: QuestionColumn | null;
  /** Other 0–10 recommend questions than the score in force (SPEC 10b). */
  alternativeScores: ScoreQuestion[];
  /** Likert items coded as numbers that the user gave no role: driver candidates beside `mapping.drivers` (SPEC 10b). */
  scaleItems: number[];
}

/**
 * Profiles the table's columns and applies the user's role overrides. When
 * the user picks `score` (or `date`) for a column, the column the detector
 * had chosen for it becomes `number` (`other`), so the user's choice wins.
 * Without overrides the detector's mapping is used as is (segments best first).
 * Saved overrides are found again by their column's header; one whose
 * column is gone is dropped (settings.ts).
 *
 * @example
 * columnsInForce(values, table, 'en_US', [{ column: { header: 'Plan', index: 3 }, role: 'segment' }], zoneFor('UTC')).mapping.segments // [3]
 */
export function columnsInForce(values: unknown[][], table: TablePosition, locale: string, saved: SavedRole[], zone: Zone): ColumnsInForce {
  const detected = profileColumns(values, table, { locale });
  const overrides: RoleOverrides = overridesByIndex(saved, detected.columns.map((c) => c.header));
  const roles: Role[] = detected.columns.map((c) => c.role);
  const overridden = Object.keys(overrides).map(Number).filter((i) => i < roles.length);
  for (const index of overridden) {
    const role = overrides[index];
    const demoted = SINGLE_ROLES[role];
    if (demoted) roles.forEach((r, i) => r === role && overrides[i] === undefined && (roles[i] = demoted));
  }
  for (const index of overridden) roles[index] = overrides[index];
  const columns: ColumnProfile[] = detected.columns.map((c, i) => ({
    index: c.index,
    letter: c.letter,
    header: c.header,
    role: roles[i],
    confidence: c.confidence,
    detectedRole: c.role,
    overridden: overrides[i] !== undefined,
    samples: samplesOf(values, table, i, zone),
  }));
  const mapping = overridden.length ? mappingFromRoles(roles, values, table) : detected.mapping;
  if (overridden.length) {
    // The Likert items and multiple-choice questions the detector found stay drivers unless the user gave them a role.
    const questions = (detected.mapping.drivers || []).filter((i) => detected.columns[i].role !== 'segment' && overrides[i] === undefined);
    mapping.drivers = [...(mapping.drivers || []), ...questions];
  }
  const alternatives = alternativeScores(detected.scoreQuestions, mapping.score).map((i) => ({ column: i, letter: columns[i].letter, header: columns[i].header }));
  const scaleItems = detected.scaleItems.filter((i) => overrides[i] === undefined && i !== mapping.score && (mapping.drivers || []).indexOf(i) < 0);
  return { columns, mapping, headers: detected.columns.map((c) => c.header), questions: detected.questions, alternativeScores: alternatives, scaleItems };
}

/** The first few non-blank values of a column, as text. */
function samplesOf(values: unknown[][], table: TablePosition, column: number, zone: Zone): string[] {
  const samples: string[] = [];
  const last = Math.min(table.lastRow, table.firstDataRow + SAMPLE_SEARCH_ROWS - 1);
  for (let r = table.firstDataRow - 1; r < last && samples.length < SAMPLES; r++) {
    const cell = values[r] ? values[r][column] : '';
    if (!isBlankCell(cell)) samples.push(cellDisplayText(cell, zone));
  }
  return samples;
}
