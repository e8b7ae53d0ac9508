/**
 * The sidebar's behaviour: loads the profile, saves role changes, keeps the
 * preview in step with the options, and builds the report — each server call
 * through the one client, each failure shown in the status area with the
 * controls left usable.
 */
import type { Role, SheetProfile } from '../shared/contract';
import { call, errorOf } from './client';
import { renderColumns, renderTableSummary, setRolePickersDisabled } from './columnsView';
import { byId } from './dom';
import { plural, responseRows } from './format';
import { markPreviewLoading, renderPreview, renderPreviewPlaceholder } from './previewView';
import { createReportControls, CONFIDENCE } from './reportControls';
import { overrideFor } from './roles';
import { createStatus } from './status';

/** How long "Reading N rows of answers…" shows before "Building report…". */
const READING_MS = 900;

/**
 * Wires the sidebar into the elements of index.html and loads the active sheet.
 * Every server call is asynchronous: the page never waits on one.
 */
export function startSidebar(): void {
  const status = createStatus(byId('status'));
  const summary = byId('table-summary');
  const notice = byId('problem');
  const columnsList = byId('columns');
  const previewBox = byId('preview');
  const reload = byId('reload') as HTMLButtonElement;

  let profile: SheetProfile | null = null;
  let previewRequest = 0;
  let building = false;

  const controls = createReportControls(byId('report-controls'), byId('actions'), {
    onAnalysisChange: () => void loadPreview(),
    onBuild: () => void build(),
  });
  const columnHandlers = { onRoleChange: (index: number, role: Role) => void changeRole(index, role) };

  /** Shows a profile everywhere, then asks for its preview. */
  function applyProfile(next: SheetProfile): void {
    profile = next;
    renderTableSummary(summary, notice, next);
    renderColumns(columnsList, next, columnHandlers);
    controls.update(next);
    void loadPreview();
  }

  async function loadProfile(): Promise<void> {
    reload.disabled = true;
    const token = status.show('progress', 'Looking at the active sheet…');
    try {
      applyProfile(await call('getSheetProfile'));
      status.clear(token);
    } catch (error) {
      summary.textContent = 'Could not read the sheet.';
      renderPreviewPlaceholder(previewBox, 'Press “Re-read sheet” to try again.');
      status.show('error', `Could not read the sheet. ${errorOf(error).message}`);
    } finally {
      reload.disabled = false;
    }
  }

  async function loadPreview(): Promise<void> {
    const current = profile;
    const request = ++previewRequest;
    if (!current || current.isReport || !current.table) {
      renderPreviewPlaceholder(previewBox, current && current.isReport ? 'Open the responses sheet to see its preview.' : 'No table to preview.');
      return;
    }
    if (current.mapping.score === null) {
      renderPreviewPlaceholder(previewBox, 'Pick the score column to see the NPS.');
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

  async function changeRole(index: number, role: Role): Promise<void> {
    const current = profile;
    const column = current && current.columns.find((c) => c.index === index);
    if (!current || !column) return;
    setRolePickersDisabled(columnsList, true);
    const token = status.show('progress', 'Saving the column role…');
    try {
      const next = await call('saveRoleOverrides', current.sheetId, { [index]: overrideFor(column, role) });
      status.clear(token);
      applyProfile(next);
      const picker = columnsList.querySelector<HTMLSelectElement>(`[data-testid="role-select-${index}"]`);
      if (picker) picker.focus();
    } catch (error) {
      renderColumns(columnsList, current, columnHandlers); // puts the picker back to the role in force
      status.show('error', `Could not save the role. ${errorOf(error).message}`);
    }
  }

  async function build(): Promise<void> {
    const current = profile;
    if (building || !current) return;
    building = true;
    controls.setBusy(true);
    const reading = current.isReport ? 'Refreshing reports…' : `Reading ${plural(responseRows(current.table), 'row')} of answers…`;
    const token = status.show('progress', reading);
    const later = current.isReport ? 0 : window.setTimeout(() => status.update(token, 'Building report…'), READING_MS);
    try {
      if (current.isReport) {
        const result = await call('refreshReports');
        status.show('success', result.message);
      } else {
        const result = await call('buildReport', controls.reportOptions());
        status.show('success', result.message);
        if (profile === current) {
          current.reportSheetName = result.reportSheetName;
          controls.update(current);
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
  void loadProfile();
}
