import { setup } from './helpers';
import { isBuilderCall } from '../../../src/local/sheets/counting';

describe('Spreadsheet and sheets', () => {
  test('getActive, names, ids, time zone and locale', () => {
    const { app, ss } = setup({ name: 'Survey', timeZone: 'Europe/Berlin', locale: 'de_DE' });
    expect(app.getActive().getName()).toBe('Survey');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    expect(ss.getSpreadsheetLocale()).toBe('de_DE');
    ss.setSpreadsheetTimeZone('America/New_York');
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Base')).toThrow('Invalid time zone "Mars/Base"');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(ss.getSheets()[0].getSheetId()).toBe(0);
  });

  test('defaults: UTC and en_US', () => {
    const { ss } = setup();
    expect(ss.getSpreadsheetTimeZone()).toBe('UTC');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
  });

  test('insertSheet puts the sheet after the active one and activates it', () => {
    const { ss } = setup({ sheets: [{ name: 'A' }, { name: 'B' }] });
    const sheet = ss.insertSheet('Report');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Report', 'B']);
    expect(ss.getActiveSheet().getName()).toBe('Report');
    expect(sheet.getIndex()).toBe(2);
    expect(sheet.getSheetId()).not.toBe(0);
    expect(ss.getSheetById(sheet.getSheetId())?.getName()).toBe('Report');
    ss.insertSheet('First', 0);
    expect(ss.getSheets()[0].getName()).toBe('First');
    expect(ss.insertSheet().getName()).toBe('Sheet5');
  });

  test('a duplicate name (any case) is refused with Sheets\' message', () => {
    const { ss } = setup({ sheets: [{ name: 'Report' }] });
    expect(() => ss.insertSheet('report')).toThrow('A sheet with the name "report" already exists. Please enter another name.');
    const other = ss.insertSheet('Other');
    expect(() => other.setName('REPORT')).toThrow('A sheet with the name "REPORT" already exists. Please enter another name.');
    expect(other.setName('other').getName()).toBe('other');
  });

  test('empty names and names over 100 characters are refused', () => {
    const { ss } = setup();
    expect(() => ss.insertSheet('')).toThrow('A sheet name cannot be empty. Please enter a name.');
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow('A sheet name cannot be longer than 100 characters. Please enter a shorter name.');
    expect(ss.insertSheet('x'.repeat(100)).getName()).toHaveLength(100);
  });

  test('getSheetByName is case-insensitive and returns null when missing', () => {
    const { ss } = setup({ sheets: [{ name: 'Form Responses 1' }] });
    expect(ss.getSheetByName('form responses 1')?.getName()).toBe('Form Responses 1');
    expect(ss.getSheetByName('Nope')).toBeNull();
  });

  test('deleteSheet; the last sheet cannot be deleted', () => {
    const { ss } = setup({ sheets: [{ name: 'A' }, { name: 'B' }] });
    ss.deleteSheet(ss.getSheetByName('A')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B']);
    expect(() => ss.deleteSheet(ss.getSheetByName('B')!)).toThrow("You can't remove all the sheets in a document.");
  });

  test('setActiveSheet and activate', () => {
    const { ss, app } = setup({ sheets: [{ name: 'A' }, { name: 'B' }] });
    ss.setActiveSheet(ss.getSheetByName('B')!);
    expect(app.getActiveSheet().getName()).toBe('B');
    ss.getSheetByName('A')!.activate();
    expect(ss.getActiveSheet().getName()).toBe('A');
  });

  test('Spreadsheet.getRange reads A1 with a sheet name', () => {
    const { ss } = setup({ sheets: [{ name: 'A' }, { name: 'My data', values: [['x']] }] });
    expect(ss.getRange("'My data'!A1").getValue()).toBe('x');
  });

  test('frozen rows, column widths, growing the grid', () => {
    const { app } = setup();
    const sheet = app.getActiveSheet();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.setColumnWidths(1, 3, 140).setColumnWidth(5, 60);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(5), sheet.getColumnWidth(6)]).toEqual([140, 60, 100]);
    sheet.insertRowsAfter(1000, 500);
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getRange('A1500').getA1Notation()).toBe('A1500');
    expect(() => sheet.insertRowsAfter(1501, 1)).toThrow('Those rows are out of bounds.');
  });
});

