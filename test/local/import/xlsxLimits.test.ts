/**
 * Issue 9, XLSX files exceljs could not take or that swamped memory: a tab
 * name over 31 characters (and other names Excel refuses), one cell at
 * XFD1048576, a shared string of millions of characters — each built by hand
 * in a few KB (miniXlsx), read on both paths (loaded and streamed).
 */
import { importFile } from '../../../src/local/import';
import { readXlsx } from '../../../src/local/import/xlsx';
import { preparePackage } from '../../../src/local/import/xlsxPackage';
import { miniXlsx, type MiniCell } from './miniXlsx';

/** A header and `n` scores 0–10 in A1:B(n+1). */
function scores(n: number): MiniCell[] {
  const cells: MiniCell[] = [
    { ref: 'A1', value: 'Name' },
    { ref: 'B1', value: 'Score' },
  ];
  for (let i = 0; i < n; i++) cells.push({ ref: `A${i + 2}`, value: `p${i}` }, { ref: `B${i + 2}`, value: (i * 3) % 11 });
  return cells;
}

const PATHS: [string, number | undefined][] = [
  ['loaded', undefined],
  ['streamed', 0],
];

describe.each(PATHS)('readXlsx (%s)', (_path, streamAbove) => {
  test.each([
    ['a name of 45 characters', 'Customer satisfaction survey responses - 2025'],
    ['a colon and a slash', 'Q1: web/app'],
    ['brackets and a quote at the end', "[EU] answers'"],
    ['the name "History"', 'History'],
  ])('a tab named with %s is read under that name, without library noise', async (_what, name) => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const bytes = miniXlsx([{ name, cells: scores(7) }, { name: 'Notes', cells: [{ ref: 'A1', value: 'n' }] }]);
      const { sheets, warnings } = await readXlsx(bytes, 'UTC', 'x.xlsx', undefined, streamAbove);
      expect(sheets.map((s) => s.name)).toEqual([name, 'Notes']);
      expect(sheets[0].values.length).toBe(8);
      expect(sheets[0].values[7]).toEqual(['p6', 18 % 11]);
      expect(warnings).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('two long tab names that share their first 31 characters stay two sheets', async () => {
    const a = `${'Responses from the spring survey'} (EU)`;
    const b = `${'Responses from the spring survey'} (US)`;
    const { sheets } = await readXlsx(miniXlsx([{ name: a, cells: scores(2) }, { name: b, cells: scores(3) }]), 'UTC', 'x.xlsx', undefined, streamAbove);
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual([
      [a, 3],
      [b, 4],
    ]);
  });

  test('one cell at XFD1048576 is left out with a warning; the grid stays the data’s size', async () => {
    const bytes = miniXlsx([{ name: 'R', cells: [...scores(12), { ref: 'XFD1048576', value: 'stray' }] }]);
    expect(bytes.length).toBeLessThan(4096);
    const { sheets, warnings } = await readXlsx(bytes, 'UTC', 'far.xlsx', undefined, streamAbove);
    // 13 rows (header + 12) × 2 columns: the stray cell would need 1,048,576 × 16,384.
    expect(sheets[0].values.length).toBe(13);
    expect(sheets[0].values.every((row) => row.length === 2)).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('far.xlsx, sheet "R": 1 cell was left out, from cell XFD1048576 on');
    expect(warnings[0]).toContain('10,000,000 cells');
  });

  test('rows and cells without their r reference (allowed by the format) are read in order', async () => {
    const cells = scores(17);
    const { sheets } = await readXlsx(miniXlsx([{ name: 'R', cells }], true), 'UTC', 'norefs.xlsx', undefined, streamAbove);
    expect(sheets[0].values).toEqual([['Name', 'Score'], ...Array.from({ length: 17 }, (_v, i) => [`p${i}`, (i * 3) % 11])]);
  });

  test('a cell past column XFD: the damage is named, not "not an Excel workbook"', async () => {
    const bytes = miniXlsx([{ name: 'R', cells: [...scores(5), { ref: 'XFE3', value: 1 }] }]);
    await expect(readXlsx(bytes, 'UTC', 'wide.xlsx', undefined, streamAbove)).rejects.toThrow(/^wide\.xlsx has a cell in column XFE, past the last column/);
  });

  test('a far cell in a narrow table is kept: 100,000 rows × 2 columns fit in 10 million cells', async () => {
    const { sheets, warnings } = await readXlsx(
      miniXlsx([{ name: 'R', cells: [...scores(3), { ref: 'A100000', value: 'end' }] }]),
      'UTC',
      'x.xlsx',
      undefined,
      streamAbove,
    );
    expect(sheets[0].values.length).toBe(100_000);
    expect(sheets[0].values[99_999]).toEqual(['end', '']);
    expect(warnings).toEqual([]);
  });

  test('a shared string of 3 million characters is cut to 50,000 with a warning', async () => {
    const long = 'ab'.repeat(1_500_000);
    const { sheets, warnings } = await readXlsx(
      miniXlsx([{ name: 'R', cells: [...scores(4), { ref: 'C3', value: long }, { ref: 'C4', value: 'short' }] }]),
      'UTC',
      'long.xlsx',
      undefined,
      streamAbove,
    );
    expect(sheets[0].values[2][2]).toBe('ab'.repeat(25_000));
    expect(sheets[0].values[3][2]).toBe('short');
    expect(warnings).toEqual([
      'long.xlsx, sheet "R": 1 cell held more than 50,000 characters, the most a Google Sheets cell holds, and was cut to that length (first: cell C3).',
    ]);
  });
});

describe('preparePackage', () => {
  test('cuts over-long texts in the XML before exceljs sees them, leaving short ones and character references whole', async () => {
    const text = `${'x'.repeat(97)}&${'é'.repeat(20)}`;
    const bytes = miniXlsx([{ name: 'R', cells: [{ ref: 'A1', value: text }, { ref: 'A2', value: 'kept' }] }]);
    const { bytes: ready } = preparePackage(bytes, 100);
    expect(ready).not.toBe(bytes);
    const { sheets } = await readXlsx(ready, 'UTC', 'x.xlsx');
    // 97 x, then "&amp;" would be cut at byte 100: the cut falls before the reference.
    expect(sheets[0].values).toEqual([['x'.repeat(97)], ['kept']]);
  });

  test('leaves a package with safe names and short texts as it is', () => {
    const bytes = miniXlsx([{ name: 'Responses', cells: scores(3) }]);
    expect(preparePackage(bytes).bytes).toBe(bytes);
  });
});

describe('importFile names', () => {
  test('XLSX tab names are made valid sheet names: trimmed, blank ones named Sheet1, Sheet2', async () => {
    const bytes = miniXlsx([
      { name: '  Responses  ', cells: scores(2) },
      { name: '   ', cells: scores(1) },
      { name: ' ', cells: scores(1) },
    ]);
    const { sheets } = await importFile(bytes, { fileName: 'x.xlsx' });
    expect(sheets.map((s) => s.name)).toEqual(['Responses', 'Sheet1', 'Sheet2']);
  });
});
