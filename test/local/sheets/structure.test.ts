import { createSpreadsheet, loadAddon } from '../../../src/local/sheets';
import { shiftFormula } from '../../../src/local/sheets/references';
import { setup } from './helpers';
import { join } from 'node:path';

describe('Inserting and deleting rows and columns shifts cells as Sheets does', () => {
  function book() {
    const s = setup({ sheets: [{ name: 'Data', values: [['Date', 'Score', 'Plan', 'Email'], ['d1', 9, 'Pro', 'a@x.io'], ['d2', 3, 'Free', 'b@x.io']] }, { name: 'Out' }] });
    const data = s.ss.getSheetByName('Data')!;
    return { ...s, data };
  }

  test('a column inserted before B moves B… one to the right, with formats and widths; the new column is blank', () => {
    const { data, book: b } = book();
    data.getRange('B2').setNumberFormat('0.0');
    data.setColumnWidth(3, 150);
    data.insertColumnBefore(2);
    expect(data.getRange('A1:E3').getValues()).toEqual([
      ['Date', '', 'Score', 'Plan', 'Email'],
      ['d1', '', 9, 'Pro', 'a@x.io'],
      ['d2', '', 3, 'Free', 'b@x.io'],
    ]);
    expect(data.getRange('C2').getNumberFormat()).toBe('0.0');
    expect(data.getColumnWidth(4)).toBe(150);
    expect(data.getMaxColumns()).toBe(27);
    expect(b.sheetByName('Data')!.maxColumns).toBe(27);
  });

  test('deleting a column moves the next ones left; deleting rows moves rows up; inserting rows after a row', () => {
    const { data } = book();
    data.deleteColumn(3);
    expect(data.getRange('A1:C1').getValues()).toEqual([['Date', 'Score', 'Email']]);
    data.deleteRows(2, 1);
    expect(data.getRange('A2:C2').getValues()).toEqual([['d2', 3, 'b@x.io']]);
    data.insertRowsAfter(1, 2);
    expect(data.getRange('A1:A4').getValues()).toEqual([['Date'], [''], [''], ['d2']]);
    expect(data.getLastRow()).toBe(4);
    expect(() => data.deleteColumns(20, 10)).toThrow('Those columns are out of bounds.');
    expect(() => data.deleteRows(1, data.getMaxRows())).toThrow("You can't delete all the rows on the sheet.");
  });

  test('formulas on other sheets follow their cells; a reference whose cells are all deleted becomes #REF!', () => {
    const { data, book: b } = book();
    const out = b.sheetByName('Out')!;
    out.formulas.set(1 * 20000 + 1, "=NPS(Data!B2:B, 'Data'!C2:D9)");
    out.formulas.set(2 * 20000 + 1, '=NPS(Data!C2:C)');
    data.insertColumnBefore(2);
    expect(out.formulaAt(1, 1)).toBe("=NPS(Data!C2:C, 'Data'!D2:E9)");
    data.deleteColumn(4); // Plan (was C, now D)
    expect(out.formulaAt(1, 1)).toBe("=NPS(Data!C2:C, 'Data'!D2:D9)");
    expect(out.formulaAt(2, 1)).toBe('=NPS(#REF!)');
    data.deleteRows(1, 5);
    expect(out.formulaAt(1, 1)).toBe("=NPS(Data!C1:C, 'Data'!D1:D4)");
  });

  test('shiftFormula leaves function names, strings and other sheets alone', () => {
    const change = { dimension: 'columns' as const, kind: 'insert' as const, at: 1, count: 2 };
    expect(shiftFormula('=NPS_BY_PERIOD(A2:A, B2:B, "A1", 0.95)', 'Data', 'Data', change)).toBe('=NPS_BY_PERIOD(C2:C, D2:D, "A1", 0.95)');
    expect(shiftFormula('={B25:B425, G25:I425}', 'Report', 'Data', change)).toBe('={B25:B425, G25:I425}');
    expect(shiftFormula("=NPS('Bob''s data'!B2:B)", 'R', "Bob's data", change)).toBe("=NPS('Bob''s data'!D2:D)");
  });

  test('charts follow their ranges and anchors', () => {
    const { data, book: b } = book();
    const chart = data.newChart().asColumnChart().addRange(data.getRange('B1:C3')).setPosition(5, 3, 0, 0).build();
    data.insertChart(chart);
    data.insertColumnsBefore(1, 2);
    const model = b.sheetByName('Data')!.charts[0];
    expect(model.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns])).toEqual([[1, 4, 3, 2]]);
    expect(model.position.column).toBe(5);
    data.deleteRow(2);
    expect(model.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns])).toEqual([[1, 4, 2, 2]]);
    expect(model.position.row).toBe(4);
  });
});

