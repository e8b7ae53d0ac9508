/**
 * Issue 9: the CSV tokenizer ends a row at any line break outside quotes
 * (`\r\n`, `\n`, `\r`, mixed), keeps line breaks inside quotes, and reports
 * the line of a quote that never closes. Inputs are generated from random
 * rows (seeded), and the expected rows are the generated ones.
 */
import { importText } from '../../../src/local/import';
import { parseDelimited } from '../../../src/local/import/csvParse';
import { detectDelimiter } from '../../../src/local/import/delimiter';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BREAKS = ['\n', '\r\n', '\r'];

/** Random rows of 1–5 fields; some fields hold separators, quotes or line breaks (and are then quoted). */
function randomRows(next: () => number, count: number): string[][] {
  const pieces = ['9', 'ok', 'a,b', 'say "hi"', 'two\nlines', 'cr\rline', 'crlf\r\nline', '', ' spaced '];
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => pieces[Math.floor(next() * pieces.length)]));
}

function toCsv(rows: string[][], next: () => number): string {
  const field = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  // A row of one empty field is written "" : a bare blank line after a CR would merge with it into one CRLF.
  return rows.map((row) => (row.length === 1 && row[0] === '' ? '""' : row.map(field).join(',')) + BREAKS[Math.floor(next() * 3)]).join('');
}

function parseAll(text: string, delimiter = ','): { rows: string[][]; lines: number[]; unclosed: number | null } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const { unclosedQuoteLine } = parseDelimited(text, delimiter, (fields, line) => {
    rows.push(fields);
    lines.push(line);
  });
  return { rows, lines, unclosed: unclosedQuoteLine };
}

/** One CSV line, quoting the fields that hold a comma. */
function toLine(fields: string[]): string {
  return fields.map((f) => (f.includes(',') ? `"${f}"` : f)).join(',');
}

describe('parseDelimited', () => {
  test.each([1, 2, 3, 4, 5])('random rows, every line break kind mixed at random (seed %i)', (seed) => {
    const next = random(seed);
    const rows = randomRows(next, 40 + seed * 13);
    expect(parseAll(toCsv(rows, next)).rows).toEqual(rows);
  });

  test('100 CRLF rows then 50 LF rows give 150 rows', () => {
    const text = `${'1,a\r\n'.repeat(100)}${'2,b\n'.repeat(50)}`;
    const { rows } = parseAll(text);
    expect(rows).toHaveLength(150);
    expect(rows[99]).toEqual(['1', 'a']);
    expect(rows[100]).toEqual(['2', 'b']);
  });

  test('rows start on the line they start on, quoted line breaks counted', () => {
    const { lines } = parseAll('a\r\n"b\r\nc\rd\ne"\rf\n\ng');
    expect(lines).toEqual([1, 2, 6, 7, 8]);
  });

  test.each([
    ['LF', '\n', 6],
    ['CRLF', '\r\n', 9],
    ['CR', '\r', 3],
  ])('an unclosed quote is reported on its line (%s before it)', (_name, eol, at) => {
    const lines = Array.from({ length: 12 }, (_v, i) => `2025-01-0${1 + (i % 9)},${i % 11},fine`);
    lines[at - 1] = '2025-01-05,7,"never closed';
    const { unclosed } = parseAll(lines.join(eol) + eol);
    expect(unclosed).toBe(at);
  });

  test.each([4, 9, 17])('an unclosed quote on line %i is reported though quoted fields follow it', (at) => {
    const lines = Array.from({ length: 25 }, (_v, i) => `2025-01-0${1 + (i % 9)},${i % 11},${i % 3 === 0 ? '"fast, friendly"' : 'fine'}`);
    lines[at - 1] = '2025-01-05,7,"never closed';
    // Without the check, the field would close at the end of the next "fast, friendly" and swallow the rows between.
    expect(parseAll(lines.join('\r\n') + '\r\n').unclosed).toBe(at);
  });

  test('a lone quote inside a quoted field on its first line stays text (a sloppy export)', () => {
    expect(parseAll('9,"He said "hi" to me"\n10,"two\nlines"\n').rows).toEqual([
      ['9', 'He said "hi" to me'],
      ['10', 'two\nlines'],
    ]);
  });

  test.each([
    ['text after the closing quote', '7,"quoted"trailing,x', ['7', 'quotedtrailing', 'x']],
    ['a quoted word at the start of a comment', '8,"5"-star service', ['8', '5-star service']],
    ['a lone quote inside, none at the end', '9,"it\'s a "great" product,x', ['9', 'it\'s a great" product', 'x']],
    ['a short last field', '10,x,"a"b', ['10', 'x', 'ab']],
  ])('a quoted field with text after its quote and no closing quote on its line ends at the separator (%s)', (_name, line, fields) => {
    const rows = Array.from({ length: 30 }, (_v, i) => [String(i % 11), i % 4 === 0 ? 'fast, friendly' : 'ok', 'x']);
    const at = 13;
    const text = [...rows.slice(0, at).map(toLine), line, ...rows.slice(at).map(toLine)].join('\r\n');
    const parsed = parseAll(text);
    expect(parsed.unclosed).toBeNull();
    expect(parsed.rows).toHaveLength(31);
    expect(parsed.rows[at]).toEqual(fields);
    expect(parsed.rows.slice(at + 1)).toEqual(rows.slice(at));
  });

  test('a quote inside an unquoted field is text, and a quoted field may be followed by the end of the text', () => {
    expect(parseAll('5 "inch",x\n"last"').rows).toEqual([
      ['5 "inch"', 'x'],
      ['last'],
    ]);
  });

  test('fields past maxFields are skipped and their non-empty ones counted', () => {
    const seen: [number, number][] = [];
    parseDelimited('a,b,c,,e\n1\n', ',', (fields, _line, skipped) => void seen.push([fields.length, skipped]), 2);
    expect(seen).toEqual([
      [2, 2],
      [1, 0],
    ]);
  });
});

describe('delimiter and import with mixed line endings', () => {
  test('the separator is found when the first lines end in CRLF and the rest in CR', () => {
    const text = `Datum;Punkte\r\n${'1.1.2025;3,5\r'.repeat(30)}`;
    expect(detectDelimiter(text)).toBe(';');
    expect(importText(text, { locale: 'de_DE' }).sheets[0].values).toHaveLength(31);
  });

  test('an unclosed quote is an ImportError naming the line', () => {
    const text = 'Score,Comment\r\n9,ok\r\n7,"oops\r\n10,fine\r\n';
    expect(() => importText(text, { fileName: 'q.csv' })).toThrow(
      expect.objectContaining({ problem: 'unclosed-quote', message: expect.stringMatching(/^q\.csv, line 3: a quote/) }),
    );
  });
});
