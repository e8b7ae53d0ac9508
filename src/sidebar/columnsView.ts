/**
 * The table found and every column with its role picker
 * (`data-testid="role-select-<index>"`).
 */
import type { ColumnProfile, Role, SheetProfile } from '../shared/contract';
import { el, replaceChildren } from './dom';
import { headerSummary, tableSummary } from './format';
import { confidenceHint, roleOptions } from './roles';

/** What the columns view reports back. */
export interface ColumnsHandlers {
  /** The user picked a role for a column. */
  onRoleChange(index: number, role: Role): void;
}

/**
 * Shows the table summary and, when set, the problem in plain words.
 *
 * @param summary the element for the one-line summary
 * @param notice the element for the problem (hidden when there is none)
 * @param profile the sheet profile
 */
export function renderTableSummary(summary: HTMLElement, notice: HTMLElement, profile: SheetProfile): void {
  summary.textContent = tableSummary(profile);
  summary.title = profile.table ? `${headerSummary(profile.table)} of “${profile.sheetName}”` : profile.sheetName;
  let problem = profile.table ? profile.problem : null;
  if (profile.isReport) {
    problem = 'This is an NPS report sheet. Switch to the sheet with the responses and press “Re-read sheet”, or refresh every report from here.';
  } else if (!problem && profile.table && profile.mapping.score === null) {
    problem = 'No column looks like a 0–10 “How likely are you to recommend…” score. Pick it below: set its role to “NPS score (0–10)”.';
  }
  notice.hidden = !problem;
  notice.textContent = problem || '';
}

/** The role picker of one column. */
function rolePicker(column: ColumnProfile, disabled: boolean, handlers: ColumnsHandlers): HTMLSelectElement {
  const name = column.header || `column ${column.letter}`;
  const select = el(
    'select',
    { 'data-testid': `role-select-${column.index}`, 'aria-label': `Role of ${name} (column ${column.letter})`, disabled },
    roleOptions().map((option) => el('option', { value: option.value }, option.label)),
  );
  select.value = column.role;
  select.addEventListener('change', () => handlers.onRoleChange(column.index, select.value as Role));
  return select;
}

/** One row: letter and header (as text) on top; hint, samples and role picker below. */
function columnRow(column: ColumnProfile, disabled: boolean, handlers: ColumnsHandlers): HTMLElement {
  const header = column.header.trim() ? column.header : '(no header)';
  const samples = column.samples.filter((s) => s.trim() !== '');
  return el('li', { class: `column role-${column.role}${column.overridden ? ' overridden' : ''}`, 'data-column': column.index }, [
    el('span', { class: 'letter', 'aria-hidden': 'true' }, column.letter),
    el('div', { class: column.header.trim() ? 'column-header' : 'column-header blank', title: column.header }, header),
    el('div', { class: 'column-meta', title: samples.join(' · ') }, [
      el('span', { class: `hint confidence-${column.overridden ? 'user' : column.confidence >= 0.6 ? 'high' : 'low'}` }, confidenceHint(column)),
      samples.length ? ` · e.g. ${samples.join(', ')}` : '',
    ]),
    rolePicker(column, disabled, handlers),
  ]);
}

/**
 * Renders every column with its role picker.
 *
 * @param list the element to fill (a <ul>)
 * @param profile the sheet profile
 * @param handlers what to call when a role changes
 * @param disabled true while a role is being saved
 */
export function renderColumns(list: HTMLElement, profile: SheetProfile, handlers: ColumnsHandlers, disabled = false): void {
  const columns = profile.isReport ? [] : profile.columns;
  replaceChildren(list, columns.map((column) => columnRow(column, disabled, handlers)));
}

/**
 * Enables or disables every role picker in the list.
 *
 * @param list the columns list
 * @param disabled true to disable
 */
export function setRolePickersDisabled(list: HTMLElement, disabled: boolean): void {
  list.querySelectorAll('select').forEach((select) => {
    select.disabled = disabled;
  });
}
