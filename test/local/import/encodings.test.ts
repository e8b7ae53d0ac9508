/**
 * Issue 9: text encodings Sheets users meet — Japanese in UTF-16 without a
 * byte order mark, Shift-JIS and EUC-JP, a stray NUL byte — read; an
 * encoding that cannot be told (Chinese GBK) refused with what to save as.
 * Bytes are made from generated text (legacyBytes inverts ICU's decoder).
 */
import { importFile } from '../../../src/local/import';
import { decodeText } from '../../../src/local/import/decodeText';
import { encodeWith } from './legacyBytes';

const rows = Array.from({ length: 25 }, (_v, i) => `2025-04-${String(1 + i).padStart(2, '0')},${(i * 4) % 11},${i % 2 ? 'とても良い' : '普通'}`);
const JAPANESE = `日付,推奨度,コメント\n${rows.join('\n')}\n`;

describe('decodeText', () => {
  test.each([
    ['UTF-16LE without a BOM', Buffer.from(JAPANESE, 'utf16le'), []],
    ['UTF-16BE without a BOM', Buffer.from(JAPANESE, 'utf16le').swap16(), []],
    ['Shift-JIS', encodeWith('shift_jis', JAPANESE), ['x.csv is not UTF-8; it was read as Shift-JIS (Japanese).']],
    ['EUC-JP', encodeWith('euc-jp', JAPANESE), ['x.csv is not UTF-8; it was read as EUC-JP (Japanese).']],
  ])('%s', (_name, bytes, warnings) => {
    expect(decodeText(bytes, 'x.csv')).toEqual({ text: JAPANESE, warnings });
  });

  test('UTF-16LE without a BOM, all Japanese but the line breaks', () => {
    const text = '推奨度\n十\n九\n上\n'; // 上 is U+4E0A: its low byte is a line feed
    expect(decodeText(Buffer.from(text, 'utf16le'), 'x.csv').text).toBe(text);
  });

  test('stray NUL bytes are dropped with a warning', () => {
    const bytes = Buffer.from('Score\n9\n10\n', 'utf8');
    const damaged = Buffer.concat([bytes.subarray(0, 7), Buffer.from([0, 0]), bytes.subarray(7)]);
    expect(decodeText(damaged, 'd.csv')).toEqual({
      text: 'Score\n9\n10\n',
      warnings: ['d.csv holds 2 NUL bytes (an invisible character text files should not have); they were dropped.'],
    });
  });

  test('a stray NUL byte after a UTF-8 byte order mark is dropped too', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('日付,推奨度\n2025-01-01,\u00009\n', 'utf8')]);
    const { text, warnings } = decodeText(bytes, 'b.csv');
    expect(text).toBe('日付,推奨度\n2025-01-01,9\n');
    expect(warnings).toHaveLength(1);
  });

  test('a file full of NUL bytes is still not text', () => {
    const bytes = Buffer.alloc(400, 0);
    bytes.write('Score,9,', 0);
    expect(() => decodeText(bytes, 'b.bin')).toThrow(expect.objectContaining({ problem: 'binary' }));
  });

  test('Windows-1252 accents and curly quotes stay Windows-1252', () => {
    const text = 'Nom;Note;Avis\nMüller;9;“très bien” — à refaire\nCrème;7;‘ok’\n';
    const cp1252 = Buffer.from(
      [...text].map((ch) => ({ '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '—': 0x97 })[ch] ?? ch.charCodeAt(0)),
    );
    expect(decodeText(cp1252, 'x.csv')).toEqual({ text, warnings: [] });
  });

  test('Chinese GBK cannot be told from other encodings: save it as CSV UTF-8', () => {
    const bytes = encodeWith('gbk', `日期,推荐度\n${rows.map((r) => r.slice(0, 13)).join('\n')}\n非常满意\n`);
    expect(() => decodeText(bytes, 'c.csv')).toThrow(
      expect.objectContaining({ problem: 'unknown-encoding', message: expect.stringContaining('save it as "CSV UTF-8"') }),
    );
  });
});

test('importFile counts the Shift-JIS scores as numbers', async () => {
  const { sheets, warnings } = await importFile(encodeWith('shift_jis', JAPANESE), { fileName: 'ja.csv' });
  expect(sheets[0].values[0]).toEqual(['日付', '推奨度', 'コメント']);
  expect(sheets[0].values.slice(1).map((row) => row[1])).toEqual(rows.map((_r, i) => (i * 4) % 11));
  expect(warnings).toHaveLength(1);
});
