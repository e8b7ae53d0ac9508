/**
 * The sidebar's behaviour: loads the profile, saves role changes, keeps the
 * preview in step with the options, and builds the report — each server call
 * through the one client, each failure shown in the status area with the
 * controls left usable.
 */
import { namedOptions, optionsInWords } from '../nps/optionsInWords';
import type { ReportOptions, Role, SheetProfile } from '../shared/contract';
import { call, errorOf } from './client';
import { createColumnsToggle, renderColumns, renderTableSummary, setRolePickersDisabled } from './columnsView';
import { byId } from './dom';
import { emptyStateOf } from './emptyState';
import { columnName, plural, responseRows } from './format';
import { markPreviewLoading, renderEmptyPreview, renderPreview, renderPreviewPlaceholder } from './previewView';
import { createReportControls, CONFIDENCE } from './reportControls';
import { overrideFor } from './roles';
import { renderScoredOn } from './scoredOnView';
import { createStatus } from './status';

/** How long "Reading N rows of answers…" shows before "Building report…". */
const READING_MS = 900;

/** The options of a report in words, its segment column named from the profile. */
function optionsText(profile: SheetProfile, options: ReportOptions): string {
  return optionsInWords(namedOptions(options, (index) => columnName(profile, index)));
}

/**
 * Wires the sidebar into the elements of index.html and loads the active sheet.
 * Every server call is asynchronous: the page never waits on one.
 */
