/**
 * The four formulas of issue 11 typed into cells of the local spreadsheet
 * (the built add-on), over open-ended ranges, in a spreadsheet whose zone
 * (Asia/Kolkata, UTC+5:30) decides which answer is a person's latest.
 */
import { join } from 'node:path';
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';

const DIST = join(__dirname, '../../dist');
const U = Date.UTC;

// Ravi's text date 2025-03-01 05:00 is a wall clock in Kolkata: 2025-02-28
// 23:30 UTC, half an hour before his date cell (2025-03-01 00:00 UTC). Read
// as UTC it would be the later one and his latest answer would be the 3.
const ROWS = [
  [new Date(U(2025, 2, 1)), 'Ravi@Example.in', 10, 500],
  ['2025-03-01 05:00', 'ravi@example.in', 3, 100],
  [new Date(U(2025, 1, 1, 10)), 'sam@example.in', 8, 0],
  ['', 'sam@example.in', 0, 50],
  [new Date(U(2025, 1, 2, 10)), 'kim', 6, 300],
];

function book() {
  const spreadsheet = createSpreadsheet({
    timeZone: 'Asia/Kolkata',
    locale: 'en_IN',
    sheets: [{ name: 'Responses', values: [['Submitted', 'Email', 'Score', 'Revenue'], ...ROWS] }],
  });
  const addon = loadAddon({ spreadsheet, distDir: DIST });
  return { sheet: spreadsheet.sheetByName('Responses')!, api: addon.globals.SpreadsheetApp.getActiveSheet() };
}

test('=NPS_LATEST and =NPS_MOVEMENT read the dates in the spreadsheet zone', () => {
  const { api } = book();
  api.getRange('F1').setFormula('=NPS_LATEST(B2:B, A2:A, C2:C)');
  api.getRange('F4').setFormula('=NPS_MOVEMENT(B2:B, A2:A, C2:C)');
  const latest = api.getRange('F2:N2').getValues()[0];
  // Latest: Ravi 10, sam 8, kim 6; sam's undated 0 is left out. (1 − 1) / 3 = 0.
  expect(latest.slice(0, 5)).toEqual([3, 1, 1, 1, 0]);
  expect(latest.slice(7)).toEqual([4, 1]);
  expect(api.getRange('F4:I7').getValues()).toEqual([
    ['From \\ To', 'Promoter', 'Passive', 'Detractor'],
    ['Promoter', 0, 0, 0],
    ['Passive', 0, 0, 0],
    ['Detractor', 1, 0, 0],
  ]);
});

test('=NPS_WEIGHTED and =NPS_SAMPLE_SIZE over the same columns', () => {
  const { api } = book();
  api.getRange('F1').setFormula('=NPS_WEIGHTED(C2:C, D2:D)');
  api.getRange('F4').setFormula('=NPS_SAMPLE_SIZE(5, C2:C)');
  const [nps, , , effective, responses, ignored] = api.getRange('F2:K2').getValues()[0] as number[];
  // Σw = 950; promoters 500 → p_w = 10/19; detractors 100 + 50 + 300 = 450 → d_w = 9/19: NPS = 100/19 = 5.263158.
  expect(nps).toBeCloseTo(100 / 19, 9);
  // Σw² = 250000 + 10000 + 0 + 2500 + 90000 = 352500; n_eff = 950² / 352500 = 902500 / 352500 = 2.560284.
  expect(effective).toBeCloseTo(902500 / 352500, 9);
  expect([responses, ignored]).toEqual([5, 0]);
  // Scores 10, 3, 8, 0, 6: p = 0.2, d = 0.6, V = 0.8 − 0.16 = 0.64; 3.841459 × 0.64 / 0.0025 = 983.41 → 984 − 3 = 981.
  expect(api.getRange('F4').getValue()).toBe(981);
});

test('errors show in the cell with the function, the problem and the fix', () => {
  const { sheet, api } = book();
  api.getRange('F1').setFormula('=NPS_SAMPLE_SIZE(0)');
  api.getRange('F2').setFormula('=NPS_WEIGHTED(C2:C6, D2:D5)');
  api.getRange('F3').setFormula('=NPS_LATEST(B2:B, A2:A, D2:D, -0.5)');
  expect(sheet.getFormulaError('F1')).toMatch(/^NPS_SAMPLE_SIZE: margin must be a number above 0, the margin of error in points such as 5 \(for ±5 points\), not 0\.$/);
  expect(sheet.getFormulaError('F2')).toMatch(/^NPS_WEIGHTED: scores and weights must have the same number of rows \(5 vs 4\)/);
  expect(sheet.getFormulaError('F3')).toMatch(/^NPS_LATEST: confidence must be a number strictly between 0 and 1, such as 0\.95, not -0\.5\.$/);
});
