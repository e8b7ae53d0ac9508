/**
 * Issue 3, "Bad input" and "Done when", through the real built add-on
 * (dist/) on the local spreadsheet: an empty sheet, headers only, no
 * plausible score column, a 1–5 scale only, 200,000 rows × 20 columns,
 * duplicate and blank headers, a user sheet with the report's name, payload
 * text (`=HYPERLINK(…)`, `+1`, `@x`, `<script>`) in segment names, headers
 * and the sheet name in snapshot and live mode — and the source sheet (and
 * every other sheet of the user's) identical before and after every flow:
 * getSheetProfile, saveRoleOverrides, getPreview, buildReport (snapshot and
 * live), refreshReports and the menu's Refresh reports.
 *
 * Expected figures are counted in this file from the rows it writes.
 */
import { createSpreadsheet, loadAddon, snapshotSheet, type AddonRuntime, type LocalSpreadsheet } from '../../src/local/sheets';
import type { LocalSheet } from '../../src/local/sheets';
import type { PreviewResult, SheetProfile } from '../../src/shared/contract';
import { DIST, options, sampleBook } from './sampleBook';

const day = (i: number) => new Date(Date.UTC(2025, 0, 1, 12) + i * 86_400_000);

/** A book with the given sheets (the first active), the add-on loaded over it. */
function bookOf(sheets: { name: string; values: unknown[][] }[], timeZone = 'Europe/Berlin'): { book: LocalSpreadsheet; addon: AddonRuntime } {
  const book = createSpreadsheet({ timeZone, sheets });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}

/** Counts of a list of 0–10 scores, by this file's own arithmetic. */
function countsOf(scores: number[]) {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const responses = scores.length;
  return { responses, promoters, passives: responses - promoters - detractors, detractors, nps: ((promoters - detractors) / responses) * 100 };
}

/** The error message of a call, or a failure when it does not throw. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

/** Snapshots of the given sheets, to compare before and after. */
function snapshots(sheets: LocalSheet[]) {
  return sheets.map((s) => snapshotSheet(s));
}

/**
 * Runs every flow of the sidebar and the menu on the active sheet, and
 * checks after each one that the user's sheets are as they were and that
 * no developer metadata sits on them.
 */
function everyFlowLeavesTheUsersSheetsAlone(book: LocalSpreadsheet, addon: AddonRuntime, report: { segmentColumn: number | null; override: Record<number, string | null> }) {
  const source = book.activeSheet;
  const users = [...book.sheets];
  const before = snapshots(users);
  const check = (flow: string) => {
    expect([flow, snapshots(users)]).toEqual([flow, before]);
    expect([flow, book.metadata.filter((m) => m.sheet !== null && users.includes(m.sheet))]).toEqual([flow, []]);
    book.activeSheet = source;
  };
  const profile = addon.run('getSheetProfile') as SheetProfile;
  check('getSheetProfile');
  addon.run('saveRoleOverrides', profile.sheetId, report.override);
  check('saveRoleOverrides');
  addon.run('getPreview', { period: 'month', segmentColumn: report.segmentColumn, rollingDays: 28, confidence: 0.95 });
  check('getPreview');
  addon.run('buildReport', options({ segmentColumn: report.segmentColumn, rollingDays: 28 }));
  check('buildReport (snapshot, created)');
  addon.run('buildReport', options({ segmentColumn: report.segmentColumn, mode: 'live' }));
  check('buildReport (live, refreshed)');
  addon.run('refreshReports');
  check('refreshReports');
  addon.call('refreshReportsFromMenu');
  check('Refresh reports (menu)');
  const reports = book.sheets.filter((s) => !users.includes(s));
  expect(reports).toHaveLength(1);
  return reports[0];
}

describe('the source sheet is identical before and after every flow', () => {
  test('a Google-Forms-like sheet beside a sheet of the user\'s (every flow, snapshot and live, refreshes)', () => {
    const { book, addon } = sampleBook(150);
    book.addSheet('My notes', [['keep me'], ['=SUM(1,2)']]);
    const report = everyFlowLeavesTheUsersSheetsAlone(book, addon, { segmentColumn: 3, override: { 2: 'other' } });
    expect(report.name).toBe('NPS · Responses');
    expect(report.charts).toHaveLength(4);
  });
});

const HEADERS_ONLY = '"Form Responses 1" has headers but no responses under them yet. When answers arrive (one row per response), open the sidebar again.';

