import { buildLabel, reportChanges, segmentChoices } from '../../src/sidebar/reportControls';
import { PAYLOAD_SHEET, REPORTED_SHEET, SCREENSHOT_SHEET } from './cannedSheet';

describe('segmentChoices', () => {
  test('none first, then the segment columns only: not other, NPS-group or date columns', () => {
    const profile = SCREENSHOT_SHEET.profile;
    const columns = profile.columns.map((c) => (c.index === 5 ? { ...c, role: 'other' as const } : c));
    expect(segmentChoices({ ...profile, columns })).toEqual([
      { value: '', label: 'None' },
      { value: '2', label: 'Plan (C)' },
      { value: '3', label: 'Region (D)' },
    ]);
    const withGroup = PAYLOAD_SHEET.profile.columns.map((c) => (c.index === 4 ? { ...c, role: 'segment' as const } : c.index === 2 ? { ...c, role: 'nps_group' as const } : c));
    expect(segmentChoices({ ...PAYLOAD_SHEET.profile, columns: withGroup }).map((c) => c.value)).not.toContain('2');
  });
  test('a blank header reads "(no header)"', () => {
    const profile = SCREENSHOT_SHEET.profile;
    const columns = profile.columns.map((c) => (c.index === 2 ? { ...c, header: '  ' } : c));
    expect(segmentChoices({ ...profile, columns })[1]).toEqual({ value: '2', label: '(no header) (C)' });
  });
});

test('the primary button says build, refresh report, or refresh reports', () => {
  expect(buildLabel(null)).toBe('Build report');
  expect(buildLabel(PAYLOAD_SHEET.profile)).toBe('Build report');
  expect(buildLabel({ ...PAYLOAD_SHEET.profile, reportSheetName: 'NPS · Form Responses 1' })).toBe('Refresh report');
  expect(buildLabel({ ...PAYLOAD_SHEET.profile, isReport: true })).toBe('Refresh reports');
});

describe('the report\'s own options', () => {
  const reported = REPORTED_SHEET.profile; // by quarter, split by Region (D), live
  const saved = reported.reportOptions!;

  test('the column the report was split by stays offered when it is no longer a segment', () => {
    const columns = reported.columns.map((c) => (c.index === 3 ? { ...c, role: 'other' as const } : c));
    expect(segmentChoices({ ...reported, columns }).map((c) => c.value)).toEqual(['', '2', '3']);
  });

  test('nothing changes with the same options, or without a report', () => {
    expect(reportChanges(reported, { ...saved })).toEqual([]);
    expect(reportChanges({ ...reported, reportSheetName: null }, { ...saved, period: 'week' })).toEqual([]);
    expect(reportChanges({ ...reported, reportOptions: null }, { ...saved, period: 'week' })).toEqual([]);
  });

  test('each changed option is named, new value first, the segment by its header', () => {
    expect(reportChanges(reported, { ...saved, period: 'month', segmentColumn: 2, rollingDays: 90, mode: 'snapshot' })).toEqual([
      'by month (was by quarter)',
      'split by Plan (was split by Region)',
      '90-day rolling NPS (was no rolling NPS)',
      'snapshot (was live)',
    ]);
  });

  test('the button says what will change; without changes, refresh', () => {
    expect(buildLabel(reported, ['by month (was by quarter)'])).toBe('Refresh: by month (was by quarter)');
    expect(buildLabel({ ...reported, isReport: true }, ['snapshot (was live)'])).toBe('Refresh: snapshot (was live)');
    expect(buildLabel(reported, [])).toBe('Refresh report');
  });
});
