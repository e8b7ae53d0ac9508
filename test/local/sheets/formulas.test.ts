import { parseArrayLiteral, parseFormula } from '../../../src/local/sheets/formulas';
import { setup } from './helpers';

type Fn = (...args: unknown[]) => unknown;

/** A spreadsheet whose formulas call the given functions (by upper-case name). */
function withFunctions(functions: Record<string, Fn>, sheets = [{ name: 'Data', values: [['Score'], [9], [7], [3]] as unknown[][] }]) {
  const env = setup({ sheets: [...sheets, { name: 'Report', values: [] }] });
  const calls: { name: string; args: unknown[] }[] = [];
  env.book.setFunctionResolver((name) => {
    const fn = functions[name];
    return fn ? (...args: unknown[]) => (calls.push({ name, args }), fn(...args)) : null;
  });
  const report = env.ss.getSheetByName('Report')!;
  return { ...env, calls, report, reportModel: env.book.sheetByName('Report')! };
}

describe('parseFormula', () => {
  test('references, literals and separators', () => {
    expect(parseFormula(`=nps('Form Responses 1'!B2:B, "say ""hi""", -1.5, 95%, TRUE; A1)`)).toEqual({
      name: 'NPS',
      args: [
        { kind: 'reference', ref: { sheetName: 'Form Responses 1', startRow: 2, startColumn: 2, endRow: null, endColumn: 2 } },
        { kind: 'value', value: 'say "hi"' },
        { kind: 'value', value: -1.5 },
        { kind: 'value', value: 0.95 },
        { kind: 'value', value: true },
        { kind: 'reference', ref: { sheetName: null, startRow: 1, startColumn: 1, endRow: 1, endColumn: 1 } },
      ],
    });
    expect(parseFormula('=NOW()')).toEqual({ name: 'NOW', args: [] });
  });

  test('expressions and nested calls are not calls of one function', () => {
    for (const f of ['=A1+1', '=NPS(A1:A)+1', '=NPS(SUM(A1:A3))', '=HYPERLINK("x", "y") & "z"', '="text"', '=NPS(A1 A2)']) {
      expect(parseFormula(f)).toBeNull();
    }
  });
});

