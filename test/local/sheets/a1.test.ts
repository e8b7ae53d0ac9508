import { columnLetters, columnNumber, formatA1, parseA1, quoteSheetName } from '../../../src/local/sheets/a1';

describe('A1 notation', () => {
  test('column letters round-trip', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(702)).toBe('ZZ');
    expect(columnLetters(703)).toBe('AAA');
    expect(columnNumber('AB')).toBe(28);
  });

  test('a cell and a rectangle', () => {
    expect(parseA1('B3')).toEqual({ sheetName: null, startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 });
    expect(parseA1('$A$1:C10')).toEqual({ sheetName: null, startRow: 1, startColumn: 1, endRow: 10, endColumn: 3 });
    expect(parseA1('C10:A1')).toEqual({ sheetName: null, startRow: 1, startColumn: 1, endRow: 10, endColumn: 3 });
  });

  test('open ranges: A2:A, A:C, 2:5', () => {
    expect(parseA1('A2:A')).toEqual({ sheetName: null, startRow: 2, startColumn: 1, endRow: null, endColumn: 1 });
    expect(parseA1('A:C')).toEqual({ sheetName: null, startRow: 1, startColumn: 1, endRow: null, endColumn: 3 });
    expect(parseA1('2:5')).toEqual({ sheetName: null, startRow: 2, startColumn: 1, endRow: 5, endColumn: null });
  });

  test('sheet names, quoted with doubled quotes inside', () => {
    expect(parseA1("'Form Responses 1'!A2:A")).toEqual({ sheetName: 'Form Responses 1', startRow: 2, startColumn: 1, endRow: null, endColumn: 1 });
    expect(parseA1("'Bob''s data'!B2")?.sheetName).toBe("Bob's data");
    expect(parseA1('Data!B2')?.sheetName).toBe('Data');
  });

  test('not references', () => {
    for (const text of ['', 'A', '5', 'A0', 'A:5', 'hello world', 'A1:B2:C3', "'unclosed!A1", '!A1']) expect(parseA1(text)).toBeNull();
  });

  test('formatting and quoting', () => {
    expect(formatA1(2, 3)).toBe('C2');
    expect(formatA1(1, 1, 3, 2)).toBe('A1:B3');
    expect(quoteSheetName('Data')).toBe('Data');
    expect(quoteSheetName('Form Responses 1')).toBe("'Form Responses 1'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});
