/**
 * What the add-on remembers in the document properties: the user's role
 * corrections per sheet, and each report's settings (its options, its sheet,
 * the area it wrote and the state of its charts) so that "Refresh reports"
 * rebuilds every report the way it was asked for. Values are small JSON
 * texts, keyed by sheet id so that renaming a sheet keeps them. Columns are
 * remembered with their header (columnIdentity.ts), so that inserting,
 * deleting or moving columns never makes a setting point at another column.
 */
import type { BlockArea } from './reportCompose';
import { PERIOD_KINDS, REPORT_MODES, ROLES, type ReportOptions, type Role } from '../shared/contract';
import { columnRef, findColumn, type ColumnRef } from './columnIdentity';
import { describe } from './formulaArgs';

const ROLE_PREFIX = 'nps.roles.';
const REPORT_PREFIX = 'nps.report.';

/** Role overrides of one sheet by current column index: column index → role. */
export type RoleOverrides = { [column: number]: Role };

/** A role override as saved: the column's identity and the role the user gave it. */
export interface SavedRole {
  column: ColumnRef;
  role: Role;
}

/** A rectangle from A1 that a report wrote, and the blocks inside it that are the report's cells. */
export interface ReportArea {
  rows: number;
  columns: number;
  /**
   * The report's blocks (title, summary, tables, chart data; 1-based). A
   * cell of the rectangle outside every block is a gap the user may type in:
   * it is never erased. Absent in older records: the whole rectangle is the report's.
   */
  blocks?: BlockArea[];
}

