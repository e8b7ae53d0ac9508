/**
 * Issue 3, bad input: an XLSX with several sheets given to the CLI. The
 * workbook is written here with exceljs (responses on the second sheet, a
 * notes sheet first, a pivot-like summary last); the figures expected are
 * counted in this file from the rows written, not by the code under test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';

const ROOT = join(__dirname, '..', '..', '..');
let dir: string;
let file: string;

/** Responses: submitted timestamps over Jan–Mar 2025 (UTC), 0–10 scores, a plan. */
const ROWS = Array.from({ length: 90 }, (_, i) => ({
  submitted: new Date(Date.UTC(2025, i % 3, 1 + (i % 28), 9 + (i % 8), 15)),
  score: (i * 5) % 11,
  plan: ['Basic', 'Plus', 'Enterprise'][i % 3],
}));

function analyze(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nps-sheets.cjs'), 'analyze', file, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nps-xlsx-'));
  file = join(dir, 'survey export.xlsx');
  const workbook = new Workbook();
  const notes = workbook.addWorksheet('Notes');
  notes.addRow(['Survey notes']);
  notes.addRow(['Sent to all customers on 1 January']);
  const responses = workbook.addWorksheet('Form Responses 1');
  responses.addRow(['Submitted at', 'How likely are you to recommend us to a colleague? (0-10)', 'Plan']);
  // exceljs writes a Date's UTC fields as the cell's wall clock; the CLI's zone is UTC.
  for (const row of ROWS) responses.addRow([row.submitted, row.score, row.plan]);
  const summary = workbook.addWorksheet('Summary');
  summary.addRow(['Plan', 'Count']);
  summary.addRow(['Basic', 30]);
  await workbook.xlsx.writeFile(file);
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('--sheet picks the responses sheet of a workbook with several sheets; counts match the rows written', () => {
  const run = analyze('--sheet', 'Form Responses 1', '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout);
  expect(json.sheet).toBe('Form Responses 1');
  expect(json.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 91 });
  expect(json.mapping).toMatchObject({ score: 1, date: 0 });
  const promoters = ROWS.filter((r) => r.score >= 9).length;
  const detractors = ROWS.filter((r) => r.score <= 6).length;
  expect(json.overall).toMatchObject({ responses: 90, promoters, passives: 90 - promoters - detractors, detractors, ignored: 0 });
  expect(json.overall.nps).toBeCloseTo(((promoters - detractors) / 90) * 100, 9);
  const months = json.periods.rows.map((r: { label: string; responses: number }) => [r.label, r.responses]);
  expect(months).toEqual([
    ['Jan 2025', 30],
    ['Feb 2025', 30],
    ['Mar 2025', 30],
  ]);
});

test('without --sheet the sheet with the most 0–10 answers is analysed: notes and summary sheets are passed over', () => {
  const run = analyze('--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout);
  expect(json.sheet).toBe('Form Responses 1');
  expect(json.overall.responses).toBe(90);
});

test('without --sheet a hidden sheet of drop-down lists (0–10 in a column) is passed over for the responses; formulas giving 0 count as 0', async () => {
  const other = join(dir, 'with lists.xlsx');
  const workbook = new Workbook();
  const lists = workbook.addWorksheet('Lists', { state: 'hidden' });
  lists.addRow(['Score', 'Plan']);
  for (let s = 0; s <= 10; s++) lists.addRow([s, ['Basic', 'Plus', 'Enterprise'][s % 3]]);
  const log = workbook.addWorksheet('Log');
  log.addRow(['Submitted at', 'Answer', 'How likely are you to recommend us? (0-10)']);
  // The score is a formula over the typed answer; Excel caches its result (0 included).
  ROWS.forEach((row, i) => log.addRow([row.submitted, `${row.score} pts`, { formula: `VALUE(LEFT(B${i + 2},2))`, result: row.score }]));
  await workbook.xlsx.writeFile(other);
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nps-sheets.cjs'), 'analyze', other, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.stdout);
  expect(json.sheet).toBe('Log');
  const zeros = ROWS.filter((r) => r.score === 0).length;
  expect(zeros).toBeGreaterThan(0);
  expect(json.overall).toMatchObject({ responses: 90, detractors: ROWS.filter((r) => r.score <= 6).length, ignored: 0 });
});

test('without --sheet, when no sheet holds 0–10 answers, the one-line reason names the sheets and --sheet (exit 3)', async () => {
  const other = join(dir, 'notes only.xlsx');
  const workbook = new Workbook();
  workbook.addWorksheet('Notes').addRow(['Survey notes']);
  const summary = workbook.addWorksheet('Summary');
  summary.addRow(['Plan', 'Count']);
  summary.addRow(['Basic', 30]);
  await workbook.xlsx.writeFile(other);
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nps-sheets.cjs'), 'analyze', other, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(3);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain('notes only.xlsx');
  expect(result.stderr).toContain('the workbook has 2 sheets: "Notes", "Summary"; choose one with --sheet NAME');
});

test('--sheet with a name the workbook does not have: exit 3, and the reason lists the sheets there are', () => {
  const run = analyze('--sheet', 'Responses');
  expect(run.status).toBe(3);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/no sheet named "Responses": use one of "Notes", "Form Responses 1", "Summary"/);
});
