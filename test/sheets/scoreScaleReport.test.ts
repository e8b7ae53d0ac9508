/**
 * A score column coded 1–11 (Qualtrics' default for a 0–10 item) in the
 * add-on: the preview and the report count each answer as one less and say
 * so where the figures are (the report's details line, the build message);
 * a live report cannot recode in its formulas, so its tables are values.
 */
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';
import { DIST, options } from './sampleBook';

/** `rows` responses in Jan–Mar 2025, answers coded 1–11 cycling 11, 10, …, 1; plans Pro, pro, Free. */
function codedBook(rows: number) {
  const values: unknown[][] = [['Recorded Date', 'Q1', 'Plan']];
  for (let i = 0; i < rows; i++) values.push([new Date(Date.UTC(2025, i % 3, 10, 12)), 11 - (i % 11), ['Pro', 'pro', 'Free'][i % 3]]);
  const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Qualtrics', values }] });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}

/** A sheet of the local spreadsheet, through the Apps Script API. */
function reportSheet(addon: ReturnType<typeof loadAddon>, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
}

// 33 rows = three full cycles of 11…1, i.e. the 0–10 truths 10…0 three times:
// promoters (9, 10) 6, passives (7, 8) 6, detractors (0–6) 21; NPS (6 − 21) / 33 × 100.
const ROWS = 33;
const NPS = ((6 - 21) / 33) * 100;

test('the preview counts a 1–11 column as 0–10 and warns about it', () => {
  const { addon } = codedBook(ROWS);
  const preview = addon.run('getPreview', { period: 'month', segmentColumn: 2, rollingDays: null, confidence: 0.95 }) as any;
  expect([preview.overall.responses, preview.overall.promoters, preview.overall.passives, preview.overall.detractors, preview.overall.ignored]).toEqual([33, 6, 6, 21, 0]);
  expect(preview.overall.nps).toBeCloseTo(NPS, 10);
  expect(preview.overall.scale).toBe('1-11 recoded');
  expect(preview.warnings.some((w: string) => /“Q1” is coded 1–11/.test(w))).toBe(true);
});

test('a snapshot report writes the recoded counts and names the recoding on its details line and in its message', () => {
  const { addon } = codedBook(ROWS);
  const result = addon.run('buildReport', options({ segmentColumn: 2 })) as any;
  expect(result.message).toMatch(/Note: “Q1” is coded 1–11 with no 0/);
  const report = reportSheet(addon, 'NPS · Qualtrics');
  expect(String(report.getRange('A2').getValue())).toMatch(/“Q1” is coded 1–11 with no 0 .* read as one less/);
  expect(report.getRange('A9:D9').getValues()[0]).toEqual([33, 6, 6, 21]);
});

test('a live report of a 1–11 column writes its tables as values (formulas read 0–10) and says so', () => {
  const { addon } = codedBook(ROWS);
  const result = addon.run('buildReport', options({ segmentColumn: 2, mode: 'live' })) as any;
  expect(result.message).toMatch(/live formulas read answers as 0–10, so the tables were written as values/);
  const report = reportSheet(addon, 'NPS · Qualtrics');
  expect(String(report.getRange('A8').getValue())).toBe('Responses');
  expect(report.getRange('A9:D9').getValues()[0]).toEqual([33, 6, 6, 21]);
  const formulas = report.getRange('A1:AZ60').getFormulas().flat().filter((f) => f !== '');
  expect(formulas).toEqual([]);
});

test('a live report of a 0–10 column still writes formulas', () => {
  const values: unknown[][] = [['Date', 'Score']];
  for (let i = 0; i < 22; i++) values.push([new Date(Date.UTC(2025, i % 2, 5, 12)), i % 11]);
  const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Scores', values }] });
  const addon = loadAddon({ spreadsheet: book, distDir: DIST });
  const result = addon.run('buildReport', options({ segmentColumn: null, mode: 'live' })) as any;
  expect(result.message).not.toMatch(/written as values/);
  expect(String(reportSheet(addon, 'NPS · Scores').getRange('A8').getFormula())).toMatch(/^=NPS_SUMMARY\(/);
});
