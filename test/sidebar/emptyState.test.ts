import { emptyStateOf } from '../../src/sidebar/emptyState';
import { EMPTY_SHEET, NO_SCORE_SHEET, PAYLOAD_SHEET } from './cannedSheet';

test('nothing is missing on a table with a score column', () => {
  expect(emptyStateOf(PAYLOAD_SHEET.profile)).toBeNull();
});

test('no table: the server\'s sentence (it names the sheet); the columns cannot help', () => {
  expect(emptyStateOf(EMPTY_SHEET.profile)).toEqual({
    title: 'No responses to measure',
    action: '"Sheet1" is empty. Open the sheet with your survey answers (a header row, then one row per response).',
    needsColumns: false,
  });
  expect(emptyStateOf({ ...EMPTY_SHEET.profile, problem: null })!.action).toContain('press “Re-read sheet”');
});

test('headers with no rows under them, and no score column', () => {
  const headersOnly = { ...PAYLOAD_SHEET.profile, table: { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 1 } };
  expect(emptyStateOf(headersOnly)).toMatchObject({ title: 'No responses yet', needsColumns: false });
  expect(emptyStateOf(NO_SCORE_SHEET.profile)).toMatchObject({ title: 'No score column', needsColumns: true });
  expect(emptyStateOf(NO_SCORE_SHEET.profile)!.action).toContain('“NPS score (0–10)”');
});
