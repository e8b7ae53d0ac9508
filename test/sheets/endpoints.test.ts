import { snapshotSheet } from '../../src/local/sheets';
import type { PreviewResult, SheetProfile } from '../../src/shared/contract';
import { options, sampleBook } from './sampleBook';

describe('menu', () => {
  test('onOpen in AuthMode.NONE only builds the add-on menu', () => {
    const { book, addon } = sampleBook(10);
    addon.serviceCalls.reset();
    addon.call('onOpen', { authMode: 'NONE' });
    expect(addon.serviceCalls.byMethod()).toEqual({ 'SpreadsheetApp.getUi': 1 });
    expect(addon.ui.menus).toHaveLength(1);
    expect(addon.ui.menus[0].items).toEqual([
      { caption: 'Open NPS sidebar', functionName: 'showSidebar' },
      { caption: 'Refresh reports', functionName: 'refreshReportsFromMenu' },
      { caption: 'Help', functionName: 'showHelp' },
    ]);
    expect(book.documentProperties.keys()).toEqual([]);
    addon.call('onInstall', { authMode: 'NONE' });
    expect(addon.ui.menus).toHaveLength(2);
  });

  test('the sidebar opens from Sidebar.html with the title NPS; Help shows plain text', () => {
    const { addon } = sampleBook(10);
    addon.call('showSidebar');
    expect(addon.ui.sidebars[0].title).toBe('NPS');
    addon.call('showHelp');
    expect(addon.ui.alerts[0].title).toBe('NPS for Google Sheets');
    expect(addon.ui.alerts[0].prompt).toMatch(/=NPS\(C2:C\)/);
  });

  test('Refresh reports with no report yet says how to make one', () => {
    const { addon } = sampleBook(10);
    addon.call('refreshReportsFromMenu');
    expect(addon.ui.alerts[0].prompt).toBe('There is no NPS report to refresh yet. Open the NPS sidebar and build one.');
  });
});