/** A report as remembered: where it comes from, how it was built, where it lives, what it wrote. */
export interface ReportRecord {
  sourceSheetId: number;
  /** The report sheet's id (absent in records saved before it was kept: then the sheet is found by its metadata). */
  reportSheetId?: number;
  options: ReportOptions;
  /** The columns the report was built from (absent in older records: then the roles in force and `options.segmentColumn`). */
  score?: ColumnRef;
  date?: ColumnRef | null;
  segment?: ColumnRef | null;
  /** The cells the report wrote, from A1 (absent in older records). */
  area?: ReportArea;
  /** One signature per chart, in the order of the sheet's charts. */
  charts: string[];
  /** The follow-up sheet's id (SPEC §10), once one was written (absent otherwise: then it is found by its metadata). */
  followUpSheetId?: number;
  /** The rows its lists wrote, from A1 (absent in older records): under them, cells of its columns are the user's. */
  followUpRows?: number;
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
 * The role overrides saved for a sheet ([] when none). Records of older
 * versions (`{ "3": "segment" }`, column numbers only) load with no header:
 * their column number is all there is to go by.
 * @example loadRoleOverrides(0) // [{ column: { header: 'Plan', index: 3 }, role: 'segment' }]
 */
export function loadRoleOverrides(sheetId: number): SavedRole[] {
  const stored = parse_<unknown>(documentProperties_().getProperty(ROLE_PREFIX + sheetId));
  const saved: SavedRole[] = [];
  if (Array.isArray(stored)) {
    for (const entry of stored as Partial<SavedRole>[]) {
      const c = entry && entry.column;
      if (c && Number.isInteger(c.index) && c.index >= 0 && (typeof c.header === 'string' || c.header === null) && ROLES.indexOf(entry.role as Role) >= 0) {
        saved.push({ column: c, role: entry.role as Role });
      }
    }
  } else if (stored && typeof stored === 'object') {
    for (const key of Object.keys(stored)) {
      const index = Number(key);
      const role = (stored as Record<string, string>)[key] as Role;
      if (Number.isInteger(index) && index >= 0 && ROLES.indexOf(role) >= 0) saved.push({ column: { header: null, index }, role });
    }
  }
  return saved;
}

/**
 * The saved overrides by current column index. An override whose column was
 * deleted (or can no longer be told apart from another) is dropped: it is
 * never applied to another column.
 * @example overridesByIndex([{ column: { header: 'Plan', index: 3 }, role: 'segment' }], ['Date', 'Score', 'New', 'X', 'Plan']) // { 4: 'segment' }
 */
export function overridesByIndex(saved: SavedRole[], headers: string[]): RoleOverrides {
  const overrides: RoleOverrides = {};
  for (const entry of saved) {
    const found = findColumn(entry.column, headers);
    if ('index' in found) overrides[found.index] = entry.role;
  }
  return overrides;
}

/** Roles that one column at most holds. */
const ONE_COLUMN_ROLES: Role[] = ['score', 'date', 'respondent'];

/**
 * Merges changes into a sheet's role overrides: a role sets one, `null` clears it.
 * Setting `score`, `date` or `respondent` clears that override of any other column (which
 * goes back to its detected role). Saved with each column's header.
 * @param headers the table's header texts, by column index
 * @throws Error when a column or a role is not valid
 * @example saveRoleOverrideChanges(0, { 3: 'segment', 5: null }, headers)
 */
export function saveRoleOverrideChanges(sheetId: number, changes: { [column: number]: Role | null }, headers: string[]): RoleOverrides {
  const overrides = overridesByIndex(loadRoleOverrides(sheetId), headers);
  for (const key of Object.keys(changes || {})) {
    const column = Number(key);
    const role = (changes as Record<string, Role | null>)[key];
    if (!Number.isInteger(column) || column < 0 || column >= headers.length) throw new Error(`There is no column number ${describe(key)} to set a role for. Press “Re-read sheet” and pick it again.`);
    if (role === null || role === undefined) {
      delete overrides[column];
    } else if (ROLES.indexOf(role) < 0) {
      throw new Error(`${describe(role)} is not a column role. Pick one of: ${ROLES.join(', ')}.`);
    } else {
      overrides[column] = role;
      // One score column and one date column: the column given the role takes it from any other.
      if (ONE_COLUMN_ROLES.indexOf(role) >= 0) {
        for (const other of Object.keys(overrides)) if (Number(other) !== column && overrides[Number(other)] === role) delete overrides[Number(other)];
      }
    }
  }
  const properties = documentProperties_();
  const saved: SavedRole[] = Object.keys(overrides).map((key) => ({ column: columnRef(headers, Number(key)), role: overrides[Number(key)] }));
  if (saved.length === 0) properties.deleteProperty(ROLE_PREFIX + sheetId);
  else properties.setProperty(ROLE_PREFIX + sheetId, JSON.stringify(saved));
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
  const area = record.area && Number.isInteger(record.area.rows) && Number.isInteger(record.area.columns) && record.area.rows > 0 && record.area.columns > 0 ? validArea_(record.area) : undefined;
  const reportSheetId = Number.isInteger(record.reportSheetId) ? record.reportSheetId : undefined;
  const followUpSheetId = Number.isInteger(record.followUpSheetId) ? record.followUpSheetId : undefined;
  const followUpRows = Number.isInteger(record.followUpRows) && (record.followUpRows as number) > 0 ? record.followUpRows : undefined;
  const score = validRef_(record.score) || undefined;
  const date = record.date === null ? null : validRef_(record.date) || undefined;
  const segment = record.segment === null ? null : validRef_(record.segment) || undefined;
  return { ...record, reportSheetId, followUpSheetId, followUpRows, area, score, date, segment, charts: Array.isArray(record.charts) ? record.charts : [] };
}

/** A remembered column as saved, or null when it is not one. */
function validRef_(ref: ColumnRef | null | undefined): ColumnRef | null {
  if (!ref || typeof ref !== 'object' || !Number.isInteger(ref.index) || ref.index < 0) return null;
  return typeof ref.header === 'string' || ref.header === null ? ref : null;
}

/** An area with only well-formed blocks (a record edited by hand keeps its rectangle). */
function validArea_(area: ReportArea): ReportArea {
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;
  const blocks = Array.isArray(area.blocks) ? area.blocks.filter((b) => b && whole(b.row) && whole(b.column) && whole(b.rows) && whole(b.columns)) : undefined;
  return blocks && blocks.length ? { rows: area.rows, columns: area.columns, blocks } : { rows: area.rows, columns: area.columns };
}