describe('sheets that hold no responses', () => {
  test.each([
    ['an empty sheet', [] as unknown[][], '"Form Responses 1" is empty. Open the sheet with your survey answers (a header row, then one row per response).'],
    ['headers only', [['Timestamp', 'How likely are you to recommend us to a friend?', 'Plan']], HEADERS_ONLY],
    ['headers and blank rows', [['Timestamp', 'Score', 'Plan'], ['', '', ''], ['', '', '']], HEADERS_ONLY],
  ])('%s: a plain problem in the profile, the same words from preview and build, nothing written', (_, values, problem) => {
    const { book, addon } = bookOf([{ name: 'Form Responses 1', values }]);
    const before = snapshotSheet(book.sheets[0]);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile).toMatchObject({ sheetName: 'Form Responses 1', table: null, columns: [], mapping: { score: null, date: null, segments: [], comments: [] } });
    expect(profile.problem).toBe(problem);
    expect(errorOf(() => addon.run('getPreview', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 }))).toBe(profile.problem);
    expect(errorOf(() => addon.run('buildReport', options({ segmentColumn: null })))).toBe(profile.problem);
    addon.call('refreshReportsFromMenu');
    expect(addon.ui.alerts.at(-1)!.prompt).toMatch(/There is no NPS report to refresh yet/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Form Responses 1']);
    expect(book.metadata).toEqual([]);
    expect(snapshotSheet(book.sheets[0])).toEqual(before);
  });

  test('no plausible score column: the problem says what was looked for and how to pick one; picking one works', () => {
    const values: unknown[][] = [['Submitted', 'Name', 'What should we improve?', 'Team']];
    for (let i = 0; i < 40; i++) values.push([day(i), `Customer ${i}`, i % 3 ? `Idea number ${i}` : '', ['Sales', 'Ops'][i % 2]]);
    const { book, addon } = bookOf([{ name: 'Feedback', values }]);
    const before = snapshotSheet(book.sheets[0]);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 41 });
    expect(profile.mapping.score).toBeNull();
    expect(profile.columns.map((c) => c.role)).not.toContain('score');
    // What was looked for (a column of 0–10 answers) and how to pick one (the role picker, role "score").
    expect(profile.problem).toBe('No column of 0–10 answers was found in "Feedback". Pick the score column: in the list of columns, set its role to “NPS score (0–10)”.');
    expect(errorOf(() => addon.run('buildReport', options({ segmentColumn: null })))).toBe(profile.problem);
    expect(errorOf(() => addon.run('getPreview', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 }))).toBe(profile.problem);
    expect(book.sheets).toHaveLength(1);
    // A text column picked as the score: every value is ignored, none enters a denominator.
    const picked = addon.run('saveRoleOverrides', profile.sheetId, { 1: 'score' }) as SheetProfile;
    expect(picked).toMatchObject({ problem: null, mapping: { score: 1 } });
    const preview = addon.run('getPreview', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 }) as PreviewResult;
    expect(preview.overall).toMatchObject({ responses: 0, ignored: 40, nps: null, ci: null });
    expect(preview.ignoredCells[0]).toEqual({ row: 2, value: 'Customer 0' });
    expect(snapshotSheet(book.sheets[0])).toEqual(before);
  });

  test('a 1–5 scale only is not taken for the score; the user can still pick it', () => {
    const scale = (i: number) => 1 + ((i * 3) % 5);
    const values: unknown[][] = [['Timestamp', 'How satisfied are you with our service? (1-5)', 'Region']];
    for (let i = 0; i < 60; i++) values.push([day(i), scale(i), ['North', 'South', 'East'][i % 3]]);
    const { book, addon } = bookOf([{ name: 'CSAT', values }]);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.mapping.score).toBeNull();
    expect(profile.columns[1].role).not.toBe('score');
    expect(profile.problem).toMatch(/^No column of 0–10 answers was found in "CSAT"\. Pick the score column/);
    expect(errorOf(() => addon.run('buildReport', options({ segmentColumn: null })))).toBe(profile.problem);
    expect(book.sheets).toHaveLength(1);
    // The user says it is the score anyway: 1–5 are valid 0–10 scores, all detractors.
    addon.run('saveRoleOverrides', profile.sheetId, { 1: 'score' });
    const preview = addon.run('getPreview', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 }) as PreviewResult;
    expect(preview.overall).toMatchObject({ responses: 60, promoters: 0, passives: 0, detractors: 60, nps: -100, ignored: 0 });
    expect(preview.trend.map((p) => [p.label, p.responses])).toEqual([
      ['Jan 2025', 31],
      ['Feb 2025', 28],
      ['Mar 2025', 1],
    ]);
  });
});