describe('endpoints (through google.script.run)', () => {
  test('getSheetProfile: table, roles, samples as text, mapping; plain data only', () => {
    const { addon } = sampleBook(40);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile).toMatchObject({
      sheetName: 'Responses',
      sheetId: 0,
      timeZone: 'America/New_York',
      table: { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 41 },
      mapping: { score: 1, date: 0, segments: [3], comments: [2] },
      problem: null,
      isReport: false,
      reportSheetName: null,
    });
    expect(profile.columns.map((c) => c.role)).toEqual(['date', 'score', 'comment', 'segment']);
    expect(profile.columns[1].samples).toEqual(['0', '1', '2']);
    expect(profile.columns[0].samples[0]).toBe('2025-01-01 07:00'); // noon UTC in New York
  });

  test('saveRoleOverrides: the user picks the score column; remembered per sheet; null clears', () => {
    const { book, addon } = sampleBook(40);
    const before = snapshotSheet(book.sheetByName('Responses')!);
    let profile = addon.run('saveRoleOverrides', 0, { 3: 'comment' }) as SheetProfile;
    expect(profile.mapping.segments).toEqual([]);
    expect(profile.columns[3]).toMatchObject({ role: 'comment', detectedRole: 'segment', overridden: true });
    profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.mapping.comments).toEqual([2, 3]);
    profile = addon.run('saveRoleOverrides', 0, { 3: null }) as SheetProfile;
    expect(profile.mapping.segments).toEqual([3]);
    expect(() => addon.run('saveRoleOverrides', 0, { 3: 'boss' })).toThrow('"boss" is not a column role.');
    // A column past the table (the sidebar only offers the table's) is refused, never remembered for a column it is not.
    const saved = book.documentProperties.all();
    expect(() => addon.run('saveRoleOverrides', 0, { 4: 'score' })).toThrow('There is no column number "4" to set a role for. Press “Re-read sheet” and pick it again.');
    expect(() => addon.run('saveRoleOverrides', 0, { 999: 'score' })).toThrow('There is no column number "999"');
    expect(book.documentProperties.all()).toEqual(saved);
    expect(snapshotSheet(book.sheetByName('Responses')!)).toEqual(before);
  });

  test('saveRoleOverrides: the score (or date) goes back to the detected column from another one, never to two', () => {
    const { addon } = sampleBook(40);
    // Columns: date, score, comment, segment. The segment column is made the score, then the real one is picked again.
    let profile = addon.run('saveRoleOverrides', 0, { 3: 'score' }) as SheetProfile;
    expect(profile.mapping.score).toBe(3);
    expect(profile.columns[1].role).toBe('number');
    profile = addon.run('saveRoleOverrides', 0, { 1: 'score' }) as SheetProfile;
    expect(profile.mapping.score).toBe(1);
    expect(profile.columns.map((c) => c.role)).toEqual(['date', 'score', 'comment', 'segment']);
    // Two columns given the score one after the other: only the last holds it.
    addon.run('saveRoleOverrides', 0, { 2: 'score' });
    profile = addon.run('saveRoleOverrides', 0, { 3: 'score' }) as SheetProfile;
    expect(profile.columns.filter((c) => c.role === 'score').map((c) => c.index)).toEqual([3]);
    expect(profile.columns[2].role).toBe('comment');
    // The same for the date.
    profile = addon.run('saveRoleOverrides', 0, { 2: 'date' }) as SheetProfile;
    profile = addon.run('saveRoleOverrides', 0, { 0: 'date' }) as SheetProfile;
    expect(profile.mapping.date).toBe(0);
    expect(profile.columns.filter((c) => c.role === 'date').map((c) => c.index)).toEqual([0]);
  });

  test('saveRoleOverrides answers with the profile of the sheet it saved for, even when its report is the active tab', () => {
    const { book, addon } = sampleBook(40);
    addon.run('buildReport', { period: 'month', segmentColumn: 3, rollingDays: null, confidence: 0.95, mode: 'snapshot' });
    book.activeSheet = book.sheetByName('NPS · Responses')!;
    expect((addon.run('getSheetProfile') as SheetProfile).isReport).toBe(true);
    const profile = addon.run('saveRoleOverrides', 0, { 3: 'comment' }) as SheetProfile;
    expect(profile).toMatchObject({ sheetName: 'Responses', isReport: false, reportSheetName: 'NPS · Responses' });
    expect(profile.columns.map((c) => c.role)).toEqual(['date', 'score', 'comment', 'comment']);
  });

  test('getPreview: overall, ignored cells by row, trend with ISO start dates', () => {
    const { book, addon } = sampleBook(22);
    book.sheetByName('Responses')!.loadValues([['n/a']], 5, 2); // row 5: an invalid score
    const preview = addon.run('getPreview', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 }) as PreviewResult;
    // Scores 0..10, 10..0 minus row 5's 3: promoters 4, passives 4, detractors 13.
    expect(preview.overall).toMatchObject({ responses: 21, promoters: 4, passives: 4, detractors: 13, ignored: 1 });
    expect(preview.overall.nps).toBeCloseTo(((4 - 13) / 21) * 100, 10);
    expect(preview.ignoredCells).toEqual([{ row: 5, value: 'n/a' }]);
    expect(preview.trend.map((p) => [p.start, p.label, p.responses])).toEqual([['2025-01-01', 'Jan 2025', 21]]);
    expect(preview.period).toBe('month');
  });

  test('a sheet with no table or no score column: a plain problem, and a plain error on build', () => {
    const { book, addon } = sampleBook(5);
    book.addSheet('Notes', [['Ideas'], ['call Anna'], ['fix the form']]);
    book.activeSheet = book.sheetByName('Notes')!;
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.problem).toMatch(/^No column of 0–10 answers was found in "Notes"/);
    expect(() => addon.run('buildReport', options({ segmentColumn: null }))).toThrow(/No column of 0–10 answers was found in "Notes"/);
    const labels = ['Promoter', 'Passive', 'Detractor', 'Promoter'];
    book.activeSheet = book.addSheet('Groups', [['Date', 'Sentiment'], ...Array.from({ length: 20 }, (_, i) => [`2025-01-${10 + (i % 9)}`, labels[i % 4]])]);
    expect((addon.run('getSheetProfile') as SheetProfile).problem).toBe(
      'No column of 0–10 answers was found in "Groups". Pick the score column: in the list of columns, set its role to “NPS score (0–10)”. ' +
        'Column B (Sentiment) holds Promoter/Passive/Detractor labels: the NPS needs the 0–10 answers they come from.',
    );
    book.activeSheet = book.addSheet('Empty');
    expect((addon.run('getSheetProfile') as SheetProfile).problem).toMatch(/^"Empty" is empty\. Open the sheet with your survey answers/);
  });

  test('a sheet of one row per answer: the profile names the column of questions; picking the answers column as score is the user\'s call', () => {
    const { book, addon } = sampleBook(5);
    const rows: unknown[][] = [['Respondent', 'Question', 'Answer']];
    for (let i = 0; i < 30; i++) {
      rows.push([`R${i}`, 'How likely are you to recommend us?', i % 11]);
      rows.push([`R${i}`, 'Anything else?', i % 2 ? 'no' : 'faster replies please']);
    }
    book.activeSheet = book.addSheet('Answers', rows);
    const before = snapshotSheet(book.activeSheet);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.mapping.score).toBeNull();
    expect(profile.questionColumn).toBe(1);
    expect(profile.problem).toMatch(/^"Answers" has one row per answer: column B \(Question\) names the question and column C \(Answer\) holds the answers to all of them/);
    expect(() => addon.run('buildReport', options({ segmentColumn: null }))).toThrow(/"Answers" has one row per answer/);
    const picked = addon.run('saveRoleOverrides', profile.sheetId, { 2: 'score' }) as SheetProfile;
    expect(picked).toMatchObject({ mapping: { score: 2 }, problem: null, questionColumn: null });
    expect(snapshotSheet(book.activeSheet)).toEqual(before);
  });

  test('options are checked with messages a marketer understands', () => {
    const { addon } = sampleBook(5);
    expect(() => addon.run('getPreview', { period: 'fortnight' })).toThrow('"fortnight" is not a period.');
    expect(() => addon.run('buildReport', options({ confidence: 95 }))).toThrow('The confidence level must be between 0 and 1, such as 0.95 for 95 %.');
    expect(() => addon.run('buildReport', options({ segmentColumn: 9 }))).toThrow(/The segment column you picked is not in the table/);
  });

  test('a message quotes at most the first 40 characters of a value the sidebar sent (a huge one stays one short line)', () => {
    const { addon } = sampleBook(5);
    const huge = `month${'x'.repeat(200_000)}`;
    const first40 = huge.slice(0, 40);
    const messageOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    const messages = [
      messageOf(() => addon.run('getPreview', { period: huge })),
      messageOf(() => addon.run('buildReport', options({ mode: huge }))),
      messageOf(() => addon.run('saveRoleOverrides', 0, { 3: huge })),
      messageOf(() => addon.run('saveRoleOverrides', 0, { [huge]: 'segment' })),
    ];
    expect(messages.map((m) => m.split(' is not ')[0].replace(/^There is no column number (.*) to set a role for\..*$/, '$1'))).toEqual(new Array(4).fill(`"${first40}…"`));
    for (const m of messages) expect(m.length).toBeLessThan(200);
  });

  test('on a report sheet, the profile is the source\'s, flagged as a report', () => {
    const { addon } = sampleBook(30);
    addon.run('buildReport', options());
    const profile = addon.run('getSheetProfile') as SheetProfile; // the new report is active
    expect(profile).toMatchObject({ sheetName: 'Responses', isReport: true, reportSheetName: 'NPS · Responses' });
  });
});
