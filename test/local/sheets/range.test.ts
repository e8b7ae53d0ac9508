import { setup } from './helpers';

describe('Range values', () => {
  test('getValues returns numbers, strings, booleans, Dates and "" for empty', () => {
    const date = new Date(Date.UTC(2025, 0, 31, 12));
    const { app, book } = setup({ sheets: [{ name: 'S', values: [[1, 'a', true, date, null, undefined, '']] }] });
    const values = app.getActiveSheet().getRange('A1:H1').getValues();
    expect(values).toEqual([[1, 'a', true, date, '', '', '', '']]);
    expect(Object.prototype.toString.call(values[0][3])).toBe('[object Date]');
    expect(book.sheets[0].raw(1, 5)).toBe('');
  });

  test('Dates are new objects: mutating one does not change the sheet', () => {
    const { app } = setup({ sheets: [{ name: 'S', values: [[new Date(Date.UTC(2025, 0, 1))]] }] });
    const range = app.getActiveSheet().getRange('A1');
    const d = range.getValue() as Date;
    d.setUTCFullYear(1999);
    expect((range.getValue() as Date).getUTCFullYear()).toBe(2025);
    expect(range.getValue()).not.toBe(range.getValue());
  });

  test('setValues writes a block; strings are read as typed', () => {
    const { app, book } = setup();
    const sheet = app.getActiveSheet();
    sheet.getRange(1, 1, 2, 4).setValues([
      ['42', '1.5e3', '12%', 'TRUE'],
      ["'=not a formula", '007', 'text', null],
    ]);
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      [42, 1500, 0.12, true],
      ['=not a formula', 7, 'text', ''],
    ]);
    expect(book.sheets[0].formulaAt(2, 1)).toBeNull();
  });

  test('a cell formatted as plain text keeps number text as text', () => {
    const { app } = setup();
    const cell = app.getActiveSheet().getRange('A1');
    cell.setNumberFormat('@').setValue('007');
    expect(cell.getValue()).toBe('007');
  });

  test('a string starting with = becomes a formula', () => {
    const { app } = setup();
    const cell = app.getActiveSheet().getRange('B2');
    cell.setValue('=SUM(A1:A3)');
    expect(cell.getFormula()).toBe('=SUM(A1:A3)');
    expect(cell.getFormulas()).toEqual([['=SUM(A1:A3)']]);
    expect(() => cell.getValue()).toThrow(
      'Not modelled by the local spreadsheet: the formula =SUM(A1:A3) in Sheet1!B2 — no add-on is loaded to evaluate custom functions.',
    );
  });

  test('text starting with + or - is a formula parse error (#ERROR!), an apostrophe keeps it as text', () => {
    const { app, book } = setup();
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:A3').setValues([['-none-'], ["'-none-"], ['-5']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['#ERROR!'], ['-none-'], [-5]]);
    expect(book.sheets[0].getFormulaError('A1')).toMatch(/^Formula parse error in Sheet1!A1/);
  });

  test('setValues with the wrong number of rows throws Sheets\' message', () => {
    const { app } = setup();
    const range = app.getActiveSheet().getRange('A1:B2');
    expect(() => range.setValues([[1, 2], [3, 4], [5, 6]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    );
    expect(() => range.setValues([])).toThrow('The data has 0 but the range has 2.');
  });

  test('setValues with the wrong number of columns throws Sheets\' message', () => {
    const { app } = setup();
    const range = app.getActiveSheet().getRange('A1:B2');
    expect(() => range.setValues([[1, 2], [3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test('setValues with a 1-D array or a string throws the signature error', () => {
    const { app } = setup();
    const range = app.getActiveSheet().getRange('A1:C1');
    expect(() => range.setValues([1, 2, 3] as never)).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => range.setValues('abc' as never)).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });

  test('ranges outside the grid throw like Sheets', () => {
    const { app } = setup();
    const sheet = app.getActiveSheet();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange("'Nope'!A1")).toThrow('Range not found');
  });

  test('open A1 ranges reach the end of the grid', () => {
    const { app } = setup();
    const sheet = app.getActiveSheet();
    expect(sheet.getRange('A2:A').getA1Notation()).toBe('A2:A1000');
    expect(sheet.getRange('A:C').getA1Notation()).toBe('A1:C1000');
    expect(sheet.getRange('2:5').getA1Notation()).toBe('A2:Z5');
  });

  test('getLastRow/getLastColumn come from content; getDataRange covers it', () => {
    const { app } = setup({ sheets: [{ name: 'S', values: [['a'], [], ['', '', 'c']] }] });
    const sheet = app.getActiveSheet();
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    sheet.getRange('C3').clearContent();
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getLastColumn()).toBe(1);
  });

  test('an empty sheet has last row 0 and data range A1', () => {
    const { app } = setup();
    expect(app.getActiveSheet().getLastRow()).toBe(0);
    expect(app.getActiveSheet().getDataRange().getA1Notation()).toBe('A1');
  });

  test('setValue on a block sets every cell; offset and geometry', () => {
    const { app } = setup();
    const range = app.getActiveSheet().getRange('B2:C3');
    range.setValue(5);
    expect(range.getValues()).toEqual([[5, 5], [5, 5]]);
    const moved = range.offset(1, 1, 1, 1);
    expect(moved.getA1Notation()).toBe('C3');
    expect([range.getRow(), range.getColumn(), range.getLastRow(), range.getLastColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 2, 3, 3, 2, 2]);
    expect(range.getSheet().getName()).toBe('Sheet1');
  });

  test('clear, clearContent and clearFormat', () => {
    const { app, book } = setup();
    const range = app.getActiveSheet().getRange('A1');
    range.setValue(0.5).setNumberFormat('0%').setFontWeight('bold');
    range.clearFormat();
    expect(range.getNumberFormat()).toBe('0.###############');
    expect(range.getValue()).toBe(0.5);
    range.setNumberFormat('0%');
    range.clear();
    expect(range.getValue()).toBe('');
    expect(book.sheets[0].styles.size).toBe(0);
  });
});

describe('Display values', () => {
  const at = (iso: string) => new Date(iso);

  test('numbers, booleans and text without a format (en_US)', () => {
    const { app } = setup({ sheets: [{ name: 'S', values: [[25.04, 1 / 3, 1000000, true, false, 'text', -3]] }] });
    expect(app.getActiveSheet().getRange('A1:G1').getDisplayValues()).toEqual([['25.04', '0.3333333333', '1000000', 'TRUE', 'FALSE', 'text', '-3']]);
  });

  test('number formats: decimals, grouping, percent, literals, sections', () => {
    const { app } = setup();
    const cell = app.getActiveSheet().getRange('A1');
    const show = (value: number, format: string) => cell.setValue(value).setNumberFormat(format).getDisplayValue();
    expect(show(25.04, '0.0')).toBe('25.0');
    expect(show(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(show(0.253, '0.0%')).toBe('25.3%');
    expect(show(0.253, '0%')).toBe('25%');
    expect(show(-4.5, '0.0')).toBe('-4.5');
    expect(show(4.5, '+0.0;-0.0;0')).toBe('+4.5');
    expect(show(-4.5, '+0.0;-0.0;0')).toBe('-4.5');
    expect(show(0, '+0.0;-0.0;0')).toBe('0');
    expect(show(12, '"NPS "0')).toBe('NPS 12');
    expect(show(0.5, '#.##')).toBe('.5');
  });

  test('the locale picks the decimal separator (de_DE)', () => {
    const { app } = setup({ locale: 'de_DE' });
    const cell = app.getActiveSheet().getRange('A1');
    expect(cell.setValue(1234.5).setNumberFormat('#,##0.00').getDisplayValue()).toBe('1.234,50');
    expect(cell.setValue(0.25).setNumberFormat('General').getDisplayValue()).toBe('0,25');
  });

  test('dates are shown in the spreadsheet zone, by format or the locale default', () => {
    const { app } = setup({ timeZone: 'America/New_York', sheets: [{ name: 'S', values: [[at('2025-02-01T03:30:00Z'), at('2025-03-04T05:00:00Z')]] }] });
    const sheet = app.getActiveSheet();
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1/31/2025 22:30:00');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('3/4/2025');
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-01-31 22:30');
    sheet.getRange('A1').setNumberFormat('mmm yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('Jan 2025');
    sheet.getRange('A1').setNumberFormat('ddd d mmmm yy h:mm AM/PM');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('Fri 31 January 25 10:30 PM');
  });

  test('a date in en_GB and de_DE defaults', () => {
    const value = [[at('2025-03-04T00:00:00Z')]];
    expect(setup({ locale: 'en_GB', sheets: [{ name: 'S', values: value }] }).app.getActiveSheet().getRange('A1').getDisplayValue()).toBe('04/03/2025');
    expect(setup({ locale: 'de_DE', sheets: [{ name: 'S', values: value }] }).app.getActiveSheet().getRange('A1').getDisplayValue()).toBe('04.03.2025');
  });

  test('a serial number with a date format is shown as that date', () => {
    const { app } = setup();
    expect(app.getActiveSheet().getRange('A1').setValue(45658).setNumberFormat('yyyy-mm-dd').getDisplayValue()).toBe('2025-01-01');
  });
});

describe('what the local spreadsheet does not model fails loudly', () => {
  test('R1C1 notation, fractional coordinates, clear() of comments or validations only', () => {
    const { ss } = setup({ sheets: [{ name: 'Data', values: [['Score'], [9]] }] });
    const sheet = ss.getSheetByName('Data')!;
    expect(() => sheet.getRange('R1C1')).toThrow(/^Not modelled by the local spreadsheet: R1C1 notation \(R1C1\)/);
    expect(() => sheet.getRange('R[1]C[-1]:R5C2')).toThrow(/R1C1 notation/);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange(1.5, 1)).toThrow(/^Not modelled by the local spreadsheet: a range of fractional rows or columns/);
    expect(() => sheet.getRange('A1:B2').clear({ commentsOnly: true })).toThrow(/Not modelled by the local spreadsheet: Range\.clear with commentsOnly/);
    expect(sheet.getRange('A2').getValue()).toBe(9);
  });

  test('text Sheets would read as a date, time, currency or grouped number cannot be written unquoted', () => {
    const { ss } = setup({ sheets: [{ name: 'Data', values: [['Score'], [9]] }] });
    const cell = ss.getSheetByName('Data')!.getRange('B1');
    for (const text of ['Jan 2025', '2025-01-31', '1/31/2025', '4 March 2025', '12:30', '$5', '1,234']) {
      expect(() => cell.setValue(text)).toThrow(`Not modelled by the local spreadsheet: writing "${text}" unquoted`);
    }
    cell.setValue("'Jan 2025");
    expect(cell.getValue()).toBe('Jan 2025');
    for (const text of ['2025 Q1', '2025-W05', 'Pro plan', '(blank)']) {
      cell.setValue(text);
      expect(cell.getValue()).toBe(text);
    }
    cell.setNumberFormat('@').setValue('2025-01-31');
    expect(cell.getValue()).toBe('2025-01-31');
  });

  test('whole numbers show every digit with the automatic format; fractions ten significant digits', () => {
    const { ss } = setup({ sheets: [{ name: 'Data', values: [[123456789012, 1 / 3, 1234567.891234]] }] });
    expect(ss.getSheetByName('Data')!.getRange('A1:C1').getDisplayValues()).toEqual([['123456789012', '0.3333333333', '1234567.891']]);
  });
});

describe("a cell's 50,000 characters", () => {
  test('setValues refuses longer text or formulas with Sheets\' message and writes nothing; 50,000 fit', () => {
    const { app, book } = setup({ sheets: [{ name: 'S', values: [['keep', 'keep']] }] });
    const range = book.sheets[0];
    const target = app.getActiveSheet().getRange('A1:B1');
    const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';
    expect(() => target.setValues([['new', 'x'.repeat(50_001)]])).toThrow(message);
    expect(() => target.setValues([['new', `=${'1+'.repeat(25_000)}1`]])).toThrow(message);
    expect([range.raw(1, 1), range.raw(1, 2)]).toEqual(['keep', 'keep']);
    // The apostrophe that keeps text as text is not part of the value.
    target.setValues([['x'.repeat(50_000), `'${'y'.repeat(50_000)}`]]);
    expect([String(range.raw(1, 1)).length, String(range.raw(1, 2)).length]).toEqual([50_000, 50_000]);
  });
});