describe('a score column with no 0–10 answer', () => {
  test('builds no report and leaves the one already built as it was', () => {
    const { book, addon } = sampleBook(40);
    addon.run('buildReport', options());
    const report = book.sheets[1];
    const built = snapshotSheet(report);
    const chartsOf = () => report.charts.map((c) => [c.type, c.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns]), JSON.stringify(c.options)]);
    const charts = chartsOf();
    // The comment column (free text) taken for the score by mistake.
    addon.run('saveRoleOverrides', 0, { 2: 'score' });
    const message = errorOf(() => addon.run('buildReport', options()));
    // 40 rows, every fifth comment blank: 32 texts, none a 0–10 answer.
    expect(message).toBe('No report was built: “Comment” holds no 0–10 answers (32 other values). Set the role “NPS score (0–10)” on the column with the 0–10 answers, then build again.');
    expect(book.sheets).toHaveLength(2);
    expect(snapshotSheet(report)).toEqual(built);
    expect(chartsOf()).toEqual(charts);
    expect(charts).toHaveLength(4);
  });
});

describe('duplicate and blank headers', () => {
  const HEADERS = ['Timestamp', 'Score', '', 'Score', 'Plan', 'Plan', ''];
  const score = (i: number) => (i * 4) % 11;
  function sheet(): unknown[][] {
    const values: unknown[][] = [HEADERS];
    for (let i = 0; i < 66; i++) values.push([day(i), score(i), ['Web', 'App'][i % 2], i % 5, ['Free', 'Pro', 'Team'][i % 3], ['EU', 'US'][i % 2], i % 4 ? '' : 'note']);
    return values;
  }

  test('one score column is chosen, the figures are those of that column, and a blank-header segment is named by its letter', () => {
    const { book, addon } = bookOf([{ name: 'Responses', values: sheet() }]);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.problem).toBeNull();
    expect(profile.mapping.score).toBe(1);
    expect(profile.mapping.date).toBe(0);
    expect(profile.columns.filter((c) => c.role === 'score')).toHaveLength(1);
    expect(profile.columns.map((c) => c.header).slice(0, 6)).toEqual(HEADERS.slice(0, 6));

    const expected = countsOf(Array.from({ length: 66 }, (_, i) => score(i)));
    const preview = addon.run('getPreview', { period: 'month', segmentColumn: 5, rollingDays: null, confidence: 0.95 }) as PreviewResult;
    expect(preview.overall).toMatchObject({ responses: 66, promoters: expected.promoters, passives: expected.passives, detractors: expected.detractors, ignored: 0 });
    expect(preview.overall.nps).toBeCloseTo(expected.nps, 9);

    // The second "Plan" column, then the blank-headed column C.
    addon.run('buildReport', options({ segmentColumn: 5 }));
    const report = book.sheetByName('NPS · Responses')!;
    expect(report.raw(49, 14)).toBe('NPS by Plan');
    expect([report.raw(51, 14), report.raw(52, 14)].sort()).toEqual(['EU', 'US']);
    book.activeSheet = book.sheetByName('Responses')!;
    addon.run('buildReport', options({ segmentColumn: 2 }));
    expect(report.raw(49, 14)).toBe('NPS by column C');
    expect(report.charts[2].options.title).toBe('NPS by column C, highest first');
    expect([report.raw(51, 14), report.raw(52, 14)].sort()).toEqual(['App', 'Web']);
    expect(book.sheets).toHaveLength(2);
  });

  test('every flow leaves the sheet as it was', () => {
    const { book, addon } = bookOf([{ name: 'Responses', values: sheet() }]);
    const report = everyFlowLeavesTheUsersSheetsAlone(book, addon, { segmentColumn: 4, override: { 3: 'other' } });
    expect(report.charts).toHaveLength(4);
  });
});

