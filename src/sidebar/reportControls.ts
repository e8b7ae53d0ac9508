/**
 * The report options (period, segment, rolling window, mode) and the one
 * primary button that builds or refreshes the report. The options a report
 * was built with are chosen when its profile arrives, so Refresh never
 * changes them silently; when the user changes one, the button says what
 * will change.
 * Test hooks: `period-select`, `segment-select`, `mode-select`,
 * `rolling-select`, `follow-up`, `build-report`.
 */
import { namedOptions, optionChanges } from '../nps/optionsInWords';
import type { AnalysisOptions, PeriodKind, ReportMode, ReportOptions, SheetProfile } from '../shared/contract';
import { el, replaceChildren } from './dom';
import { columnName } from './format';

/** The confidence level of the preview and the report. */
export const CONFIDENCE = 0.95;

const PERIODS: { value: PeriodKind; label: string }[] = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];
/** The modes in plain words: what happens to the numbers after the build. */
export const MODES: { value: ReportMode; label: string }[] = [
  { value: 'snapshot', label: "Freeze today's numbers" },
  { value: 'live', label: 'Keep updating as new answers arrive' },
];
const WINDOWS = [
  { value: '', label: 'None' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
];
/** The options of a first build. */
const DEFAULTS = { period: 'month', rolling: '', mode: 'snapshot' };

/** One entry of the segment picker. */
export interface SegmentChoice {
  /** The column index as text, or "" for none. */
  value: string;
  label: string;
}

/**
 * The segment picker's entries: none, then the columns whose role is
 * segment, in sheet order, then the column the report was built with if it
 * is no longer a segment (so that Refresh keeps it). Dates, ids, names, IP
 * addresses and NPS groups are not offered: to split by another column, set
 * its role to Segment.
 *
 * @param profile the sheet profile
 * @example
 * segmentChoices(profile).map((c) => c.value) // ['', '2', '4']
 */
export function segmentChoices(profile: SheetProfile): SegmentChoice[] {
  const label = (c: SheetProfile['columns'][number]): string => `${c.header.trim() || '(no header)'} (${c.letter})`;
  const saved = profile.reportOptions ? profile.reportOptions.segmentColumn : null;
  const offered = profile.columns.filter((c) => c.role === 'segment' || c.index === saved);
  return [{ value: '', label: 'None' }, ...offered.map((c) => ({ value: String(c.index), label: label(c) }))];
}

/**
 * What will change if the report is refreshed with the options chosen now,
 * one entry per option; [] without a report or when nothing changes.
 *
 * @param profile the sheet profile (its report's options)
 * @param chosen the options chosen now
 * @example
 * reportChanges({ ...profile, reportOptions: { ...options, period: 'month' } }, { ...options, period: 'week' }) // ['by week (was by month)']
 */
export function reportChanges(profile: SheetProfile, chosen: ReportOptions): string[] {
  if (!profile.reportSheetName || !profile.reportOptions) return [];
  const name = (index: number): string => columnName(profile, index);
  const changes = optionChanges(namedOptions(profile.reportOptions, name), namedOptions(chosen, name));
  const had = profile.reportOptions.followUp === true;
  if (had !== (chosen.followUp === true)) changes.push(had ? 'no follow-up lists (was with)' : 'with follow-up lists (was without)');
  return changes;
}

/**
 * The help under the "Follow-up lists" option: what it copies, or why it
 * cannot be chosen (no respondent column).
 *
 * @example followUpHelp(false) // 'Needs a respondent column: set a column's role to “Respondent (e-mail or id)”.'
 */
export function followUpHelp(hasRespondent: boolean): string {
  if (!hasRespondent) return 'Needs a respondent column: set a column’s role to “Respondent (e-mail or id)”.';
  return 'Copies personal data (names or e-mails, with their comments) into a new sheet: who to contact, who to thank. Off unless you tick it.';
}

/**
 * The label of the primary button.
 *
 * @param profile the sheet profile, or null before it arrives
 * @param changes what a refresh would change (see {@link reportChanges})
 * @example
 * buildLabel({ ...profile, reportSheetName: 'NPS · Form Responses 1' }) // 'Refresh report'
 * buildLabel(reported, ['by week (was by month)']) // 'Refresh: by week (was by month)'
 */
export function buildLabel(profile: SheetProfile | null, changes: string[] = []): string {
  if (profile && changes.length) return `Refresh: ${changes.join(' · ')}`;
  if (profile && profile.isReport) return 'Refresh reports';
  return profile && profile.reportSheetName ? 'Refresh report' : 'Build report';
}

/** What the controls report back. */
export interface ReportControlsHandlers {
  /** Period, segment or window changed: the preview should follow. */
  onAnalysisChange(): void;
  /** The primary button was pressed (at most once per press; the caller guards re-entry). */
  onBuild(): void;
}

/** The controls' handle. */
export interface ReportControls {
  /** Follows a new profile: segment entries, the report's options, button label and whether it can build. */
  update(profile: SheetProfile, canBuild: boolean): void;
  /** The options of the preview. */
  analysisOptions(): AnalysisOptions;
  /** The options of the report build. */
  reportOptions(): ReportOptions;
  /** What a refresh would change from the report's options ([] when nothing). */
  changes(): string[];
  /** Disables the primary button while a build runs. */
  setBusy(busy: boolean): void;
}

function picker(testid: string, id: string, options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const select = el('select', { id, 'data-testid': testid }, options.map((o) => el('option', { value: o.value }, o.label)));
  select.value = value;
  return select;
}

function field(label: string, control: HTMLElement, wide = false): HTMLElement {
  return el('div', { class: wide ? 'field wide' : 'field' }, [el('label', { for: control.id }, label), control]);
}

/** Names of the periods the picker does not offer but a report may have been built with (by a formula-minded user or an older version). */
const OTHER_PERIODS: { [kind: string]: string } = { day: 'Day', 'week-sunday': 'Week (from Sunday)' };

/** Picks a value, adding it to the select first when it lacks it (a report built by day, a 60-day window). */
function choose(select: HTMLSelectElement, value: string, label: string): void {
  if (!Array.from(select.options).some((o) => o.value === value)) select.appendChild(el('option', { value }, label));
  select.value = value;
}

/**
 * Builds the controls and the button.
 *
 * @param container the report section's fields
 * @param actions the element that holds the primary button and its hint
 * @param handlers what to call on changes and presses
 */
export function createReportControls(container: HTMLElement, actions: HTMLElement, handlers: ReportControlsHandlers): ReportControls {
  const period = picker('period-select', 'period', PERIODS, DEFAULTS.period);
  const segment = picker('segment-select', 'segment', [{ value: '', label: 'None' }], '');
  const mode = picker('mode-select', 'mode', MODES, DEFAULTS.mode);
  const rolling = picker('rolling-select', 'rolling', WINDOWS, DEFAULTS.rolling);
  // Off by default: the follow-up sheet copies personal data (SPEC §10).
  const followUp = el('input', { type: 'checkbox', id: 'follow-up', 'data-testid': 'follow-up', 'aria-describedby': 'follow-up-help' });
  const followUpHint = el('p', { class: 'hint', id: 'follow-up-help' });
  const button = el('button', { type: 'button', class: 'primary', 'data-testid': 'build-report', disabled: true }, 'Build report');
  const hint = el('p', { class: 'hint action-hint' });
  let profile: SheetProfile | null = null;
  let enabled = false;
  let busy = false;
  let segmentTouched = false;
  /** The sheet and report options last applied to the pickers: a new one is chosen once, then the user's picks stand. */
  let appliedKey = '';

  replaceChildren(container, [
    field('Period', period),
    field('Split by', segment),
    field('Rolling', rolling),
    field('The report’s numbers', mode, true),
    el('div', { class: 'field wide check' }, [el('label', { for: 'follow-up' }, [followUp, ' Follow-up lists']), followUpHint]),
  ]);
  replaceChildren(actions, [button, hint]);

  const analysisOptions = (): AnalysisOptions => ({
    period: period.value as PeriodKind,
    segmentColumn: segment.value === '' ? null : Number(segment.value),
    rollingDays: rolling.value === '' ? null : Number(rolling.value),
    confidence: CONFIDENCE,
  });
  const hasRespondent = (): boolean => !!profile && profile.mapping.respondent !== undefined && profile.mapping.respondent !== null;
  // followUp only when asked for (as the server remembers it), so that reports without lists read as before.
  const reportOptions = (): ReportOptions => ({ ...analysisOptions(), mode: mode.value as ReportMode, ...(followUp.checked && hasRespondent() ? { followUp: true } : {}) });
  const changes = (): string[] => (profile ? reportChanges(profile, reportOptions()) : []);

  const refreshButton = (): void => {
    const pending = changes();
    button.textContent = buildLabel(profile, pending);
    button.disabled = busy || !enabled;
    button.setAttribute('aria-busy', String(busy));
    [period, segment, mode, rolling].forEach((select) => {
      select.disabled = !enabled;
    });
    followUp.disabled = !enabled || !hasRespondent();
    followUpHint.textContent = followUpHelp(hasRespondent());
    if (!profile || !enabled) hint.textContent = '';
    else if (pending.length) hint.textContent = `Rebuilds “${profile.reportSheetName}” with the options above.`;
    else if (profile.isReport) hint.textContent = 'Recomputes every NPS report in this spreadsheet with the options it was built with.';
    else if (profile.reportSheetName) hint.textContent = `Updates “${profile.reportSheetName}” in place, with the options it was built with.`;
    else hint.textContent = 'Adds a report sheet with tables and charts. Your data is not changed.';
  };

  const changed = (): void => {
    refreshButton();
    handlers.onAnalysisChange();
  };
  period.addEventListener('change', changed);
  rolling.addEventListener('change', changed);
  segment.addEventListener('change', () => {
    segmentTouched = true;
    changed();
  });
  mode.addEventListener('change', refreshButton);
  followUp.addEventListener('change', refreshButton);
  button.addEventListener('click', () => {
    if (busy || button.disabled) return;
    handlers.onBuild();
  });
  refreshButton(); // disabled until a profile says there is something to report on

  return {
    update(next, canBuild) {
      const sheetChanged = !profile || profile.sheetId !== next.sheetId;
      profile = next;
      enabled = canBuild;
      if (sheetChanged) segmentTouched = false;
      const choices = segmentChoices(next);
      const previous = segment.value;
      replaceChildren(segment, choices.map((c) => el('option', { value: c.value }, c.label)));
      const key = `${next.sheetId}:${JSON.stringify(next.reportOptions)}`;
      const saved = next.reportOptions;
      if (key !== appliedKey && saved) {
        // The report's own options, once per sheet and report: what Refresh keeps.
        choose(period, saved.period, OTHER_PERIODS[saved.period] || saved.period);
        choose(rolling, saved.rollingDays === null ? '' : String(saved.rollingDays), `${saved.rollingDays} days`);
        choose(mode, saved.mode, saved.mode);
        followUp.checked = saved.followUp === true;
        segment.value = saved.segmentColumn === null ? '' : String(saved.segmentColumn);
        segmentTouched = true;
      } else if (key !== appliedKey && sheetChanged) {
        period.value = DEFAULTS.period;
        rolling.value = DEFAULTS.rolling;
        mode.value = DEFAULTS.mode;
        followUp.checked = false;
      }
      if (key === appliedKey || !saved) {
        const stillThere = choices.some((c) => c.value === previous);
        const firstSegment = next.mapping.segments.find((index) => choices.some((c) => c.value === String(index)));
        // Keep the user's pick while it exists; otherwise default to the first segment column.
        if (segmentTouched && stillThere) segment.value = previous;
        else segment.value = firstSegment === undefined ? '' : String(firstSegment);
      }
      appliedKey = key;
      refreshButton();
    },
    analysisOptions,
    reportOptions,
    changes,
    setBusy(value) {
      busy = value;
      refreshButton();
    },
  };
}
