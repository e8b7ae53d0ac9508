import { buildLabel, segmentChoices } from '../../src/sidebar/reportControls';
import { PAYLOAD_SHEET, SCREENSHOT_SHEET } from './cannedSheet';

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