describe('a sheet of the user\'s with the report\'s name', () => {
  test('is never overwritten, in snapshot or live mode: the next free name is used, then found again by metadata', () => {
    const values: unknown[][] = [['Date', 'NPS score', 'Plan']];
    for (let i = 0; i < 30; i++) values.push([day(i * 3), i % 11, ['A', 'B'][i % 2]]);
    const { book, addon } = bookOf([
      { name: 'Survey', values },
      { name: 'NPS · Survey', values: [['My own NPS notes'], ['=SUM(1,2)'], ['+1']] },
      { name: 'NPS · Survey (2)', values: [['another one of mine']] },
    ]);
    const users = [...book.sheets];
    const before = snapshots(users);
    const first = addon.run('buildReport', options({ segmentColumn: 2, mode: 'live' })) as { reportSheetName: string; created: boolean };
    expect(first).toMatchObject({ reportSheetName: 'NPS · Survey (3)', created: true });
    book.activeSheet = book.sheetByName('Survey')!;
    const again = addon.run('buildReport', options({ segmentColumn: 2 })) as { reportSheetName: string; created: boolean };
    expect(again).toMatchObject({ reportSheetName: 'NPS · Survey (3)', created: false });
    addon.run('refreshReports');
    expect(book.sheets.map((s) => s.name).sort()).toEqual(['NPS · Survey', 'NPS · Survey (2)', 'NPS · Survey (3)', 'Survey']);
    expect(snapshots(users)).toEqual(before);
    expect(book.sheetByName('NPS · Survey (3)')!.charts).toHaveLength(4);
  });
});

describe('payload text in segment names, headers and the sheet name', () => {
  const SCRIPT = '<script>window.__pwned=1</script>';
  const SEGMENTS = ['=HYPERLINK("https://evil.example/?q=1","click me")', '+1', '@x', SCRIPT, '-2', '=1+1', 'Plain'];
  const HEADERS = ['Timestamp', 'How likely are you to recommend us to a friend?', '=HYPERLINK("https://evil.example","Plan")', '+1', '@x', SCRIPT];
  const SHEET = "@Bob's =answers";
  const score = (i: number) => (i * 3) % 11;

  function book() {
    const values: unknown[][] = [HEADERS];
    for (let i = 0; i < 84; i++) values.push([day(i), score(i), SEGMENTS[i % SEGMENTS.length], SEGMENTS[(i + 1) % SEGMENTS.length], i % 2 ? '@x' : '+1', i % 3 ? SCRIPT : 'fine']);
    return bookOf([{ name: SHEET, values }]);
  }

  /** Per-segment counts of column `col` by this file's arithmetic. */
  function expectedSegments(shift: number) {
    const by = new Map<string, number[]>();
    for (let i = 0; i < 84; i++) {
      const name = SEGMENTS[(i + shift) % SEGMENTS.length];
      by.set(name, [...(by.get(name) ?? []), score(i)]);
    }
    return [...by.entries()].map(([name, scores]) => ({ name, ...countsOf(scores) }));
  }

  /** Only the add-on's own formulas; every payload is a text value equal to the source text. */
  function checkReport(report: LocalSheet, header: string, shift: number, live: boolean) {
    const formulas: string[] = [];
    const lastRow = report.lastRowNow();
    const lastColumn = report.lastColumnNow();
    for (let r = 1; r <= lastRow; r++) {
      for (let c = 1; c <= lastColumn; c++) {
        const f = report.formulaAt(r, c);
        if (f) formulas.push(f);
      }
    }
    if (live) {
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) expect(f).toMatch(/^=(NPS_SUMMARY|NPS_BY_PERIOD|NPS_BY_SEGMENT|NPS_ROLLING)\('@Bob''s =answers'!|^=\{[A-Z]+\d+:[A-Z]+\d+(, [A-Z]+\d+:[A-Z]+\d+)*\}$/);
    } else {
      expect(formulas).toEqual([]);
    }
    expect(String(report.value(1, 1)).startsWith(`NPS · ${SHEET} — `)).toBe(true);
    expect(String(report.value(2, 1))).toContain(`Source: ${SHEET}`);
    expect(report.value(49, 14)).toBe(`NPS by ${header}`);
    const rows: { name: unknown; responses: unknown; nps: unknown }[] = [];
    for (let r = 51; report.value(r, 14) !== ''; r++) rows.push({ name: report.value(r, 14), responses: report.value(r, 15), nps: report.value(r, 19) });
    const expected = expectedSegments(shift);
    expect(rows.map((r) => r.name).sort()).toEqual(expected.map((e) => e.name).sort());
    for (const e of expected) {
      const row = rows.find((r) => r.name === e.name)!;
      expect([e.name, row.responses]).toEqual([e.name, e.responses]);
      expect(row.nps as number).toBeCloseTo(e.nps, 9);
    }
    expect(report.charts.map((c) => String(c.options.title).replace(/, highest first$/, ''))).toContain(`NPS by ${header}`);
    for (const a1 of ['A8', 'A50', 'N50']) expect(report.getFormulaError(a1)).toBeNull();
  }

  test.each([
    ['snapshot', 2, 0],
    ['live', 2, 0],
    ['snapshot', 3, 1],
    ['live', 3, 1],
  ] as const)('%s mode, segment column %i: payloads are text, equal to the source, counted right', (mode, column, shift) => {
    const { book: b, addon } = book();
    const source = b.sheets[0];
    const before = snapshotSheet(source);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.mapping.score).toBe(1);
    expect(profile.columns.map((c) => c.header)).toEqual(HEADERS);
    expect(profile.columns[column].samples).toEqual([0, 1, 2].map((i) => SEGMENTS[(i + shift) % SEGMENTS.length]));
    addon.run('buildReport', options({ segmentColumn: column, mode, rollingDays: 28 }));
    const report = b.sheetByName(`NPS · ${SHEET}`)!;
    checkReport(report, HEADERS[column], shift, mode === 'live');
    // A refresh from the menu keeps it so.
    addon.call('refreshReportsFromMenu');
    checkReport(report, HEADERS[column], shift, mode === 'live');
    expect(report.charts).toHaveLength(4);
    expect(snapshotSheet(source)).toEqual(before);
  });

  test('every flow leaves the payload sheet as it was', () => {
    const { book: b, addon } = book();
    everyFlowLeavesTheUsersSheetsAlone(b, addon, { segmentColumn: 5, override: { 4: 'segment' } });
  });
});

