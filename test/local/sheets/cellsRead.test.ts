/**
 * The emulator counts the cells every Spreadsheet read returns (SPEC §8
 * "Cells read") and models Sheet.getSheetValues.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpreadsheet, loadAddon } from '../../../src/local/sheets/runtime';

const BUNDLE = `
function readSome() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var block = sheet.getSheetValues(2, 2, 3, 2);
  sheet.getRange('A1:C2').getDisplayValues();
  sheet.getRange('A1:A4').getFormulas();
  sheet.getRange('B2').getValue();
  return block;
}
function allRows() { return SpreadsheetApp.getActiveSheet().getSheetValues(1, 1, -1, -1); }
function outside() { return SpreadsheetApp.getActiveSheet().getSheetValues(1, 1, 1, 20000); }
`;

function runtime() {
  const dir = mkdtempSync(join(tmpdir(), 'nps-cells-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  const book = createSpreadsheet({ sheets: [{ name: 'Data', values: [['Id', 'Score', 'Plan'], ['a', 9, 'Pro'], ['b', 3, 'Free'], ['c', 7, 'Team']] }] });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: dir }) };
}

test('getSheetValues returns the rectangle in one call; every read counts its cells, a single-cell getter one', () => {
  const { addon } = runtime();
  addon.serviceCalls.reset();
  expect(addon.run('readSome')).toEqual([[9, 'Pro'], [3, 'Free'], [7, 'Team']]);
  // 3 × 2 + 2 × 3 + 4 × 1 + 1 cells.
  expect(addon.serviceCalls.cellsRead).toBe(6 + 6 + 4 + 1);
  expect(addon.serviceCalls.cellsByMethod()).toEqual({ 'Sheet.getSheetValues': 6, 'Range.getDisplayValues': 6, 'Range.getFormulas': 4, 'Range.getValue': 1 });
  expect(addon.serviceCalls.byMethod()['Sheet.getSheetValues']).toBe(1);
  addon.serviceCalls.reset();
  expect(addon.serviceCalls.cellsRead).toBe(0);
  expect(addon.serviceCalls.cellsByMethod()).toEqual({});
});

test('getSheetValues with -1 is not modelled, and a rectangle outside the grid fails as in Sheets', () => {
  const { addon } = runtime();
  expect(() => addon.run('allRows')).toThrow(/Not modelled by the local spreadsheet: Sheet.getSheetValues with -1/);
  expect(() => addon.run('outside')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
});
