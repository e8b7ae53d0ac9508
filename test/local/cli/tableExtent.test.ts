/**
 * `nps-sheets analyze FILE --json` on generated exports whose table is not
 * the whole sheet (a note typed far below it, blank rows inside it) or whose
 * score column is full of "no answer" markers in every style.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noAnswerExport, toCsv } from '../../helpers/noAnswerExport';
import { runCli } from './run';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-extent-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `analyze FILE --json` on `csv` and returns the parsed report. */
function analyze(name: string, csv: string): any {
  const file = join(dir, name);
  writeFileSync(file, csv);
  const run = runCli('analyze', file, '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

/** 300 responses: Submitted at, score i % 11, plan, comment; `width` columns in all. */
function responseLines(width: number): string[] {
  const pad = ','.repeat(width - 4);
  const lines = ['Submitted at,How likely are you to recommend us?,Plan,What could we do better?' + pad];
  for (let i = 0; i < 300; i++) {
    lines.push(`2025-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')} 10:00,${i % 11},${['Free', 'Pro', 'Team'][i % 3]},Faster exports please (${i})${pad}`);
  }
  return lines;
}

// 300 scores cycling 0–10: 27 full cycles (297 rows) then 0, 1, 2.
// Promoters (9, 10): 54; passives (7, 8): 54; detractors: 300 − 108 = 192.
const COUNTS = { responses: 300, promoters: 54, passives: 54, detractors: 192, ignored: 0 };
const MAPPING = { score: 1, date: 0, segments: [2], comments: [3], respondent: null };

describe('a note typed far below the table is not a response', () => {
  it('a short text in the score column at row 400,000', () => {
    const lines = responseLines(4);
    while (lines.length < 399999) lines.push('');
    lines.push(',n/a');
    const report = analyze('note_row_400000.csv', lines.join('\n') + '\n');
    expect(report.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 301 });
    expect(report.mapping).toEqual(MAPPING);
    expect(report.overall).toMatchObject(COUNTS);
  });

  it('a note in Z100000', () => {
    const lines = responseLines(4);
    while (lines.length < 99999) lines.push('');
    lines.push(',,,,,,,,,,,,,,,,,,,,,,,,,ask Sam about row 12');
    const report = analyze('note_Z100000.csv', lines.join('\r\n') + '\r\n');
    expect(report.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 301 });
    expect(report.mapping).toEqual(MAPPING);
    expect(report.columns).toHaveLength(4);
    expect(report.overall).toMatchObject(COUNTS);
  });

  it('blank rows inside the table (one, then three) do not end it', () => {
    const lines = responseLines(6);
    lines.splice(101, 0, ',,,,,');
    lines.splice(202, 0, ',,,,,', '', ',,,,,');
    const report = analyze('blank_rows_inside.csv', lines.join('\n') + '\n');
    expect(report.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 305 });
    expect(report.mapping).toEqual(MAPPING);
    expect(report.overall).toMatchObject(COUNTS);
  });
});

describe('a score column where 30–70 % of the cells say "no answer" (NA, NaN, ., #N/A, a non-breaking space…)', () => {
  it.each([
    [600, 0.35, 21],
    [716, 0.61, 22],
    [450, 0.7, 23],
  ])('%i rows, share %f (seed %i): the score column is found, responses and ignored exact', (rows, share, seed) => {
    const generated = noAnswerExport(rows, share, seed);
    const report = analyze(`markers_${seed}.csv`, toCsv(generated.rows));
    expect(report.mapping).toEqual({ score: 2, date: 1, segments: [3], comments: [4], respondent: null });
    expect(report.overall).toMatchObject(generated.expected);
  });
});
