/**
 * What the add-on remembers in the document properties: the user's role
 * corrections per sheet, and each report's settings (its options and the
 * state of its charts) so that "Refresh reports" rebuilds every report the
 * way it was asked for. Values are small JSON texts, keyed by sheet id so
 * that renaming a sheet keeps them.
 */
import { PERIOD_KINDS, REPORT_MODES, ROLES, type ReportOptions, type Role } from '../shared/contract';

const ROLE_PREFIX = 'nps.roles.';
const REPORT_PREFIX = 'nps.report.';

/** Role overrides of one sheet: column index → role. */
export type RoleOverrides = { [column: number]: Role };

/** A report as remembered: where it comes from, how it was built, what its charts were built from. */
export interface ReportRecord {
  sourceSheetId: number;
  options: ReportOptions;
  /** One signature per chart, in the order of the sheet's charts. */
  charts: string[];
}

function documentProperties_(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function parse_<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch (_error) {
    return null;
  }
}

/**
 * The role overrides saved for a sheet ({} when none).
 * @example loadRoleOverrides(0) // { 3: 'segment' }
 */
export function loadRoleOverrides(sheetId: number): RoleOverrides {
  const stored = parse_<Record<string, string>>(documentProperties_().getProperty(ROLE_PREFIX + sheetId)) || {};
  const overrides: RoleOverrides = {};
  for (const key of Object.keys(stored)) {
    const column = Number(key);
    const role = stored[key] as Role;
    if (Number.isInteger(column) && column >= 0 && ROLES.indexOf(role) >= 0) overrides[column] = role;
  }
  return overrides;
}

/** Roles that one column at most holds. */
const ONE_COLUMN_ROLES: Role[] = ['score', 'date'];

/**
 * Merges changes into a sheet's role overrides: a role sets one, `null` clears it.
 * Setting `score` or `date` clears that override of any other column (which
 * goes back to its detected role).
 * @throws Error when a column or a role is not valid
 * @example saveRoleOverrideChanges(0, { 3: 'segment', 5: null })
 */
export function saveRoleOverrideChanges(sheetId: number, changes: { [column: number]: Role | null }): RoleOverrides {
  const overrides = loadRoleOverrides(sheetId);
  for (const key of Object.keys(changes || {})) {
    const column = Number(key);
    const role = (changes as Record<string, Role | null>)[key];
    if (!Number.isInteger(column) || column < 0) throw new Error(`There is no column number ${key} to set a role for.`);
    if (role === null || role === undefined) {
      delete overrides[column];
    } else if (ROLES.indexOf(role) < 0) {
      throw new Error(`"${String(role)}" is not a column role. Pick one of: ${ROLES.join(', ')}.`);
    } else {
      overrides[column] = role;
      // One score column and one date column: the column given the role takes it from any other.
      if (ONE_COLUMN_ROLES.indexOf(role) >= 0) {
        for (const other of Object.keys(overrides)) if (Number(other) !== column && overrides[Number(other)] === role) delete overrides[Number(other)];
      }
    }
  }
  const properties = documentProperties_();
  if (Object.keys(overrides).length === 0) properties.deleteProperty(ROLE_PREFIX + sheetId);
  else properties.setProperty(ROLE_PREFIX + sheetId, JSON.stringify(overrides));
  return overrides;
}

/**
 * The remembered report of a source sheet, or null.
 * @example loadReportRecord(0)?.options.period // 'month'
 */
export function loadReportRecord(sourceSheetId: number): ReportRecord | null {
  return validRecord_(parse_<ReportRecord>(documentProperties_().getProperty(REPORT_PREFIX + sourceSheetId)));
}

/**
 * Every remembered report, oldest source sheet id first.
 * @example loadReportRecords().map((r) => r.sourceSheetId) // [0, 1000007919]
 */
export function loadReportRecords(): ReportRecord[] {
  const all = documentProperties_().getProperties();
  const records: ReportRecord[] = [];
  for (const key of Object.keys(all)) {
    if (key.indexOf(REPORT_PREFIX) !== 0) continue;
    const record = validRecord_(parse_<ReportRecord>(all[key]));
    if (record) records.push(record);
  }
  return records.sort((a, b) => a.sourceSheetId - b.sourceSheetId);
}

/** Remembers a report's settings (replacing the previous ones of its source). */
export function saveReportRecord(record: ReportRecord): void {
  documentProperties_().setProperty(REPORT_PREFIX + record.sourceSheetId, JSON.stringify(record));
}

/** Forgets the report of a source sheet (its report sheet is gone). */
export function forgetReportRecord(sourceSheetId: number): void {
  documentProperties_().deleteProperty(REPORT_PREFIX + sourceSheetId);
}

function validRecord_(record: ReportRecord | null): ReportRecord | null {
  if (!record || typeof record !== 'object' || typeof record.sourceSheetId !== 'number' || !record.options) return null;
  const o = record.options;
  if (PERIOD_KINDS.indexOf(o.period) < 0 || REPORT_MODES.indexOf(o.mode) < 0) return null;
  return { ...record, charts: Array.isArray(record.charts) ? record.charts : [] };
}
