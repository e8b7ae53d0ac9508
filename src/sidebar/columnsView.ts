/**
 * The table found and every column with its role picker
 * (`data-testid="role-select-<index>"`), collapsed to one line
 * ("Scores B · Dates A · Split by D — Change") until the user opens it.
 * Collapsed, the pickers stay in the page, out of sight and out of the tab
 * order, and setting one still works (SPEC §9).
 */
import type { ColumnProfile, Role, SheetProfile } from '../shared/contract';
import { el, replaceChildren } from './dom';
import { columnsLine, headerSummary, tableSummary } from './format';
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
  if (!problem && profile.table && profile.mapping.score === null) {
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
  replaceChildren(list, profile.columns.map((column) => columnRow(column, disabled, handlers)));
}

/** The collapsible columns section's handle. */
export interface ColumnsToggle {
  /** Shows the one-line summary of a profile. */
  update(profile: SheetProfile): void;
  /** Opens (true) or collapses (false) the columns. */
  setOpen(open: boolean): void;
  /** True while the columns are open. */
  isOpen(): boolean;
}

/**
 * Wires the one-line toggle over the columns body. Collapsed, the body is
 * visually hidden (not removed), hidden from assistive technology and taken
 * out of the tab order.
 *
 * @param toggle the toggle button
 * @param body the element holding the table summary, the pickers and "Reset to detected"
 */
export function createColumnsToggle(toggle: HTMLButtonElement, body: HTMLElement): ColumnsToggle {
  let open = false;
  let line = '';
  const render = (): void => {
    replaceChildren(toggle, [
      el('span', { class: 'columns-line' }, line),
      el('span', { class: 'columns-change' }, open ? ' — Hide' : ' — Change'),
    ]);
    toggle.setAttribute('aria-expanded', String(open));
    body.classList.toggle('collapsed', !open);
    if (open) body.removeAttribute('aria-hidden');
    else body.setAttribute('aria-hidden', 'true');
    body.querySelectorAll('select, button').forEach((control) => {
      if (open) control.removeAttribute('tabindex');
      else control.setAttribute('tabindex', '-1');
    });
  };
  toggle.addEventListener('click', () => {
    open = !open;
    render();
  });
  render();
  return {
    update(profile) {
      line = profile.table ? columnsLine(profile) : 'No columns';
      toggle.disabled = !profile.table;
      render();
    },
    setOpen(value) {
      open = value;
      render();
    },
    isOpen: () => open,
  };
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
