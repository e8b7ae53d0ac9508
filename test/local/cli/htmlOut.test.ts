/**
 * `--out report.html`: one self-contained page (no request to any host, no
 * script) with the summary, the tables and the report's four charts, and
 * the user's text escaped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runCli, truthOf } from './run';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-html-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('writes a self-contained page with the summary, tables and four charts', () => {
  const truth = truthOf('google_forms_responses');
  const out = join(dir, 'report.html');
  const run = runCli('analyze', join(FIXTURES, truth.file), '--tz', truth.timeZone, '--out', out);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`Written: ${out}`);
  const html = readFileSync(out, 'utf8');
  expect(html).not.toMatch(/https?:\/\//i);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|src=/i);
  expect(html).toContain(truth.overall.nps.toFixed(1));
  expect(html).toContain('NPS by month');
  expect(html).toContain('How did you hear about us?');
  // The four charts, and the themes chart: the export's comments lean to each side.
  for (const n of [0, 1, 2, 3, 4]) expect(html).toContain(`data-testid="chart-${n}"`);
  expect(html).toContain('What customers say: NPS of those who mention each theme');
  expect(html).not.toContain('data-testid="chart-5"');
});

test('escapes the text of the user\'s cells', () => {
  const file = join(dir, 'payload.csv');
  const rows = ['Timestamp,How likely are you to recommend us? <img src=x onerror=window.__pwned=1>,Why?,<script>alert(1)</script>'];
  for (let i = 0; i < 40; i++) {
    const segment = i % 2 ? '<img src=x onerror=window.__pwned=1>' : '=HYPERLINK("x")';
    rows.push(`2025-0${(i % 3) + 1}-1${i % 9},${i % 11},"<script>window.__pwned=1</script>",${segment}`);
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
  const out = join(dir, 'payload.html');
  const run = runCli('analyze', file, '--out', out, '--segment-column', '3');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const html = readFileSync(out, 'utf8');
  expect(html).not.toMatch(/<script|<img/i);
  expect(html).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
  expect(html).toContain('=HYPERLINK(&quot;x&quot;)');
});