describe('Duplicating a sheet copies its developer metadata', () => {
  test('duplicateActiveSheet: "Copy of …" after the original, active, same cells and charts (new ids), metadata copied', () => {
    const { ss, book: b } = setup({ sheets: [{ name: 'Report', values: [['x', 1]] }] });
    const report = ss.getSheetByName('Report')!;
    report.addDeveloperMetadata('nps-report', '0');
    report.getRange('B1').setNumberFormat('0.0');
    report.insertChart(report.newChart().asLineChart().addRange(report.getRange('A1:B1')).build());
    const copy = ss.duplicateActiveSheet();
    expect(b.sheets.map((s) => s.name)).toEqual(['Report', 'Copy of Report']);
    expect(ss.getActiveSheet().getName()).toBe('Copy of Report');
    expect(copy.getRange('A1:B1').getValues()).toEqual([['x', 1]]);
    expect(copy.getRange('B1').getNumberFormat()).toBe('0.0');
    const [original, copied] = [b.sheets[0], b.sheets[1]];
    expect(copied.charts[0].id).not.toBe(original.charts[0].id);
    expect(copied.charts[0].ranges[0].sheet).toBe(copied);
    const found = ss.createDeveloperMetadataFinder().withKey('nps-report').withValue('0').find();
    expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Report', 'Copy of Report']);
    // Editing the copy leaves the original alone.
    copy.getRange('A1').setValue('mine');
    expect(report.getRange('A1').getValue()).toBe('x');
  });

  test('copyTo the same spreadsheet puts the copy last; a second copy gets another name', () => {
    const { ss, book: b } = setup({ sheets: [{ name: 'A' }, { name: 'B' }] });
    const a = ss.getSheetByName('A')!;
    a.copyTo(ss);
    a.copyTo(ss);
    expect(b.sheets.map((s) => s.name)).toEqual(['A', 'B', 'Copy of A', 'Copy of A 2']);
    expect(ss.getActiveSheet().getName()).toBe('A');
  });
});

describe('Failure injection', () => {
  test('failOn makes the named call throw once, without doing anything; failOnCall counts document calls', () => {
    const { ss, book: b } = setup();
    const sheet = ss.getActiveSheet();
    b.failOn('Range.setValues');
    expect(() => sheet.getRange('A1').setValues([[1]])).toThrow('Service Spreadsheets failed while accessing document');
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1').setValues([[2]]);
    expect(sheet.getRange('A1').getValue()).toBe(2);
    b.failOnCall(2, { message: 'boom' });
    const range = sheet.getRange('B1'); // call 1
    expect(() => range.getValue()).toThrow('boom'); // call 2
    expect(range.getValue()).toBe('');
    b.failOn('Range.getValue', { nth: 2 });
    range.getValue();
    expect(() => range.getValue()).toThrow('Service Spreadsheets failed');
  });

  test('the add-on catches the failure as an error of its own realm', () => {
    const spreadsheet = createSpreadsheet({ sheets: [{ name: 'S', values: [['Score'], [9]] }] });
    const addon = loadAddon({ spreadsheet, distDir: join(__dirname, '../../../dist') });
    spreadsheet.failOn('Sheet.getLastRow');
    expect(() => addon.run('getSheetProfile')).toThrow('Service Spreadsheets failed');
  });
});
