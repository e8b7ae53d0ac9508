/**
 * The report options (period, segment, mode, rolling window) and the one
 * primary button that builds or refreshes the report.
 * Test hooks: `period-select`, `segment-select`, `mode-select`,
 * `rolling-select`, `build-report`.
 */
import type { AnalysisOptions, PeriodKind, ReportMode, ReportOptions, SheetProfile } from '../shared/contract';
import { el, replaceChildren } from './dom';

/** The confidence level of the preview and the report. */
export const CONFIDENCE = 0.95;

const PERIODS: { value: PeriodKind; label: string }[] = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];
const MODES: { value: ReportMode; label: string }[] = [
  { value: 'snapshot', label: 'Snapshot (values)' },
  { value: 'live', label: 'Live (formulas)' },
];
const WINDOWS = [
  { value: '', label: 'None' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
];
/** One entry of the segment picker. */
export interface SegmentChoice {
  /** The column index as text, or "" for none. */
  value: string;
  label: string;
}

/**
 * The segment picker's entries: none, then the columns whose role is
 * segment, in sheet order. Dates, ids, names, IP addresses and NPS groups are
 * not offered: to split by another column, set its role to Segment.
 *
 * @param profile the sheet profile
 * @example
 * segmentChoices(profile).map((c) => c.value) // ['', '2', '4']
 */
export function segmentChoices(profile: SheetProfile): SegmentChoice[] {
  const label = (c: SheetProfile['columns'][number]): string => `${c.header.trim() || '(no header)'} (${c.letter})`;
  const segments = profile.columns.filter((c) => c.role === 'segment');
  return [{ value: '', label: 'None' }, ...segments.map((c) => ({ value: String(c.index), label: label(c) }))];
}

/**
 * The label of the primary button.
 *
 * @param profile the sheet profile, or null before it arrives
 * @example
 * buildLabel({ ...profile, reportSheetName: 'NPS · Form Responses 1' }) // 'Refresh report'
 */
export function buildLabel(profile: SheetProfile | null): string {
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
  /** Follows a new profile: segment entries, button label and whether it can build. */
  update(profile: SheetProfile): void;
  /** The options of the preview. */
  analysisOptions(): AnalysisOptions;
  /** The options of the report build. */
  reportOptions(): ReportOptions;
  /** Disables the primary button while a build runs. */
  setBusy(busy: boolean): void;
}

function picker(testid: string, id: string, options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const select = el('select', { id, 'data-testid': testid }, options.map((o) => el('option', { value: o.value }, o.label)));
  select.value = value;
  return select;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, [el('label', { for: control.id }, label), control]);
}

/**
 * Builds the controls into the report section and the button into the footer.
 *
 * @param container the report section's body
 * @param actions the footer that holds the primary button and its hint
 * @param handlers what to call on changes and presses
 */
export function createReportControls(container: HTMLElement, actions: HTMLElement, handlers: ReportControlsHandlers): ReportControls {
  const period = picker('period-select', 'period', PERIODS, 'month');
  const segment = picker('segment-select', 'segment', [{ value: '', label: 'None' }], '');
  const mode = picker('mode-select', 'mode', MODES, 'snapshot');
  const rolling = picker('rolling-select', 'rolling', WINDOWS, '');
  const button = el('button', { type: 'button', class: 'primary', 'data-testid': 'build-report', disabled: true }, 'Build report');
  const hint = el('p', { class: 'hint action-hint' });
  let profile: SheetProfile | null = null;
  let busy = false;
  let segmentTouched = false;

  replaceChildren(container, [
    field('Period', period),
    field('Segment', segment),
    field('Rolling', rolling),
    field('Mode', mode),
  ]);
  replaceChildren(actions, [button, hint]);

  const canBuild = (): boolean =>
    !!profile && (profile.isReport || (profile.table !== null && profile.mapping.score !== null));
  const refreshButton = (): void => {
    button.textContent = buildLabel(profile);
    button.disabled = busy || !canBuild();
    button.setAttribute('aria-busy', String(busy));
    if (!profile) hint.textContent = '';
    else if (profile.isReport) hint.textContent = 'Recomputes every NPS report in this spreadsheet.';
    else if (!canBuild()) hint.textContent = 'Pick the score column first.';
    else if (profile.reportSheetName) hint.textContent = `Updates “${profile.reportSheetName}” in place.`;
    else hint.textContent = 'Adds a report sheet with tables and charts. Your data is not changed.';
  };

  period.addEventListener('change', () => handlers.onAnalysisChange());
  rolling.addEventListener('change', () => handlers.onAnalysisChange());
  segment.addEventListener('change', () => {
    segmentTouched = true;
    handlers.onAnalysisChange();
  });
  button.addEventListener('click', () => {
    if (busy || button.disabled) return;
    handlers.onBuild();
  });

  const analysisOptions = (): AnalysisOptions => ({
    period: period.value as PeriodKind,
    segmentColumn: segment.value === '' ? null : Number(segment.value),
    rollingDays: rolling.value === '' ? null : Number(rolling.value),
    confidence: CONFIDENCE,
  });

  return {
    update(next) {
      profile = next;
      const choices = segmentChoices(next);
      const previous = segment.value;
      replaceChildren(segment, choices.map((c) => el('option', { value: c.value }, c.label)));
      const stillThere = choices.some((c) => c.value === previous);
      const firstSegment = next.mapping.segments.find((index) => choices.some((c) => c.value === String(index)));
      // Keep the user's pick while it exists; otherwise default to the first segment column.
      if (segmentTouched && stillThere) segment.value = previous;
      else segment.value = firstSegment === undefined ? '' : String(firstSegment);
      refreshButton();
    },
    analysisOptions,
    reportOptions: () => ({ ...analysisOptions(), mode: mode.value as ReportMode }),
    setBusy(value) {
      busy = value;
      refreshButton();
    },
  };
}
