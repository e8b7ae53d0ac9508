/**
 * Issue 3, "Bad input" and "Done when", through the CLI as a user runs it:
 * files whose extension lies (a CSV named .xlsx, a workbook named .csv) and
 * an export the code base has not seen, with `analyze --json` checked
 * against counts made in this file (table position, score and date
 * columns, overall and monthly figures).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';

const ROOT = join(__dirname, '..', '..', '..');
let dir: string;

function analyze(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nps-sheets.cjs'), 'analyze', file, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A Delighted-like export under two title rows: Response ID, Score, Comment, Created (local, Europe/Paris), Plan.
const TITLE = ['Delighted export — Acme NPS', '', '', '', ''];
const HEADERS = ['Response ID', 'Score', 'Comment', 'Created At', 'Plan'];
const rows: string[][] = [];
for (let i = 0; i < 157; i++) {
  const month = 1 + (i % 5); // Jan–May 2025
  // Day 1 at 00:30 Paris time is still the previous month in UTC: months are the sheet zone's.
  const day = i % 10 === 0 ? 1 : 2 + (i % 26);
  const time = i % 10 === 0 ? '00:30' : '14:05';
  const score = i % 23 === 7 ? '' : String((i * 8 + 3) % 11);
  rows.push([`D${9000 + i}`, score, i % 4 ? '' : `comment ${i}`, `2025-0${month}-${String(day).padStart(2, '0')} ${time}`, ['Basic', 'Premium'][i % 2]]);
}
const csv = (cells: string[][]) => `${cells.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n')}\n`;

function counts(group: string[][]) {
  const s = group.map((r) => r[1]).filter((x) => x !== '').map(Number);
  const promoters = s.filter((x) => x >= 9).length;
  const detractors = s.filter((x) => x <= 6).length;
  return { responses: s.length, promoters, passives: s.length - promoters - detractors, detractors, nps: ((promoters - detractors) / s.length) * 100 };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-named-'));
  writeFileSync(join(dir, 'delighted.csv'), csv([TITLE, ['', '', '', '', ''], HEADERS, ...rows]));
  copyFileSync(join(dir, 'delighted.csv'), join(dir, 'delighted export.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkJson(stdout: string) {
  const json = JSON.parse(stdout);
  expect(json.timeZone).toBe('Europe/Paris');
  expect(json.table).toEqual({ headerRow: 3, headerRows: 1, firstDataRow: 4, lastRow: 3 + rows.length });
  expect(json.mapping).toMatchObject({ score: 1, date: 3 });
  const all = counts(rows);
  expect(json.overall).toMatchObject({ responses: all.responses, promoters: all.promoters, passives: all.passives, detractors: all.detractors, ignored: 0 });
  expect(json.overall.nps).toBeCloseTo(all.nps, 9);
  const months = ['Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025'];
  expect(json.periods.rows.map((r: { label: string }) => r.label)).toEqual(months);
  months.forEach((label, m) => {
    const expected = counts(rows.filter((r) => r[3].startsWith(`2025-0${m + 1}-`)));
    const row = json.periods.rows[m];
    expect([label, row.responses, row.promoters, row.passives, row.detractors]).toEqual([label, expected.responses, expected.promoters, expected.passives, expected.detractors]);
    expect(row.nps).toBeCloseTo(expected.nps, 9);
  });
}

test('an unseen Delighted-like export under title rows: analyze --json gets the table, the columns and the overall and monthly counts', () => {
  const run = analyze(join(dir, 'delighted.csv'), '--json', '--tz', 'Europe/Paris');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  checkJson(run.stdout);
});

test('a CSV named .xlsx is read as CSV: the same figures', () => {
  const run = analyze(join(dir, 'delighted export.xlsx'), '--json', '--tz', 'Europe/Paris');
  expect(run.status).toBe(0);
  checkJson(run.stdout);
});

test('a workbook named .csv is read as a workbook', async () => {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Responses');
  sheet.addRow(['Date', 'How likely are you to recommend us?']);
  for (let i = 0; i < 24; i++) sheet.addRow([new Date(Date.UTC(2025, i % 2, 3 + i)), i % 11]);
  const file = join(dir, 'responses.csv');
  await workbook.xlsx.writeFile(file);
  const run = analyze(file, '--json');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout);
  expect(json.sheet).toBe('Responses');
  expect(json.overall.responses).toBe(24);
  expect(json.periods.rows.map((r: { label: string; responses: number }) => [r.label, r.responses])).toEqual([
    ['Jan 2025', 12],
    ['Feb 2025', 12],
  ]);
});