describe('200,000 rows × 20 columns', () => {
  /** A Qualtrics-like export: id, start and end timestamps, the 0–10 question, segments, a comment, email, duration, progress and ten 1–5 items. */
  function wide(rows: number): unknown[][] {
    const headers = ['Response ID', 'Start Date', 'End Date', 'How likely are you to recommend us to a friend or colleague?', 'Plan', 'Region', 'What could we do better?', 'Email', 'Duration (in seconds)', 'Progress'];
    for (let c = headers.length; c < 20; c++) headers.push(`Q${c} (1-5)`);
    const values: unknown[][] = [headers];
    const t0 = Date.UTC(2024, 0, 1);
    for (let i = 0; i < rows; i++) {
      const t = t0 + Math.floor((i * 366 * 86_400_000) / rows);
      const row: unknown[] = [`R_${100000 + i}`, new Date(t - 60_000), new Date(t), (i * 7) % 11, ['Free', 'Pro', 'Team'][i % 3], ['EMEA', 'APAC', 'AMER', 'LATAM'][i % 4], i % 9 ? '' : `comment ${i % 50}`, `u${i % 1000}@example.com`, 30 + (i % 400), 100];
      for (let c = row.length; c < 20; c++) row.push(1 + ((i + c) % 5));
      values.push(row);
    }
    return values;
  }

  test('profile and build work, with the same Spreadsheet service calls as at 2,000 rows', () => {
    const measure = (rows: number) => {
      const { book, addon } = bookOf([{ name: 'Qualtrics', values: wide(rows) }], 'UTC');
      addon.serviceCalls.reset();
      const profile = addon.run('getSheetProfile') as SheetProfile;
      const profileCalls = addon.serviceCalls.count;
      addon.serviceCalls.reset();
      const build = addon.run('buildReport', options({ segmentColumn: 4 })) as { charts: number; periods: number; segments: number };
      const buildCalls = addon.serviceCalls.count;
      return { profile, profileCalls, build, buildCalls, summary: book.sheetByName('NPS · Qualtrics')!.storedRows()[8].slice(0, 8) }; // the summary's figures, row 9
    };
    const small = measure(2000);
    const large = measure(200_000);
    expect(large.profile.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 200_001 });
    expect(large.profile.columns).toHaveLength(20);
    expect(large.profile.mapping).toMatchObject({ score: 3, date: 2, segments: expect.arrayContaining([4, 5]) });
    expect(large.build).toMatchObject({ charts: 4, periods: 12, segments: 3 });
    expect(large.profileCalls).toBe(small.profileCalls);
    expect(large.buildCalls).toBe(small.buildCalls);
    expect(large.buildCalls).toBeLessThanOrEqual(25);
    const expected = countsOf(Array.from({ length: 200_000 }, (_, i) => (i * 7) % 11));
    expect(large.summary.slice(0, 4)).toEqual([200_000, expected.promoters, expected.passives, expected.detractors]);
    expect(large.summary[7] as number).toBeCloseTo(expected.nps, 9);
  }, 60_000);
});
