import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ImportError, importFile } from '../../../src/local/import';

const dir = mkdtempSync(join(tmpdir(), 'nps-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CSV = 'Score,Comment\n9,Très bien\n6,Trop cher\n';
const EXPECTED = [['Score', 'Comment'], [9, 'Très bien'], [6, 'Trop cher']];

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function problemOf(promise: Promise<unknown>): Promise<{ problem: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return { problem: (error as ImportError).problem, message: (error as Error).message };
  }
  throw new Error('expected an ImportError');
}

describe('importFile: text encodings', () => {
  test('UTF-8 without BOM', async () => {
    const { sheets } = await importFile(file('plain.csv', CSV));
    expect(sheets[0]).toEqual({ name: 'plain', values: EXPECTED });
  });

  test('UTF-8 with BOM', async () => {
    const { sheets } = await importFile(file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)])));
    expect(sheets[0].values).toEqual(EXPECTED);
  });

  test('Excel "Unicode text": UTF-16 LE with BOM, tab separated', async () => {
    const text = '\uFEFF' + CSV.replace(/,/g, '\t').replace(/\n/g, '\r\n');
    const { sheets } = await importFile(file('unicode.txt', Buffer.from(text, 'utf16le')));
    expect(sheets[0].values).toEqual(EXPECTED);
  });

  test('UTF-16 BE with BOM', async () => {
    const bytes = Buffer.from('\uFEFF' + CSV, 'utf16le').swap16();
    expect((await importFile(bytes)).sheets[0].values).toEqual(EXPECTED);
  });

  test('UTF-16 LE without BOM', async () => {
    expect((await importFile(Buffer.from(CSV, 'utf16le'))).sheets[0].values).toEqual(EXPECTED);
  });

  test('Windows-1252 ("CSV (Comma delimited)" from Excel on Windows)', async () => {
    expect((await importFile(Buffer.from(CSV, 'latin1'))).sheets[0].values).toEqual(EXPECTED);
  });

  test('Windows-1252 with curly quotes and dashes in every row', async () => {
    const rows = ['Date,Score,Comment'];
    for (let i = 1; i <= 40; i++) rows.push(`2025-01-${String((i % 28) + 1).padStart(2, '0')},${i % 11},\u201cfast\u201d \u2013 it\u2019s fine`);
    const bytes = Buffer.from(rows.join('\r\n'), 'latin1');
    // latin1 drops the high byte; write the Windows-1252 bytes of “ ” – ’ by hand.
    const cp1252 = Buffer.from(rows.join('\r\n').replace(/[\u201c\u201d\u2013\u2019]/g, (ch) => String.fromCharCode({ '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2019': 0x92 }[ch]!)), 'latin1');
    expect(bytes.length).toBe(cp1252.length);
    const { sheets } = await importFile(file('ansi.csv', cp1252));
    expect(sheets[0].values[1][2]).toBe('\u201cfast\u201d \u2013 it\u2019s fine');
    expect(sheets[0].values).toHaveLength(41);
  });

  test('a buffer with a fileName is named after it', async () => {
    const { sheets } = await importFile(Buffer.from(CSV), { fileName: 'answers.tsv' });
    expect(sheets[0].name).toBe('answers');
  });
});

describe('importFile: content decides, not the extension', () => {
  test('CSV content named .xlsx is read as CSV', async () => {
    const { sheets } = await importFile(file('wrong.xlsx', CSV));
    expect(sheets[0]).toEqual({ name: 'wrong', values: EXPECTED });
  });
});

describe('importFile: files that cannot be read', () => {
  test('binary garbage', async () => {
    let seed = 42;
    const bytes = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2147483648) >> 23);
    const result = await problemOf(importFile(file('garbage.csv', bytes)));
    expect(result.problem).toBe('binary');
    expect(result.message).toBe(
      'garbage.csv is not a text or Excel file: export the survey responses as .csv or .xlsx and try again.',
    );
  });

  test('a PNG image', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR')]);
    expect((await problemOf(importFile(file('logo.csv', png)))).problem).toBe('binary');
  });

  test('an old Excel 97–2003 .xls says to save it as .xlsx or .csv', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const result = await problemOf(importFile(file('old.xls', ole)));
    expect(result.problem).toBe('old-excel');
    expect(result.message).toMatch(/^old\.xls is an old Excel 97–2003 file \(\.xls\).*save it as \.xlsx or \.csv/);
  });

  test('an empty file', async () => {
    const result = await problemOf(importFile(file('empty.csv', '')));
    expect(result).toEqual({ problem: 'empty', message: 'empty.csv is empty: export the survey responses again and try again.' });
  });

  test('a file of blank lines and a BOM is empty too', async () => {
    expect((await problemOf(importFile(file('blank.csv', '\uFEFF\r\n\r\n')))).problem).toBe('empty');
  });

  test('a missing file', async () => {
    const path = join(dir, 'nope.csv');
    expect(await problemOf(importFile(path))).toEqual({
      problem: 'not-found',
      message: `${path} does not exist: check the path and try again.`,
    });
  });

  test('a ZIP that is not a workbook', async () => {
    // An empty ZIP archive's local-file signature followed by junk.
    const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 1)]);
    const result = await problemOf(importFile(file('archive.xlsx', zip)));
    expect(result.problem).toBe('not-a-workbook');
    expect(result.message).toMatch(/^archive\.xlsx is a ZIP archive but not an Excel workbook/);
  });
});
