/**
 * =NPS_THEMES typed into a cell of the local spreadsheet (the built add-on):
 * it spills its table, and comments that look like formulas or HTML come out
 * as the same text in the Example column, never as a formula.
 */
import { join } from 'node:path';
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';

const DIST = join(__dirname, '../../dist');
const FORMULA = '=HYPERLINK("http://evil.example","slow support")';
const PLUS = '+1 slow support, call me';
const HTML = '<script>alert(1)</script> slow support';

test('=NPS_THEMES over open-ended ranges spills the themes, examples as plain text', () => {
  const rows: unknown[][] = [];
  const risky = [FORMULA, PLUS, HTML];
  // 9 detractors who say "slow support" in text that looks like a formula, a number or HTML, 9 promoters "great team", 4 passives "ok".
  for (let i = 0; i < 9; i++) rows.push([i % 7, risky[i % 3]]);
  for (let i = 0; i < 9; i++) rows.push([9 + (i % 2), 'Great team']);
  for (let i = 0; i < 4; i++) rows.push([7, 'ok']);
  // Raw values, as an import stores them: the comments are text cells, "=…" and "+…" included.
  const spreadsheet = createSpreadsheet({ sheets: [{ name: 'Responses', values: [['Score', 'Why?'], ...rows] }] });
  const addon = loadAddon({ spreadsheet, distDir: DIST });
  const sheet = addon.globals.SpreadsheetApp.getActiveSheet();
  expect(sheet.getRange('B2').getValue()).toBe(FORMULA);

  sheet.getRange('D1').setFormula('=NPS_THEMES(B2:B, A2:A)');
  const table = sheet.getRange('D1:N3').getValues();
  expect(table[0]).toEqual(['Theme', 'Leans', 'Mentions', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high', 'z', 'Example']);
  expect(table[1].slice(0, 6)).toEqual(['slow support', 'Detractors', 9, 0, 0, 9]);
  expect(table[2].slice(0, 6)).toEqual(['great team', 'Promoters', 9, 9, 0, 0]);
  // The example is one of those comments, exactly as written: a string value, not a formula.
  const example = table[1][10];
  expect(typeof example).toBe('string');
  expect([FORMULA, PLUS, HTML]).toContain(example);
  expect(sheet.getRange('N2').getFormula()).toBe('');
});