describe('Strict proxies and counting', () => {
  test('a member that is not modelled throws a clear error', () => {
    const { app } = setup();
    const sheet = app.getActiveSheet();
    expect(() => sheet.autoResizeColumns(1, 2)).toThrow(
      'Not modelled by the local spreadsheet: Sheet.autoResizeColumns — add it to src/local/sheets if the add-on needs it',
    );
    expect(() => (app as unknown as { newDataValidation(): void }).newDataValidation()).toThrow('SpreadsheetApp.newDataValidation');
    expect(() => (sheet as unknown as { model: unknown }).model).toThrow('Sheet.model');
  });

  test('every Spreadsheet service call is counted, and the counter resets', () => {
    const { app, counter } = setup();
    counter.reset();
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.getRange('A1:B2').getValues();
    expect(counter.count).toBe(6);
    expect(Object.fromEntries(counter.byMethod)).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValues': 1,
    });
    counter.reset();
    expect(counter.count).toBe(0);
  });

  test('chart-builder calls are counted apart from document calls; reset clears both', () => {
    const { app, counter } = setup();
    const sheet = app.getActiveSheet();
    counter.reset();
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:B3'))
      .setOption('title', 'T')
      .setPosition(1, 1, 0, 0)
      .build();
    sheet.insertChart(chart);
    const builder = sheet.getCharts()[0].modify().setOption('title', 'U');
    sheet.updateChart(builder.build());
    // Document: getRange, insertChart, getCharts, updateChart.
    expect(counter.count).toBe(4);
    // Builders: newChart, asLineChart, addRange, setOption, setPosition, build, modify, setOption, build.
    expect(counter.builderCalls).toBe(9);
    expect(counter.byMethod.get('Sheet.newChart')).toBe(1);
    expect(counter.byMethod.get('EmbeddedLineChartBuilder.setOption')).toBe(2);
    expect(isBuilderCall('Sheet.insertChart')).toBe(false);
    expect(isBuilderCall('EmbeddedBarChartBuilder.build')).toBe(true);
    counter.reset();
    expect([counter.count, counter.builderCalls, counter.byMethod.size]).toEqual([0, 0, 0]);
  });

  test('getRangeList gives several ranges in two calls; a range outside the grid fails the call', () => {
    const { app, counter } = setup();
    const sheet = app.getActiveSheet();
    counter.reset();
    const ranges = sheet.getRangeList(['A1:C3', 'E5:E9']).getRanges();
    expect(ranges.map((r) => r.getA1Notation())).toEqual(['A1:C3', 'E5:E9']);
    expect(Object.fromEntries(counter.byMethod)).toMatchObject({ 'Sheet.getRangeList': 1, 'RangeList.getRanges': 1 });
    expect(() => sheet.getRangeList(['A1', 'AA1:AB2'])).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  test('enums are readable without counting, and compare by identity', () => {
    const { app, counter } = setup();
    counter.reset();
    expect(String(app.DeveloperMetadataVisibility.DOCUMENT)).toBe('DOCUMENT');
    expect(counter.count).toBe(0);
  });
});

