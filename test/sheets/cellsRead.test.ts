/**
 * Issue 12 (SPEC §8 "Cells read"): on a 100,000 × 50 export, the profile
 * and the sidebar preview read the detection sample plus the columns the
 * analysis uses, never the whole sheet (a report build still reads it whole:
 * see its test);
 * the emulator counts the cells every read returns. The expected counts are
 * the layout's arithmetic, stated below.
 */
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';
import type { PreviewResult, SheetProfile } from '../../src/shared/contract';
import { DIST, options } from './sampleBook';

const ROWS = 100_000;
const WIDTH = 50;
const DATE = 1;
const SCORE = 10;
const PLAN = 20;
const PLANS = ['Free', 'Pro', 'Team'];

/**
 * A Typeform-like export, 50 columns: a response id, the submission date,
 * eight 1–5 items, the 0–10 question (i mod 11), text answers, the plan.
 * Rows share their cell texts, so building it is cheap.
 */
function wideExport(rows: number, extra: (values: unknown[][]) => void = () => {}): unknown[][] {
  const header = Array.from({ length: WIDTH }, (_, c) => `Q${c}: what do you think of part ${c}?`);
  header[0] = 'Response ID';
  header[DATE] = 'Submitted At';
  for (let c = 2; c < SCORE; c++) header[c] = `How satisfied are you with feature ${c} (1-5)?`;
  header[SCORE] = 'How likely are you to recommend us to a friend or colleague?';
  header[PLAN] = 'Which plan are you on?';
  const answers = ['Yes', 'No', 'Sometimes', 'Every day', 'Once a week'];
  const values: unknown[][] = [header];
  const start = Date.UTC(2025, 0, 1, 9);
  for (let i = 0; i < rows; i++) {
    const row = new Array<unknown>(WIDTH);
    row[0] = `r${i}`;
    row[DATE] = new Date(start + (i % 365) * 86_400_000);
    for (let c = 2; c < SCORE; c++) row[c] = 1 + ((i + c) % 5);
    row[SCORE] = i % 11;
    for (let c = SCORE + 1; c < WIDTH; c++) row[c] = answers[(i + c) % answers.length];
    row[PLAN] = PLANS[i % 3];
    values.push(row);
  }
  extra(values);
  return values;
}

describe('cells read on a 100,000 × 50 sheet', () => {
  const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Typeform', values: wideExport(ROWS) }] });
  const addon = loadAddon({ spreadsheet: book, distDir: DIST });
  /** Cells read by one execution, in all and per method. */
  const cellsOf = (run: () => unknown) => {
    addon.serviceCalls.reset();
    const result = run();
    return { result, cells: addon.serviceCalls.cellsRead, byMethod: addon.serviceCalls.cellsByMethod() };
  };
  // The detection sample: the first 250,000 / 50 = 5,000 rows, every column (sampleRead.ts).
  const SAMPLE = 5_000 * WIDTH;
  // The columns the report uses: date (B), score (K), plan (U), more than one column apart, each its 100,000 data rows.
  const USED = 3 * ROWS;

  test('the profile reads the detection sample only, and finds the columns', () => {
    const { result, cells, byMethod } = cellsOf(() => addon.run('getSheetProfile'));
    const profile = result as SheetProfile;
    expect(profile.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: ROWS + 1 });
    expect(profile.mapping).toMatchObject({ score: SCORE, date: DATE });
    expect(cells).toBe(SAMPLE);
    expect(byMethod).toEqual({ 'Sheet.getSheetValues': SAMPLE });
  });

  test('the preview reads the sample and the three columns it uses, and counts every row', () => {
    const { result, cells } = cellsOf(() => addon.run('getPreview', options({ segmentColumn: PLAN })));
    expect(cells).toBe(SAMPLE + USED);
    expect(cells).toBeLessThan((ROWS + 1) * WIDTH / 8);
    // i mod 11 over 100,000 rows: 9,090 full cycles (99,990 rows), then 0–9 once more.
    // Promoters (9, 10): 2 · 9,090 + 1 = 18,181; passives (7, 8): 2 · 9,090 + 2 = 18,182; detractors 100,000 − 36,363 = 63,637.
    expect((result as PreviewResult).overall).toMatchObject({ responses: ROWS, promoters: 18_181, passives: 18_182, detractors: 63_637 });
  });

  test('a report build reads the sheet whole, in the two calls of getDataRange().getValues(), and finds the columns the sidebar showed', () => {
    // Not the rule above: the sample and the used columns would cost 3 + 3 calls where the whole sheet costs 2,
    // and a rebuild with other options is already at SPEC §8's 25 calls (reportBuilder.ts).
    const snapshot = cellsOf(() => addon.run('buildReport', options({ segmentColumn: PLAN })));
    expect(snapshot.byMethod).toEqual({ 'Range.getValues': (ROWS + 1) * WIDTH }); // a new report sheet is not read
    const report = book.sheetByName('NPS · Typeform')!;
    // The summary row of the report: responses, promoters, passives, detractors as in the preview.
    expect(report.storedRows()[8].slice(0, 4)).toEqual([ROWS, 18_181, 18_182, 63_637]);
  });
});

describe('a sheet longer than the detection sample', () => {
  test('responses past the sample count, and a note further right under the table is not a row', () => {
    const rows = 6_000;
    const values = wideExport(rows, (v) => {
      // A note in an unused column, 100 rows under the table.
      const note = new Array<unknown>(WIDTH).fill('');
      note[40] = 'Exported by the survey team';
      for (let i = 0; i < 100; i++) v.push(new Array<unknown>(WIDTH).fill(''));
      v.push(note);
    });
    const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Typeform', values }] });
    const addon = loadAddon({ spreadsheet: book, distDir: DIST });
    addon.serviceCalls.reset();
    const preview = addon.run('getPreview', options({ segmentColumn: PLAN })) as PreviewResult;
    // 6,000 rows of i mod 11: 545 cycles (5,995 rows) then 0–4. Promoters 1,090, passives 1,090, detractors 3,820.
    expect(preview.overall).toMatchObject({ responses: rows, promoters: 1_090, passives: 1_090, detractors: 3_820 });
    // The sample (5,000 rows × 50) and the three columns from row 2 to the note's row (6,000 + 101 rows).
    expect(addon.serviceCalls.cellsRead).toBe(5_000 * WIDTH + 3 * (rows + 101));
    const result = addon.run('buildReport', options({ segmentColumn: PLAN, mode: 'live' })) as { message: string };
    // The build finds the same end: live formulas stop at the table's last row, as the note lies under it.
    expect(result.message).toContain(`the table ends at row ${rows + 1}`);
  });
});
