/**
 * Internal figures (detector confidences, Spreadsheet service calls, time)
 * appear in the readable output and the HTML page only with --verbose
 * (SPEC §6); --json keeps them either way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-verbose-'));
  file = join(dir, 'visits.csv');
  // Scores 9, 9, 6 in turn over 45 rows: 30 promoters, 15 detractors → NPS (30 − 15) / 45 = 33.3.
  const rows = ['Visit date|Would you recommend the clinic? (0-10)|Clinic'];
  for (let i = 0; i < 45; i++) rows.push(`2025-0${(i % 5) + 1}-0${(i % 9) + 1}|${[9, 9, 6][i % 3]}|${['Nord', 'Sud', 'Est'][i % 3]}`);
  writeFileSync(file, `${rows.join('\r\n')}\r\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('without --verbose: no confidences, no service calls, no timing', () => {
  const out = join(dir, 'plain.html');
  const run = runCli('analyze', file, '--out', out);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^NPS 33\.3 · Good /m);
  expect(run.stdout).toMatch(/^ {5}Header +Role$/m);
  expect(run.stdout).not.toMatch(/Confidence|service calls|\d ms\b|0\.\d\d$/m);
  expect(run.stdout).toMatch(/^Report: Report ready in 'NPS · visits' — \d charts?$/m);
  const html = readFileSync(out, 'utf8');
  expect(html).not.toMatch(/Confidence|service calls/);
  expect(html).toContain('<th>Header</th><th>Role</th></tr>');
});

test('with --verbose: the confidence of each column and the service calls of the build', () => {
  const out = join(dir, 'verbose.html');
  const run = runCli('analyze', file, '--verbose', '--out', out);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^ {5}Header +Role +Confidence$/m);
  expect(run.stdout).toMatch(/^ {2}B {2}Would you recommend the clinic\? \(0-10\) +score +[01]\.\d\d$/m);
  expect(run.stdout).toMatch(/^Report: .* \(\d+ Spreadsheet service calls, \d+ ms\)$/m);
  const html = readFileSync(out, 'utf8');
  expect(html).toContain('<th>Role</th><th class="n">Confidence</th>');
  expect(html).toMatch(/ · \d+ Spreadsheet service calls\.<\/p>/);
});

test('--json has them with or without --verbose', () => {
  for (const args of [[], ['--verbose']]) {
    const run = runCli('analyze', file, '--json', ...args);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.overall.nps).toBeCloseTo(100 / 3, 10);
    expect(doc.columns.every((c: { confidence: unknown }) => typeof c.confidence === 'number')).toBe(true);
    expect(doc.stats.serviceCalls).toBeGreaterThan(0);
  }
});