export function startSidebar(): void {
  const status = createStatus(byId('status'));
  const sheetName = byId('sheet-name');
  const summary = byId('table-summary');
  const notice = byId('problem');
  const columnsList = byId('columns');
  const scoredOn = byId('scored-on');
  const previewBox = byId('preview');
  const reload = byId('reload') as HTMLButtonElement;
  const reset = byId('reset-roles') as HTMLButtonElement;
  const columns = createColumnsToggle(byId('columns-toggle') as HTMLButtonElement, byId('columns-body'));

  let profile: SheetProfile | null = null;
  let previewRequest = 0;
  let building = false;
  let savingRoles = false;

  const controls = createReportControls(byId('report-controls'), byId('actions'), {
    onAnalysisChange: () => void loadPreview(),
    onBuild: () => void build(),
  });
  const columnHandlers = { onRoleChange: (index: number, role: Role) => void changeRole(index, role) };

  const updateReset = (): void => {
    reset.disabled = savingRoles || !profile || !profile.columns.some((c) => c.overridden);
  };

  /** Shows a profile everywhere, then asks for its preview. */
  function applyProfile(next: SheetProfile): void {
    profile = next;
    const empty = emptyStateOf(next);
    sheetName.textContent = next.isReport ? `Report of “${next.sheetName}”` : next.sheetName;
    sheetName.title = sheetName.textContent;
    renderTableSummary(summary, notice, next);
    renderColumns(columnsList, next, columnHandlers);
    renderScoredOn(scoredOn, next, useScore);
    columns.update(next);
    // The fix for a missing score column is in the columns: open them. Without a table there are none to open.
    if (empty && empty.needsColumns) columns.setOpen(true);
    else if (!next.table) columns.setOpen(false);
    updateReset();
    controls.update(next, !empty);
    void loadPreview();
  }

  async function loadProfile(): Promise<void> {
    reload.disabled = true;
    const token = status.show('progress', 'Looking at the active sheet…');
    try {
      applyProfile(await call('getSheetProfile'));
      status.clear(token);
    } catch (error) {
      sheetName.textContent = 'Could not read the sheet.';
      renderPreviewPlaceholder(previewBox, 'Press “Re-read sheet” to try again.');
      status.show('error', `Could not read the sheet. ${errorOf(error).message}`);
    } finally {
      reload.disabled = false;
    }
  }

  async function loadPreview(): Promise<void> {
    const current = profile;
    const request = ++previewRequest;
    if (!current) return;
    const empty = emptyStateOf(current);
    if (empty) {
      renderEmptyPreview(previewBox, empty);
      return;
    }
    markPreviewLoading(previewBox);
    // While a build runs its progress owns the status area.
    const token = building ? 0 : status.show('progress', `Reading ${plural(responseRows(current.table), 'row')} of answers…`);
    try {
      const preview = await call('getPreview', controls.analysisOptions());
      if (request !== previewRequest) return; // a newer preview is on its way
      renderPreview(previewBox, preview, CONFIDENCE);
      if (token) status.clear(token);
    } catch (error) {
      if (request !== previewRequest) return;
      renderPreviewPlaceholder(previewBox, 'The preview is not available right now.');
      status.show('error', `Could not compute the preview. ${errorOf(error).message}`);
    }
  }

  /** Saves role changes, then shows the profile that comes back; a failure puts the pickers back. */
  async function saveRoles(changes: { [column: number]: Role | null }, progress: string, focus: number | null): Promise<void> {
    const current = profile;
    if (!current || savingRoles) return;
    savingRoles = true;
    setRolePickersDisabled(columnsList, true);
    updateReset();
    const token = status.show('progress', progress);
    try {
      const next = await call('saveRoleOverrides', current.sheetId, changes);
      savingRoles = false;
      status.clear(token);
      applyProfile(next);
      const picker = focus === null ? null : columnsList.querySelector<HTMLSelectElement>(`[data-testid="role-select-${focus}"]`);
      if (picker && columns.isOpen()) picker.focus();
    } catch (error) {
      savingRoles = false;
      renderColumns(columnsList, current, columnHandlers); // puts the pickers back to the roles in force
      renderScoredOn(scoredOn, current, useScore);
      columns.update(current);
      updateReset();
      status.show('error', `Could not save the role. ${errorOf(error).message}`);
    }
  }

  function changeRole(index: number, role: Role): void {
    const column = profile && profile.columns.find((c) => c.index === index);
    if (!column) return;
    void saveRoles({ [index]: overrideFor(column, role) }, 'Saving the column role…', index);
  }

  /** "use it instead": another 0–10 question becomes the score (the current one goes back to a number). */
  function useScore(index: number): void {
    if (!profile || savingRoles) return;
    renderScoredOn(scoredOn, profile, useScore, true);
    void saveRoles({ [index]: 'score' }, 'Switching the score column…', null);
  }

  /** "Reset to detected": clears every role the user set on this sheet. */
  function resetRoles(): void {
    if (!profile) return;
    const changes: { [column: number]: null } = {};
    for (const column of profile.columns) changes[column.index] = null;
    void saveRoles(changes, 'Going back to the detected roles…', null);
  }

  async function build(): Promise<void> {
    const current = profile;
    if (building || !current) return;
    building = true;
    controls.setBusy(true);
    const options = controls.reportOptions();
    // On a report sheet with its options unchanged, Refresh recomputes every report with its own options.
    const refreshAll = current.isReport && controls.changes().length === 0;
    const reading = refreshAll ? 'Refreshing reports…' : `Reading ${plural(responseRows(current.table), 'row')} of answers…`;
    const token = status.show('progress', reading);
    const later = refreshAll ? 0 : window.setTimeout(() => status.update(token, 'Building report…'), READING_MS);
    try {
      if (refreshAll) {
        const result = await call('refreshReports');
        const saved = current.reportOptions;
        status.show('success', result.message, saved && result.refreshed.length ? `Refreshed: ${optionsText(current, saved)}` : undefined);
      } else {
        const result = await call('buildReport', options);
        status.show('success', result.message, `${result.created ? 'Built' : 'Refreshed'}: ${optionsText(current, options)}`);
        if (profile === current) {
          current.reportSheetName = result.reportSheetName;
          current.reportOptions = options;
          controls.update(current, true);
        }
      }
    } catch (error) {
      status.show('error', `Could not build the report. ${errorOf(error).message}`);
    } finally {
      window.clearTimeout(later);
      building = false;
      controls.setBusy(false);
    }
  }

  reload.addEventListener('click', () => void loadProfile());
  reset.addEventListener('click', resetRoles);
  void loadProfile();
}
