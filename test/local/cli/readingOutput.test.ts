/**
 * The readable output and the HTML page say what the numbers mean (issue
 * 10): the band on the −100…100 scale, the interval as its bounds, the
 * comparisons in words, significance as Yes ▲ / Yes ▼ / No and the
 * "few responses" mark. Figures are worked out by hand in each test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';
import { adjustedWald } from '../../helpers/adjustedWald';
import { differenceP } from '../../helpers/differenceP';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-reading-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV of one month's answers per entry: [month, promoters, passives, detractors, segment]. */
function survey(name: string, months: [string, number, number, number, string][]): string {
  const lines = ['Submitted,How likely are you to recommend us?,Plan'];
  for (const [month, promoters, passives, detractors, plan] of months) {
    const scores = [...new Array(promoters).fill(10), ...new Array(passives).fill(7), ...new Array(detractors).fill(2)];
    scores.forEach((score, i) => lines.push(`${month}-${String((i % 28) + 1).padStart(2, '0')},${score},${plan}`));
  }
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

test('70 promoters, 20 passives, 10 detractors: NPS 60.0, Excellent, likely between 45 and 71 (Rocks: 45.27 to 71.24)', () => {
  const file = survey('excellent.csv', [['2025-03', 70, 20, 10, 'Pro']]);
  const [low, high] = adjustedWald(70, 20, 10);
  expect([Math.round(low), Math.round(high)]).toEqual([45, 71]);
  const run = runCli('analyze', file);
  expect(run.status).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines[0]).toBe('NPS report · excellent.csv · Mar 2025 · 100 responses');
  expect(lines[1]).toBe('NPS 60.0 · Excellent (scale −100 to 100)');
  expect(lines[2]).toBe('  likely between 45 and 71 (95 % confidence) · 100 responses');
  expect(run.stdout).not.toMatch(/±/);
});

test('a real rise and a few-response month: comparisons in words, Yes ▲, the few-responses mark', () => {
  // Jan: 20 P, 20 Pa, 40 D (NPS −25); Feb: 5, 5, 10 (NPS −25, 20 answers: few); Mar: 60, 15, 5 (NPS 68.75).
  const file = survey('rise.csv', [
    ['2025-01', 20, 20, 40, 'Free'],
    ['2025-02', 5, 5, 10, 'Free'],
    ['2025-03', 60, 15, 5, 'Pro'],
  ]);
  const run = runCli('analyze', file, '--segment-column', '2');
  expect(run.status).toBe(0);
  const out = run.stdout;
  // Headline: 85 P, 40 Pa, 55 D of 180 → NPS 16.7, Good.
  expect(out).toContain('NPS 16.7 · Good (scale −100 to 100)');
  // Mar vs Feb and Mar vs Jan, Holm over the two: the smaller p doubled.
  const pPrevious = differenceP([60, 15, 5], [5, 5, 10]);
  const pFirst = differenceP([60, 15, 5], [20, 20, 40]);
  // Holm over two: both adjusted p-values are at most twice the larger p, far below 0.001.
  expect(2 * Math.max(pPrevious, pFirst)).toBeLessThan(0.001);
  expect(out).toMatch(/^ {2}Up 94 points since Feb 2025 — a real change \(p < 0\.001\)\n {2}Up 94 points since Jan 2025 — a real change \(p < 0\.001\)$/m);
  const feb = out.split('\n').find((l) => l.startsWith('  Feb 2025'))!;
  expect(feb).toMatch(/few responses$/);
  const mar = out.split('\n').find((l) => l.startsWith('  Mar 2025'))!;
  expect(mar).toContain('Yes ▲');
  // Segments: Free (30 P, 25 Pa, 50 D of 105… ) against the rest (Pro): a significant fall for Free.
  const free = out.split('\n').find((l) => l.startsWith('  Free'))!;
  expect(free).toContain('Yes ▼');
  expect(out).toContain('allowing for the 2 comparisons in the table (Holm)');
});

test('the HTML page states the same facts: band, range, comparisons, significance in words; no ±', () => {
  const file = survey('page.csv', [
    ['2025-01', 20, 20, 40, 'Free'],
    ['2025-03', 60, 15, 5, 'Pro'],
  ]);
  const out = join(dir, 'page.html');
  const run = runCli('analyze', file, '--out', out);
  expect(run.status).toBe(0);
  const html = readFileSync(out, 'utf8');
  // 80 P, 35 Pa, 45 D of 160 → NPS 21.9, Good.
  expect(html).toContain('<b data-testid="overall-nps">21.9</b>');
  expect(html).toContain('data-testid="nps-band">Good</span>');
  const [low, high] = adjustedWald(80, 35, 45);
  expect(html).toContain(`NPS likely between ${Math.round(low)} and ${Math.round(high)} (95 % confidence) · 160 responses`);
  expect(html).toContain('<li>Up 94 points since Jan 2025 — a real change (p &lt; 0.001)</li>');
  expect(html).toContain('Yes ▲');
  expect(html).toContain('Jan 2025 to Mar 2025 · 160 responses');
  expect(html).not.toContain('±');
  expect(html).toMatch(/@media print/);
});