describe('Formula evaluation', () => {
  test('a single cell arrives as its value, a range as a 2-D array, an open range down to the last grid row', () => {
    const { ss, report, calls } = withFunctions({ ECHO: () => 1 });
    report.getRange('A1').setFormula("=ECHO(Data!A2, Data!A2:A3, 'Data'!A2:A, \"x\", 2, FALSE)");
    expect(report.getRange('A1').getValue()).toBe(1);
    const gridRows = ss.getSheetByName('Data')!.getMaxRows();
    const openColumn = [[9], [7], [3], ...Array.from({ length: gridRows - 4 }, () => [''])];
    expect(calls[0].args).toEqual([9, [[9], [7]], openColumn, 'x', 2, false]);
  });

  test('an open range beside a closed one has as many rows as the grid, as in Sheets', () => {
    const { report, reportModel } = withFunctions({ ROWS2: (a, b) => {
      if ((a as unknown[][]).length !== (b as unknown[][]).length) throw new Error(`rows differ (${(a as unknown[][]).length} vs ${(b as unknown[][]).length})`);
      return 0;
    } });
    report.getRange('A1').setFormula('=ROWS2(Data!A2:A, Data!A2:A4)');
    expect(report.getRange('A1').getDisplayValue()).toBe('#ERROR!');
    expect(reportModel.getFormulaError('A1')).toBe('rows differ (999 vs 3)');
  });

  test('a formula on the same sheet reads its own sheet; names are case-insensitive', () => {
    const { ss, calls } = withFunctions({ SUMALL: (cells) => (cells as number[][]).flat().reduce((a, b) => a + b, 0) });
    const data = ss.getSheetByName('Data')!;
    data.getRange('C1').setFormula('=sumAll(A2:A4)');
    expect(data.getRange('C1').getValue()).toBe(19);
    expect(calls).toHaveLength(1);
  });

  test('a 2-D result spills down and right; getLastRow sees the spilled cells', () => {
    const { report } = withFunctions({ TABLE: () => [['Segment', 'NPS'], ['A', 10], ['B', -5]] });
    report.getRange('B2').setFormula('=TABLE()');
    expect(report.getRange('B2:C4').getValues()).toEqual([['Segment', 'NPS'], ['A', 10], ['B', -5]]);
    expect(report.getRange('B2:C4').getFormulas()).toEqual([['=TABLE()', ''], ['', ''], ['', '']]);
    expect(report.getLastRow()).toBe(4);
    expect(report.getLastColumn()).toBe(3);
  });

  test('a horizontal array literal of references spills the ranges side by side, after the formulas they read', () => {
    const { report, reportModel } = withFunctions({ TABLE: () => [['Period', 'Responses', 'NPS'], ['Jan', 3, 10], ['Feb', 2, -5]] });
    report.getRange('A1').setFormula('=TABLE()');
    // Written before the table's formula is calculated: the literal calculates it first.
    report.getRange('E1').setFormula('={A1:A4, C1:C4}');
    expect(report.getRange('E1:F4').getValues()).toEqual([['Period', 'NPS'], ['Jan', 10], ['Feb', -5], ['', '']]);
    expect(reportModel.getFormulaError('E1')).toBeNull();
    report.getRange('H1').setFormula("={Data!A1:A2, 'Data'!A3:A4}");
    expect(report.getRange('H1:I2').getValues()).toEqual([['Score', 7], [9, 3]]);
    report.getRange('K1').setFormula('={A1:A2, C1:C3}');
    expect(report.getRange('K1').getValue()).toBe('#ERROR!');
    expect(reportModel.getFormulaError('K1')).toBe('In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
    expect(parseArrayLiteral('={A1:A2; B1:B2}')).toBeNull();
    expect(parseArrayLiteral('={A1:A2, 3}')).toBeNull();
    expect(parseArrayLiteral("={'a,b'!A1:A2, B1:B2}")?.map((r) => r.sheetName)).toEqual(['a,b', null]);
  });

  test('a 1-D result spills as a column', () => {
    const { report } = withFunctions({ LIST: () => [1, 2, 3] });
    report.getRange('A1').setFormula('=LIST()');
    expect(report.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
  });

  test('spilling onto a non-empty cell gives #REF! with Sheets\' message', () => {
    const { report, reportModel } = withFunctions({ TABLE: () => [[1, 2], [3, 4]] });
    report.getRange('B3').setValue('in the way');
    report.getRange('A2').setFormula('=TABLE()');
    expect(report.getRange('A2:B3').getValues()).toEqual([['#REF!', ''], ['', 'in the way']]);
    expect(reportModel.getFormulaError('A2')).toBe('Array result was not expanded because it would overwrite data in B3.');
    report.getRange('B3').clearContent();
    expect(report.getRange('A2:B3').getValues()).toEqual([[1, 2], [3, 4]]);
    expect(reportModel.getFormulaError('A2')).toBeNull();
  });

  test('a thrown error makes #ERROR! and keeps the message', () => {
    const { report, reportModel } = withFunctions({
      NPS: () => {
        throw new Error('NPS: no valid 0–10 scores in the range');
      },
    });
    report.getRange('A1').setFormula('=NPS(Data!B2:B)');
    expect(report.getRange('A1').getValue()).toBe('#ERROR!');
    expect(report.getRange('A1').getDisplayValue()).toBe('#ERROR!');
    expect(reportModel.getFormulaError('A1')).toBe('NPS: no valid 0–10 scores in the range');
  });

  test('results: Dates are copied, NaN is #NUM!, null is empty, objects are an error', () => {
    const when = new Date(Date.UTC(2025, 0, 1));
    const { report, reportModel } = withFunctions({ ROW: () => [[when, NaN, null]], OBJ: () => ({ a: 1 }) });
    report.getRange('A1').setFormula('=ROW()');
    expect(report.getRange('A1:C1').getValues()).toEqual([[when, '#NUM!', '']]);
    report.getRange('A2').setFormula('=OBJ()');
    expect(report.getRange('A2').getValue()).toBe('#ERROR!');
    expect(reportModel.getFormulaError('A2')).toBe('The custom function returned an object; return a value or a 2-D array.');
  });

  test('functions the add-on does not define and expressions throw "not modelled" on read', () => {
    const { report, reportModel } = withFunctions({ NPS: () => 1 });
    report.getRange('A1').setFormula('=HYPERLINK("https://example.com", "x")');
    expect(() => report.getRange('A1').getValue()).toThrow(
      'Not modelled by the local spreadsheet: the formula =HYPERLINK("https://example.com", "x") in Report!A1 — HYPERLINK is not a custom function of the loaded add-on.',
    );
    report.getRange('A1').setFormula('=A2+1');
    expect(() => report.getRange('A1:B1').getValues()).toThrow('the formula =A2+1 in Report!A1 — only formulas that call one of');
    expect(reportModel.getFormulaError('A1')).toMatch(/^Not modelled/);
    // Reading other cells still works.
    expect(report.getRange('B1').getValue()).toBe('');
  });

  test('the raw path keeps text that looks like a formula as text', () => {
    const { book, ss } = withFunctions({});
    book.addSheet('Import', [['=HYPERLINK("a","b")', '42']]);
    expect(ss.getSheetByName('Import')!.getRange('A1:B1').getValues()).toEqual([['=HYPERLINK("a","b")', '42']]);
    expect(ss.getSheetByName('Import')!.getRange('A1').getFormula()).toBe('');
  });

  test('calculation is lazy: writes mark dirty, the next read recalculates once', () => {
    const { report, ss, calls } = withFunctions({ COUNTALL: (cells) => (cells as unknown[][]).flat().filter((v) => v !== '').length });
    report.getRange('A1').setFormula('=COUNTALL(Data!A2:A)');
    expect(calls).toHaveLength(0);
    expect(report.getRange('A1').getValue()).toBe(3);
    expect(report.getRange('A1').getValue()).toBe(3);
    expect(calls).toHaveLength(1);
    ss.getSheetByName('Data')!.getRange('A5').setValue(10);
    expect(report.getRange('A1').getValue()).toBe(4);
    expect(calls).toHaveLength(2);
  });

  test('a formula reading another formula\'s spill is calculated after it, whatever the order', () => {
    const { report } = withFunctions({
      SUMALL: (cells) => (cells as unknown[][]).flat().reduce((a: number, b) => a + (typeof b === 'number' ? b : 0), 0),
      TABLE: () => [[1], [2], [3]],
    });
    report.getRange('A1').setFormula('=SUMALL(C1:C3)');
    report.getRange('C1').setFormula('=TABLE()');
    expect(report.getRange('A1').getValue()).toBe(6);
  });

  test('a formula reading its own cell is a circular dependency', () => {
    const { report, reportModel } = withFunctions({ ECHO: () => 1 });
    report.getRange('A2').setFormula('=ECHO(A1:A3)');
    expect(report.getRange('A2').getValue()).toBe('#REF!');
    expect(reportModel.getFormulaError('A2')).toMatch(/^Circular dependency detected/);
  });

  test('an unknown sheet in a reference is #REF!', () => {
    const { report, reportModel } = withFunctions({ ECHO: () => 1 });
    report.getRange('A1').setFormula("=ECHO('Nope'!A1)");
    expect(report.getRange('A1').getValue()).toBe('#REF!');
    expect(reportModel.getFormulaError('A1')).toBe("Unresolved sheet name 'Nope'.");
  });

  test('custom functions can read but not write, and are not counted', () => {
    const env = withFunctions({});
    const { book, app, report, counter } = env;
    book.setFunctionResolver((name) =>
      name === 'WRITE'
        ? () => {
            app.getActiveSheet().getRange('Z1').setValue(1);
          }
        : name === 'READ'
          ? () => app.getActiveSpreadsheet().getSpreadsheetTimeZone()
          : null,
    );
    report.getRange('A1').setFormula('=WRITE()');
    report.getRange('A2').setFormula('=READ()');
    counter.reset();
    expect(report.getRange('A1:A2').getValues()).toEqual([['#ERROR!'], ['UTC']]);
    expect(env.reportModel.getFormulaError('A1')).toBe(
      'You do not have permission to change the spreadsheet from a custom function: custom functions can only read.',
    );
    // Sheet.getRange and Range.getValues only: the custom functions' own calls are separate executions.
    expect(counter.count).toBe(2);
  });
});
