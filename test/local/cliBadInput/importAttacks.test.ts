/**
 * Issue 9, "Trust": files that used to give a wrong count or crash, through
 * the CLI as a user runs it (`analyze --json`): mixed line endings, an
 * unclosed quote, a last line of thousands of commas, a cell at XFD1048576,
 * a shared string too long for a cell, names Sheets does not accept, and
 * Japanese text in UTF-16 without a BOM, Shift-JIS, a stray NUL byte or an
 * encoding that cannot be told. Expected counts are made here from the
 * generated answers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWith } from '../import/legacyBytes';
import { miniXlsx, type MiniCell } from '../import/miniXlsx';
import { runCli } from '../cli/run';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'nps-import-attacks-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `n` answers: an ISO date and a score 0–10 that depends on i and a seed. */
function answers(n: number, seed: number): { date: string; score: number }[] {
  return Array.from({ length: n }, (_v, i) => ({ date: `2025-0${1 + (i % 6)}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`, score: (i * seed + 3) % 11 }));
}

function tally(scores: number[]) {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { responses: scores.length, promoters, passives: scores.length - promoters - detractors, detractors };
}

function analyze(name: string, content: Buffer | string) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const run = runCli('analyze', path, '--json');
  return { ...run, json: run.status === 0 ? JSON.parse(run.stdout) : null };
}

describe('line endings', () => {
  test.each([
    ['120 CRLF rows then 45 LF rows', (i: number) => (i < 120 ? '\r\n' : '\n'), 165],
    ['LF, CRLF and CR taking turns', (i: number) => ['\n', '\r\n', '\r'][i % 3], 97],
    ['CR only (old Mac)', () => '\r', 33],
  ])('%s: every row counted', (_name, ending, n) => {
    const rows = answers(n, 5);
    const text = `Date,Score,Comment\r\n${rows.map((r, i) => `${r.date},${r.score},${i % 10 === 0 ? '"two\r\nlines, one cell"' : 'ok'}${ending(i)}`).join('')}`;
    const { status, json, stderr } = analyze('endings.csv', text);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.overall).toMatchObject({ ...tally(rows.map((r) => r.score)), ignored: 0 });
    expect(json.table.lastRow).toBe(n + 1);
  });
});

test('a quote that never closes: exit 3 naming its line', () => {
  const rows = answers(80, 3).map((r) => `${r.date},${r.score},fine`);
  rows[10] = '2025-02-02,8,"it broke here';
  const { status, stdout, stderr } = analyze('broken.csv', `Date,Score,Comment\n${rows.join('\n')}\n`);
  expect(status).toBe(3);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toContain('broken.csv, line 12: a quote (") opens a cell here and never closes');
});

test('a quote that never closes, with quoted comments after it: exit 3 naming its line, not rows swallowed', () => {
  const rows = answers(110, 8).map((r, i) => `${r.date},${r.score},${i % 4 === 0 ? '"slow, but fine"' : 'ok'}`);
  rows[4] = '2025-03-03,10,"love it';
  const { status, stderr } = analyze('swallow.csv', `Date,Score,Comment\r\n${rows.join('\r\n')}\r\n`);
  expect(status).toBe(3);
  expect(stderr).toContain('swallow.csv, line 6: a quote (") opens a cell here and never closes');
});

test('a last line of 10,000 commas does not widen the sheet', () => {
  const rows = answers(30_000, 7);
  const text = `Date,Score\n${rows.map((r) => `${r.date},${r.score}`).join('\n')}\n${','.repeat(10_000)}\n`;
  const { status, json } = analyze('commas.csv', text);
  expect(status).toBe(0);
  expect(json.overall).toMatchObject(tally(rows.map((r) => r.score)));
  expect(json.columns).toHaveLength(2);
  expect(json.warnings).toEqual([]);
});

function workbook(name: string, n: number, extra: MiniCell[] = []): Buffer {
  const cells: MiniCell[] = [
    { ref: 'A1', value: 'Date' },
    { ref: 'B1', value: 'Score' },
  ];
  answers(n, 4).forEach((r, i) => cells.push({ ref: `A${i + 2}`, value: r.date }, { ref: `B${i + 2}`, value: r.score }));
  return miniXlsx([{ name, cells: [...cells, ...extra] }]);
}

test('an XLSX with a cell at XFD1048576: counted, the cell left out with a warning', () => {
  const { status, json } = analyze('far.xlsx', workbook('Answers', 44, [{ ref: 'XFD1048576', value: 'x' }]));
  expect(status).toBe(0);
  expect(json.overall).toMatchObject(tally(answers(44, 4).map((r) => r.score)));
  expect(json.warnings).toHaveLength(1);
  expect(json.warnings[0]).toMatch(/^far\.xlsx, sheet "Answers": 1 cell was left out, from cell XFD1048576 on/);
});

test('the readable output says what was left out', () => {
  const path = join(dir, 'far-text.xlsx');
  writeFileSync(path, workbook('Answers', 9, [{ ref: 'XFD1048576', value: 'x' }]));
  const { status, stdout } = runCli('analyze', path);
  expect(status).toBe(0);
  expect(stdout).toContain('Note: far-text.xlsx, sheet "Answers": 1 cell was left out, from cell XFD1048576 on');
});

test('an XLSX tab name of 52 characters is read, nothing on stderr', () => {
  const tab = 'Net Promoter Score survey — all answers, spring 2025';
  const { status, json, stderr } = analyze('tab.xlsx', workbook(tab, 23, [{ ref: 'C5', value: 'y'.repeat(70_000) }]));
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(json.sheet).toBe(tab);
  expect(json.overall).toMatchObject(tally(answers(23, 4).map((r) => r.score)));
  expect(json.warnings).toEqual([expect.stringContaining('1 cell held more than 50,000 characters')]);
});

