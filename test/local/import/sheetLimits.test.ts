/**
 * Issue 9: Sheets' limits (10 million cells, 18,278 columns, 50,000
 * characters a cell) applied while a CSV is read, memory following the data:
 * trailing empty cells never widen a row, what does not fit is left out and
 * told. Budgets are lowered so the tests stay small; the expected grid sizes
 * are worked out by hand in each test.
 */
import { readDelimitedText } from '../../../src/local/import/csv';
import { MAX_CELL_CHARS, MAX_COLUMNS, SheetLimiter } from '../../../src/local/import/sheetLimits';
import { validSheetNames } from '../../../src/local/import/sheetName';

function read(text: string, cells = 10_000_000) {
  return readDelimitedText(text, 's', 'en_US', 'UTC', 'x.csv', { cells });
}

describe('CSV within the limits', () => {
  test('60,000 rows and a last line of 10,000 commas: two columns, nothing cut', () => {
    const text = `a,b\n${'1,2\n'.repeat(60_000)}${','.repeat(10_000)}\n`;
    const { sheet, warnings } = read(text);
    expect(sheet.values).toHaveLength(60_001);
    expect(sheet.values[60_000]).toEqual([1, 2]);
    expect(sheet.values.every((row) => row.length === 2)).toBe(true);
    expect(warnings).toEqual([]);
  });

  test('a wide last row is cut where rows × columns would pass the budget', () => {
    // 999 rows of 3 cells, then one row of 500 cells; budget 100,000 cells.
    // Row 1,000 may be floor(100,000 / 1,000) = 100 cells wide: cells 101–500 (400) are left out, from CW1000.
    const wide = Array.from({ length: 500 }, (_v, i) => `v${i}`).join(',');
    const { sheet, warnings } = read(`${'x,y,z\n'.repeat(999)}${wide}\n`, 100_000);
    expect(sheet.values).toHaveLength(1000);
    expect(sheet.values[0]).toHaveLength(100);
    expect(sheet.values[999][99]).toBe('v99');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^x\.csv: 400 cells were left out, from cell CW1000 on, because a Google spreadsheet holds at most 10,000,000 cells/);
  });

  test('rows past the budget are left out, the grid never larger than the budget', () => {
    // 4 columns, budget 1,000 cells: 250 rows fit; rows 251–400 (150 × 4 = 600 cells) are left out from A251.
    const { sheet, warnings } = read('a,b,c,d\n'.repeat(400), 1_000);
    expect(sheet.values.length * sheet.values[0].length).toBeLessThanOrEqual(1_000);
    expect(sheet.values).toHaveLength(250);
    expect(warnings[0]).toContain('600 cells were left out, from cell A251 on');
  });

  test('a row wider than 18,278 columns keeps 18,278 and counts the rest', () => {
    const { sheet, warnings } = read(`${'1,'.repeat(MAX_COLUMNS + 22)}1\n`);
    expect(sheet.values[0]).toHaveLength(MAX_COLUMNS);
    // 18,301 values in all: 23 left out, the first in column 18,279 (ZZZ is 18,278, so AAAA).
    expect(warnings[0]).toContain('23 cells were left out, from cell AAAA1 on');
  });

  test('a cell of 70,000 characters is cut to 50,000 with a warning naming it', () => {
    const { sheet, warnings } = read(`a,b\n1,"${'é'.repeat(70_000)}"\n2,${'z'.repeat(MAX_CELL_CHARS)}\n`);
    expect(sheet.values[1][1]).toBe('é'.repeat(50_000));
    expect(sheet.values[2][1]).toBe('z'.repeat(50_000));
    expect(warnings).toEqual([
      'x.csv: 1 cell held more than 50,000 characters, the most a Google Sheets cell holds, and was cut to that length (first: cell B2).',
    ]);
  });

  test('cutting a text does not split a surrogate pair', () => {
    const limiter = new SheetLimiter('x', { cells: 10 });
    const cut = limiter.text(`${'a'.repeat(MAX_CELL_CHARS - 1)}😀😀`, 1, 1);
    expect(cut).toBe('a'.repeat(MAX_CELL_CHARS - 1));
  });

  test('the budget is shared: the grid of one sheet is taken from it', () => {
    const budget = { cells: 100 };
    readDelimitedText('a,b\n'.repeat(30), 's', 'en_US', 'UTC', 'x.csv', budget);
    expect(budget.cells).toBe(40);
  });
});

describe('validSheetNames', () => {
  test('trimmed, cut to 100 characters, blank names become SheetN, repeats numbered', () => {
    const long = `${'Umfrage '.repeat(15)}Ende`; // 124 characters
    expect(validSheetNames(['  Responses ', '   ', long, 'responses', '', 'Sheet1'])).toEqual([
      'Responses',
      'Sheet1',
      long.slice(0, 100).trimEnd(),
      'responses (2)',
      'Sheet2',
      'Sheet1 (2)',
    ]);
  });

  test('a repeat of a 100-character name stays within 100 characters', () => {
    const name = 'n'.repeat(100);
    const [, second] = validSheetNames([name, name.toUpperCase()]);
    expect(second).toBe(`${'N'.repeat(96)} (2)`);
  });
});