describe('Developer metadata', () => {
  test('added to the spreadsheet and to sheets, found by key and value', () => {
    const { ss, app } = setup({ sheets: [{ name: 'Data' }] });
    const report = ss.insertSheet('Report');
    report.addDeveloperMetadata('nps.report', 'source:0');
    ss.addDeveloperMetadata('nps.version', '1', app.DeveloperMetadataVisibility.PROJECT);
    ss.addDeveloperMetadata('nps.flag', app.DeveloperMetadataVisibility.PROJECT);

    const found = ss.createDeveloperMetadataFinder().withKey('nps.report').find();
    expect(found).toHaveLength(1);
    expect(found[0].getValue()).toBe('source:0');
    expect(found[0].getLocation().getSheet()?.getName()).toBe('Report');
    expect(String(found[0].getLocation().getLocationType())).toBe('SHEET');
    expect(found[0].getVisibility()).toBe(app.DeveloperMetadataVisibility.DOCUMENT);

    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['nps.version', '1'], ['nps.flag', null]]);
    expect(report.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['nps.report']);
    expect(ss.getSheetByName('Data')!.createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(ss.createDeveloperMetadataFinder().withKey('nps.report').withValue('other').find()).toHaveLength(0);
    expect(ss.createDeveloperMetadataFinder().withLocationType(app.DeveloperMetadataLocationType.SPREADSHEET).find()).toHaveLength(2);
  });

  test('metadata follows renames and goes away with its sheet', () => {
    const { ss } = setup();
    const report = ss.insertSheet('Report');
    report.addDeveloperMetadata('nps.report');
    report.setName('Renamed');
    expect(ss.createDeveloperMetadataFinder().withKey('nps.report').find()[0].getLocation().getSheet()?.getName()).toBe('Renamed');
    ss.deleteSheet(ss.getSheetByName('Renamed')!);
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(0);
  });

  test('setValue and remove', () => {
    const { ss } = setup();
    ss.addDeveloperMetadata('k', 'v1');
    const [m] = ss.createDeveloperMetadataFinder().withKey('k').find();
    m.setValue('v2');
    expect(ss.createDeveloperMetadataFinder().withId(m.getId()).find()[0].getValue()).toBe('v2');
    m.remove();
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
  });
});

describe('Charts', () => {
  test('build, insert, read back, modify and update keeps the id', () => {
    const { app, book } = setup();
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:B3').setValues([['Month', 'NPS'], ['Jan', 10], ['Feb', 20]]);
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:B3'))
      .setNumHeaders(1)
      .setPosition(2, 4, 10, 5)
      .setOption('title', 'NPS trend')
      .setOption('series', { 0: { color: '#0a0' } })
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    const id = inserted.getChartId();
    expect(typeof id).toBe('number');
    expect(inserted.getOptions().get('title')).toBe('NPS trend');
    expect(inserted.getOptions().get('series.0.color')).toBe('#0a0');
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    expect(inserted.getContainerInfo().getAnchorRow()).toBe(2);
    expect(inserted.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(inserted.getNumHeaders()).toBe(1);

    const builder = inserted.modify();
    expect(builder.getChartType()).toBe(app.getActive() && (globalCharts().ChartType.LINE as unknown));
    const updated = builder.asColumnChart().setOption('title', 'Updated').build();
    sheet.updateChart(updated);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getChartId()).toBe(id);
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Updated');
    expect(book.sheets[0].charts[0].type).toBe('COLUMN');

    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test('options are deep-copied, and builder extras are not modelled', () => {
    const { app, book } = setup();
    const sheet = app.getActiveSheet();
    const colors = ['#0a0'];
    const builder = sheet.newChart().asComboChart().addRange(sheet.getRange('A1:B2')).setOption('colors', colors);
    colors.push('#f00');
    sheet.insertChart(builder.build());
    expect(book.sheets[0].charts[0].options.colors).toEqual(['#0a0']);
    expect(() => sheet.newChart().asLineChart().setTitle('x')).toThrow('Not modelled by the local spreadsheet: EmbeddedLineChartBuilder.setTitle');
    expect(() => sheet.newChart().build()).toThrow('building a chart without a chart type');
  });

  test('updateChart of a chart that was never inserted fails', () => {
    const { app } = setup();
    const sheet = app.getActiveSheet();
    const chart = sheet.newChart().asBarChart().build();
    expect(() => sheet.updateChart(chart)).toThrow('The chart is not on this sheet');
  });
});

import { ChartType } from '../../../src/local/sheets/enums';
function globalCharts() {
  return { ChartType };
}
