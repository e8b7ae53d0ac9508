import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpreadsheet, loadAddon, snapshotSheet } from '../../../src/local/sheets/runtime';

/** A tiny bundle shaped like dist/Code.js: top-level functions over a `var X_` IIFE. */
const BUNDLE = `
var Tiny_ = (function () {
  return {
    globals: function () {
      return [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof URL, typeof module, typeof global,
        typeof TextEncoder, typeof SpreadsheetApp, typeof Utilities, typeof console, typeof Logger];
    },
  };
})();
function globalsSeen() { return Tiny_.globals(); }
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Open NPS sidebar', 'showSidebar').addToUi(); }
function showSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('NPS')); }
function DOUBLE(cells) { return Array.isArray(cells) ? cells.map(function (r) { return r.map(function (v) { return v * 2; }); }) : cells * 2; }
function FAIL(x) { throw new Error('FAIL: ' + x); }
function report() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var values = ss.getSheetByName('Data').getDataRange().getValues();
  var out = ss.insertSheet('Out');
  out.getRange(1, 1, values.length, values[0].length).setValues(values);
  return values.length;
}
function catchIt() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}
function notModelled() { SpreadsheetApp.getActiveSheet().autoResizeColumns(1, 2); }
function lockAndKeep() { return LockService.getDocumentLock().tryLock(10); }
function profile() { return { name: SpreadsheetApp.getActiveSheet().getName(), when: new Date(0) }; }
function plain(o) { return { got: o.n + 1 }; }
function helper_() { return 1; }
function onOpenGreedy(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
  return PropertiesService.getDocumentProperties().getProperty('x');
}
function onOpenReads(e) { return SpreadsheetApp.getActiveSheet().getName(); }
var executions_ = 0;
function bump() { executions_++; return executions_; }
function BUMP() { executions_++; return executions_; }
`;

function load(code = BUNDLE) {
  const dir = mkdtempSync(join(tmpdir(), 'nps-runtime-'));
  writeFileSync(join(dir, 'Code.js'), code);
  writeFileSync(join(dir, 'Sidebar.html'), '<div data-testid="status"></div>');
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Paris' }));
  const spreadsheet = createSpreadsheet({ sheets: [{ name: 'Data', values: [['Score'], [9], [7]] }] });
  return { spreadsheet, runtime: loadAddon({ spreadsheet, distDir: dir }) };
}

describe('executions', () => {
  test('each execution starts from fresh globals, as in Apps Script: nothing kept in a global survives it', () => {
    const { spreadsheet, runtime } = load();
    expect(runtime.call('bump')).toBe(1);
    expect(runtime.call('bump')).toBe(1);
    expect(runtime.run('bump')).toBe(1);
    const data = runtime.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    data.getRange('C1:C2').setFormulas([['=BUMP()'], ['=BUMP()']]);
    expect(data.getRange('C1:C2').getValues()).toEqual([[1], [1]]);
    expect(spreadsheet.sheetByName('Data')!.formulaAt(1, 3)).toBe('=BUMP()');
  });
});

describe('AuthMode.NONE and the count of other services', () => {
  test('an execution whose event says AuthMode.NONE may build its menu and nothing else', () => {
    const { runtime } = load();
    expect(() => runtime.call('onOpenGreedy', { authMode: 'NONE' })).toThrow(
      /^You do not have permission to call PropertiesService\.getDocumentProperties in AuthMode\.NONE/,
    );
    expect(() => runtime.call('onOpenReads', { authMode: 'NONE' })).toThrow(/permission to call SpreadsheetApp\.getActiveSheet in AuthMode\.NONE/);
    // The menu was built before the refused call; with full authorisation both work.
    expect(runtime.ui.menus).toHaveLength(1);
    expect(runtime.call('onOpenGreedy', { authMode: 'FULL' })).toBeNull();
    expect(runtime.call('onOpenReads', { authMode: 'LIMITED' })).toBe('Data');
  });

  test('calls of the other services are counted apart from Spreadsheet service calls', () => {
    const { runtime } = load();
    runtime.serviceCalls.reset();
    runtime.call('onOpenGreedy', { authMode: 'FULL' });
    expect(runtime.serviceCalls.byMethod()).toEqual({ 'SpreadsheetApp.getUi': 1 });
    expect(runtime.serviceCalls.otherByMethod()).toEqual({
      'Ui.createAddonMenu': 1, 'Menu.addItem': 1, 'Menu.addToUi': 1, 'PropertiesService.getDocumentProperties': 1, 'Properties.getProperty': 1,
    });
    expect(runtime.serviceCalls.otherCalls).toBe(5);
  });
});

