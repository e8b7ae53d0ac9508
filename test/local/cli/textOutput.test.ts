/**
 * `nps-sheets analyze FILE` without --json: the readable summary, with the
 * add-on's advice said in command-line terms.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-text-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a file with no segment column: three charts, and the option that adds NPS by segment', () => {
  const file = join(dir, 'plain.csv');
  // Scores 10, 9, 8, 0 in turn: 2 promoters, 1 passive, 1 detractor in every 4 rows → NPS 25.
  const rows = ['Submitted,How likely are you to recommend us?'];
  for (let i = 0; i < 40; i++) rows.push(`2025-03-${String((i % 28) + 1).padStart(2, '0')},${[10, 9, 8, 0][i % 4]}`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  const run = runCli('analyze', file);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^NPS 25\.0 · Good \(scale −100 to 100\)$/m);
  expect(run.stdout).toMatch(/^Report: Report ready in 'NPS · plain' — 3 charts \(--segment-column N adds NPS by segment\)$/m);
  expect(run.stdout).not.toContain('pick a segment column');
});

test('counts of one read in the singular: one response, one promoter, one row (text and HTML)', () => {
  const file = join(dir, 'single.csv');
  // One answer, a 10: 1 promoter, 0 passives, 0 detractors.
  writeFileSync(file, 'Answered on,How likely are you to recommend us?\r\n2025-07-14,10\r\n');
  const page = join(dir, 'single.html');
  const run = runCli('analyze', file, '--out', page);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^ {2}likely between .* · 1 response \(few responses\)$/m);
  expect(run.stdout).toMatch(/^ {2}1 promoter \(100\.0%\), 0 passives \(0\.0%\), 0 detractors \(0\.0%\); 0 ignored$/m);
  expect(run.stdout).toMatch(/, data rows 2–2 \(1 row\)$/m);
  expect(run.stdout).not.toMatch(/\b1 (responses|promoters|passives|detractors|rows)\b/);
  const html = readFileSync(page, 'utf8');
  expect(html).toContain('1 promoter (100.0 %)');
  expect(html).not.toMatch(/\b1 (responses|promoters|passives|detractors|rows)\b/);
});

test('one passive and one detractor among three answers read in the singular too', () => {
  const file = join(dir, 'three.csv');
  // 9 → promoter, 7 → passive, 3 → detractor: NPS 0.
  writeFileSync(file, 'When,Score (0-10)\n2025-02-01,9\n2025-02-02,7\n2025-02-03,3\n');
  const page = join(dir, 'three.html');
  const run = runCli('analyze', file, '--out', page);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^ {2}1 promoter \(33\.3%\), 1 passive \(33\.3%\), 1 detractor \(33\.3%\); 0 ignored$/m);
  expect(run.stdout).toMatch(/ · 3 responses \(few responses\)$/m);
  const html = readFileSync(page, 'utf8');
  expect(html).toContain('1 passive (33.3 %)');
  expect(html).toContain('1 detractor (33.3 %)');
});