test.each([
  ['a name of 130 characters', `${'survey '.repeat(18)}final`, 'survey '.repeat(18).slice(0, 100).trimEnd()],
  ['a name of spaces only', '    ', 'Sheet1'],
])('a CSV with %s becomes a valid sheet', (_what, base, sheet) => {
  const rows = answers(12, 9);
  const { status, json } = analyze(`${base}.csv`, `Date,Score\n${rows.map((r) => `${r.date},${r.score}`).join('\n')}\n`);
  expect(status).toBe(0);
  expect(json.sheet).toBe(sheet);
  expect(json.overall).toMatchObject(tally(rows.map((r) => r.score)));
});

describe('Japanese and damaged text', () => {
  const rows = answers(37, 6);
  const japanese = `日付,推奨度,コメント\r\n${rows.map((r, i) => `${r.date},${r.score},とても良い製品です${i}`).join('\r\n')}\r\n`;
  const expected = tally(rows.map((r) => r.score));

  test.each([
    ['UTF-16LE without a BOM', Buffer.from(japanese, 'utf16le')],
    ['UTF-16BE without a BOM', Buffer.from(japanese, 'utf16le').swap16()],
    ['Shift-JIS', encodeWith('shift_jis', japanese)],
  ])('%s: read, counted', (_name, bytes) => {
    const { status, json, stderr } = analyze('日本.csv', bytes);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.columns.map((c: { header: string }) => c.header)).toEqual(['日付', '推奨度', 'コメント']);
    expect(json.overall).toMatchObject(expected);
  });

  test('a stray NUL byte is dropped with a warning', () => {
    const text = Buffer.from(japanese, 'utf8');
    const at = text.indexOf('\n', 200) + 1;
    const { status, json } = analyze('nul.csv', Buffer.concat([text.subarray(0, at), Buffer.from([0]), text.subarray(at)]));
    expect(status).toBe(0);
    expect(json.overall).toMatchObject(expected);
    expect(json.warnings).toEqual(['nul.csv holds a NUL byte (an invisible character text files should not have); it was dropped.']);
  });

  test('Chinese GBK, which cannot be told from other encodings: exit 3, save as CSV UTF-8', () => {
    const chinese = `日期,推荐度\n${rows.map((r) => `${r.date},${r.score}`).join('\n')}\n非常满意,好\n`;
    const { status, stderr } = analyze('gbk.csv', encodeWith('gbk', chinese));
    expect(status).toBe(3);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('save it as "CSV UTF-8"');
  });
});

describe('answers full of terminal escapes are still a text file', () => {
  const rows = answers(45, 2);
  const expected = tally(rows.map((r) => r.score));
  test.each([
    ['an SGR colour in every comment', (i: number) => `\u001b[3${i % 8}mred\u001b[0m`],
    ['an OSC window title in every comment', () => '\u001b]0;pwned\u0007'],
    ['BEL and backspaces', () => '\u0007\u0008\u0008'],
  ])('%s: read and counted, nothing raw on the terminal', (_name, comment) => {
    const text = `Date,Score,Comment\n${rows.map((r, i) => `${r.date},${r.score},${comment(i)}`).join('\n')}\n`;
    const { status, json } = analyze('escapes.csv', text);
    expect(status).toBe(0);
    expect(json.overall).toMatchObject(expected);
    const readable = runCli('analyze', join(dir, 'escapes.csv'));
    expect(readable.status).toBe(0);
    expect(readable.stdout).not.toMatch(/[\u0007\u0008\u001b]/);
  });

  test('bytes that are not UTF-8 and full of controls are still refused as binary', () => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_v, i) => 1 + ((i * 7919) % 255)));
    const { status, stderr } = analyze('junk.csv', junk);
    expect(status).toBe(3);
    expect(stderr).toContain('is not a text or Excel file');
  });
});

test('an XLSX whose rows and cells leave out their references is read and counted', () => {
  const cells: MiniCell[] = [{ ref: 'A1', value: 'Date' }, { ref: 'B1', value: 'Score' }];
  answers(31, 4).forEach((r, i) => cells.push({ ref: `A${i + 2}`, value: r.date }, { ref: `B${i + 2}`, value: r.score }));
  const { status, json, stderr } = analyze('norefs.xlsx', miniXlsx([{ name: 'Answers', cells }], true));
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(json.overall).toMatchObject(tally(answers(31, 4).map((r) => r.score)));
});

test('comments that start with a quoted word ("5"-star, "Great" service) are read as Excel reads them, every row counted', () => {
  const rows = answers(64, 5);
  const comments = ['"5"-star support', '"Great" value, really', 'fine', '"ok"'];
  const text = `Date,Score,Comment\r\n${rows.map((r, i) => `${r.date},${r.score},${comments[i % 4]}`).join('\r\n')}\r\n`;
  const { status, json, stderr } = analyze('quoted-words.csv', text);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(json.overall).toMatchObject({ ...tally(rows.map((r) => r.score)), ignored: 0 });
  expect(json.table.lastRow).toBe(65);
});

test('a path that never ends (/dev/zero) is refused once past the bound, exit 3, instead of reading until memory runs out', () => {
  const { status, stdout, stderr } = runCli('analyze', '/dev/zero');
  expect(status).toBe(3);
  expect(stdout).toBe('');
  expect(stderr.trim()).toBe('nps-sheets: /dev/zero is larger than 256 MB, more than this tool reads: export fewer rows or columns (a spreadsheet holds 10 million cells) and try again.');
});
