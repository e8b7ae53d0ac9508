/**
 * What the sidebar reads about a sheet's report and role corrections through
 * the real endpoints on the emulator: the options its report was built with
 * (on the source and on the report sheet), and going back to the detected
 * roles by clearing every column.
 */
import type { SheetProfile } from '../../src/shared/contract';
import { options, sampleBook } from './sampleBook';

describe('the profile names the options of the report', () => {
  test('none before a build; the built options after, on the source and on the report sheet', () => {
    const { book, addon } = sampleBook(40);
    expect((addon.run('getSheetProfile') as SheetProfile).reportOptions).toBeNull();
    const built = options({ period: 'quarter', rollingDays: 30, mode: 'live' });
    addon.run('buildReport', built);
    const onReport = addon.run('getSheetProfile') as SheetProfile; // the new report is active
    expect(onReport).toMatchObject({ isReport: true, reportOptions: built });
    book.activeSheet = book.sheetByName('Responses')!;
    expect((addon.run('getSheetProfile') as SheetProfile).reportOptions).toEqual(built);
    // Refresh reports keeps them.
    addon.run('refreshReports');
    expect((addon.run('getSheetProfile') as SheetProfile).reportOptions).toEqual(built);
  });

  test('a rebuild with other options makes those the report\'s', () => {
    const { addon } = sampleBook(40);
    addon.run('buildReport', options());
    addon.run('buildReport', options({ period: 'week', segmentColumn: null }));
    expect((addon.run('getSheetProfile') as SheetProfile).reportOptions).toEqual(options({ period: 'week', segmentColumn: null }));
  });

  test('a sheet of headers without responses has no report options either', () => {
    const { addon } = sampleBook(0);
    expect((addon.run('getSheetProfile') as SheetProfile)).toMatchObject({ table: null, reportOptions: null });
  });
});

test('"Reset to detected": null for every column clears every correction, the moved score included', () => {
  const { addon } = sampleBook(40);
  // Columns: date, score, comment, segment.
  addon.run('saveRoleOverrides', 0, { 3: 'score' });
  let profile = addon.run('saveRoleOverrides', 0, { 0: 'other' }) as SheetProfile;
  expect(profile.columns.map((c) => c.role)).toEqual(['other', 'number', 'comment', 'score']);
  expect(profile.columns[1]).toMatchObject({ detectedRole: 'score', overridden: false });
  profile = addon.run('saveRoleOverrides', 0, { 0: null, 1: null, 2: null, 3: null }) as SheetProfile;
  expect(profile.columns.map((c) => c.role)).toEqual(['date', 'score', 'comment', 'segment']);
  expect(profile.columns.some((c) => c.overridden)).toBe(false);
  expect(profile.mapping).toMatchObject({ score: 1, date: 0, segments: [3] });
});

test('a remembered report from an older version (no rolling window, no confidence) reads with the defaults', () => {
  const { addon } = sampleBook(40);
  addon.run('buildReport', options());
  const properties = addon.globals.PropertiesService.getDocumentProperties();
  const record = JSON.parse(properties.getProperty('nps.report.0')!);
  record.options = { period: 'week', segmentColumn: 3, mode: 'live' };
  properties.setProperty('nps.report.0', JSON.stringify(record));
  expect((addon.run('getSheetProfile') as SheetProfile).reportOptions).toEqual({ period: 'week', segmentColumn: 3, rollingDays: null, confidence: 0.95, mode: 'live' });
});

describe('the respondent column (SPEC §10)', () => {
  test('the first e-mail column until the user picks one; one column at most holds the role', () => {
    const { book, addon } = sampleBook(40);
    const source = book.sheetByName('Responses')!;
    source.loadValues([['Email', 'Customer id'], ...Array.from({ length: 40 }, (_, i) => [`p${i % 9}@example.com`, `C-${i % 9}`])], 1, 5);
    expect((addon.run('getSheetProfile') as SheetProfile).mapping.respondent).toBe(4);
    expect((addon.run('saveRoleOverrides', 0, { 5: 'respondent' }) as SheetProfile).mapping.respondent).toBe(5);
    const moved = addon.run('saveRoleOverrides', 0, { 2: 'respondent' }) as SheetProfile;
    expect(moved.mapping.respondent).toBe(2);
    expect(moved.columns.filter((c) => c.role === 'respondent').map((c) => c.index)).toEqual([2]);
  });

  test('follow-up lists must be on or off', () => {
    const { addon } = sampleBook(40);
    expect(() => addon.run('buildReport', options({ followUp: 'yes' }))).toThrow('The follow-up lists option must be on or off (true or false).');
  });

  test('follow-up lists without a respondent column: a plain message, nothing written', () => {
    const { book, addon } = sampleBook(40);
    expect(() => addon.run('buildReport', options({ followUp: true }))).toThrow(/need a respondent column: set a column’s role to “Respondent \(e-mail or id\)”/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses']);
  });
});
