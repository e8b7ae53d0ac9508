/**
 * `nps-sheets analyze FILE` without --json: the readable summary, with the
 * add-on's advice said in command-line terms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