describe('loadAddon', () => {
  test('the bundle sees the Apps Script services and no Node globals', () => {
    const { runtime } = load();
    expect(runtime.call('globalsSeen')).toEqual([
      'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined',
      'object', 'object', 'object', 'object',
    ]);
    expect(runtime.globals.Session.getScriptTimeZone()).toBe('Europe/Paris');
  });

  test('top-level functions are listed; call fails loudly for any other name', () => {
    const { runtime } = load();
    expect(runtime.functionNames).toEqual(expect.arrayContaining(['onOpen', 'DOUBLE', 'report', 'helper_']));
    expect(runtime.functionNames).not.toContain('Tiny_');
    expect(() => runtime.call('nope')).toThrow(/^The add-on has no top-level function "nope" \(top-level functions: globalsSeen, onOpen/);
    expect(() => runtime.call('Tiny_')).toThrow('The add-on has no top-level function "Tiny_"');
  });

  test('menus and sidebars are recorded', () => {
    const { runtime } = load();
    runtime.call('onOpen', { authMode: 'NONE' });
    runtime.call('showSidebar');
    expect(runtime.ui.menus[0].items).toEqual([{ caption: 'Open NPS sidebar', functionName: 'showSidebar' }]);
    expect(runtime.ui.sidebars[0]).toMatchObject({ title: 'NPS', content: '<div data-testid="status"></div>' });
  });

  test('service calls are counted and can be reset', () => {
    const { runtime, spreadsheet } = load();
    const before = snapshotSheet(spreadsheet.sheetByName('Data')!);
    runtime.serviceCalls.reset();
    expect(runtime.call('report')).toBe(3);
    expect(runtime.serviceCalls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Spreadsheet.insertSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
    });
    expect(runtime.serviceCalls.count).toBe(7);
    runtime.serviceCalls.reset();
    expect(runtime.serviceCalls.count).toBe(0);
    expect(snapshotSheet(spreadsheet.sheetByName('Data')!)).toEqual(before);
    expect(snapshotSheet(spreadsheet.sheetByName('Out')!).values).toEqual([['Score'], [9], [7]]);
  });

  test('errors reach the add-on as Errors of its own realm, named Exception', () => {
    const { runtime } = load();
    expect(runtime.call('catchIt')).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
    expect(() => runtime.call('notModelled')).toThrow(
      'Not modelled by the local spreadsheet: Sheet.autoResizeColumns — add it to src/local/sheets if the add-on needs it',
    );
  });

  test('formulas call the bundle\'s custom functions (case-insensitive), spill, and keep errors', () => {
    const { runtime, spreadsheet } = load();
    const data = runtime.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
    data.getRange('C1').setFormula('=double(A2:A)');
    data.getRange('D1').setFormula('=FAIL("x")');
    data.getRange('E1').setFormula('=helper_()');
    expect(data.getRange('C1:D2').getValues()).toEqual([[18, '#ERROR!'], [14, '']]);
    expect(spreadsheet.sheetByName('Data')!.getFormulaError('D1')).toBe('FAIL: x');
    expect(() => data.getRange('E1').getValue()).toThrow('HELPER_ is not a custom function of the loaded add-on');
  });

  test('locks taken in a call are released when the call ends', () => {
    const { runtime, spreadsheet } = load();
    expect(runtime.call('lockAndKeep')).toBe(true);
    expect(spreadsheet.documentLock.holder).toBeNull();
    spreadsheet.documentLock.holdByAnotherProcess();
    expect(runtime.call('lockAndKeep')).toBe(false);
  });

  test('run behaves like google.script.run: plain data only, private names refused', () => {
    const { runtime } = load();
    expect(runtime.run('plain', { n: 1 })).toEqual({ got: 2 });
    expect(() => runtime.run('profile')).toThrow('google.script.run.profile: result.when is a Date; google.script.run cannot pass Dates (send an ISO string).');
    expect(() => runtime.run('helper_')).toThrow('google.script.run cannot call "helper_": names ending in "_" are private in Apps Script.');
  });

  test('a missing bundle is a clear error', () => {
    expect(() => loadAddon({ spreadsheet: createSpreadsheet(), distDir: join(tmpdir(), 'no-such-dist') })).toThrow(/^No add-on bundle at .*Code\.js: run "node scripts\/build\.mjs" first\.$/);
  });
});

const dist = join(__dirname, '../../../dist');

// Needs `node scripts/build.mjs` first (npm test builds before running Jest).
describe('the real dist/Code.js', () => {
  test('=NPS over an open range computes the score', () => {
    // 4 promoters, 3 passives, 3 detractors: (4 − 3) / 10 × 100 = 10.
    const scores = [9, 10, 9, 10, 7, 8, 7, 0, 5, 6];
    const spreadsheet = createSpreadsheet({ sheets: [{ name: 'Form Responses 1', values: [['Score'], ...scores.map((s) => [s])] }] });
    const runtime = loadAddon({ spreadsheet, distDir: dist });
    const sheet = runtime.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange('C1').setFormula("=NPS('Form Responses 1'!A2:A)");
    expect(sheet.getRange('C1').getValue()).toBeCloseTo(10, 10);
    expect(runtime.call('NPS', scores.map((s) => [s]))).toBeCloseTo(10, 10);
  });
});
