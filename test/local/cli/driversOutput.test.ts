/**
 * "What goes with the score" in the CLI (SPEC §10b): a wide survey prints
 * the chosen segment's table only and at most 10 drivers; JSON `drivers`
 * holds the rows NPS_DRIVERS returns for the same columns; the HTML page
 * shows them with a chart, every text from the data escaped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBareBundle } from '../../helpers/bareBundle';
import { runCli } from './run';

/** 12 two-answer questions: promoters mostly give the first answer, the others mostly the second. */
const QUESTIONS = [
  ['Region', 'North', 'South'], ['Plan', 'Pro', 'Free'], ['Team', 'Sales', 'Support'], ['Channel', 'Email', 'Phone'],
  ['Country', 'France', 'Spain'], ['Role', 'Admin', 'Member'], ['Industry', 'Retail', 'Banking'], ['Company size', 'Small', 'Large'],
  ['Device', 'Mobile', 'Desktop'], ['Browser', 'Chrome', 'Firefox'], ['Language', 'English', 'German'], ['Source', 'Ads', 'Referral'],
];
const SCORES = [10, 9, 10, 8, 2, 3, 9, 10, 1, 0, 7, 10];

let dir: string;
let wide: string;
const grid: string[][] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-drivers-'));
  grid.push(['Submitted', 'How likely are you to recommend us?', ...QUESTIONS.map((q) => q[0])]);
  for (let i = 0; i < 240; i++) {
    const score = SCORES[i % 12];
    const answers = QUESTIONS.map(([, first, second], k) => (score >= 9 ? (i % 5 === k % 5 ? second : first) : i % 7 === k % 7 ? first : second));
    grid.push([`2025-03-${String((i % 28) + 1).padStart(2, '0')}`, String(score), ...answers]);
  }
  wide = join(dir, 'wide.csv');
  writeFileSync(wide, `${grid.map((row) => row.join(',')).join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the readable output: one segment table, at most 10 drivers, and how many more there are', () => {
  const run = runCli('analyze', wide);
  expect(run.status).toBe(0);
  expect(run.stdout.match(/^NPS by /gm)).toEqual(['NPS by ', 'NPS by ']); // the month and the chosen segment
  const section = run.stdout.split('What goes with the score\n')[1].split('\n\n')[0].split('\n');
  expect(section[0]).toMatch(/^ {5}Question +Answer +Responses +NPS +vs rest$/);
  const drivers = section.filter((line) => /^ {2}[▲▼] {2}\S/.test(line));
  expect(drivers).toHaveLength(10);
  // Every question splits promoters from the rest: each answer is a driver, so more than 10 are significant.
  expect(section[section.length - 1]).toMatch(/Holm\)\. \d+ more in --json\.$/);
});

test('JSON drivers are the rows NPS_DRIVERS returns for the driver columns', () => {
  const run = runCli('analyze', wide, '--json');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout);
  const columns: number[] = json.mapping.segments;
  expect(columns.length).toBeGreaterThan(5);
  const bundle = loadBareBundle({ timeZone: 'UTC', locale: 'en_US' });
  const answers = grid.map((row) => columns.map((c) => row[c]));
  const scores = grid.slice(1).map((row) => [Number(row[1])]);
  const formula = bundle.call('NPS_DRIVERS', answers, scores) as unknown[][];
  const blank = (v: unknown) => (v === null ? '' : v);
  const fromJson = json.drivers.map((d: Record<string, unknown>) => [d.question, d.answer, d.responses, d.nps, blank(d.vsRest), blank(d.p), blank(d.pAdjusted), d.tested ? d.significant : '']);
  expect(fromJson).toEqual(formula.slice(1));
  for (const d of json.drivers) expect(d.column).toBe(columns[answers[0].indexOf(d.question)]);
});

test('the HTML page lists the drivers with a chart of their differences, the data escaped', () => {
  const file = join(dir, 'payload.csv');
  const rows = ['Submitted,How likely are you to recommend us?,Plan'];
  // 40 "<i>Pro</i>" answers scoring 10, 40 "Free" scoring 2.
  for (let i = 0; i < 80; i++) rows.push(`2025-04-${String((i % 28) + 1).padStart(2, '0')},${i < 40 ? 10 : 2},${i < 40 ? '<i>Pro</i>' : 'Free'}`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  const page = join(dir, 'payload.html');
  const run = runCli('analyze', file, '--out', page);
  expect(run.status).toBe(0);
  const html = readFileSync(page, 'utf8');
  const section = html.split('<h2>What goes with the score</h2>')[1].split('<h2>')[0];
  expect(section).toContain('<td>&lt;i&gt;Pro&lt;/i&gt;</td>');
  expect(section).not.toContain('<i>Pro');
  // Pro: NPS 100 against Free's −100: +200.
  expect(section).toContain('<span class="sig-up">+200.0</span>');
  expect(section).toMatch(/<svg class="chart" data-testid="chart-drivers"[^>]*aria-label="What goes with the score: NPS against the rest of the question"/);
  expect(section).toContain('&lt;i&gt;Pro&lt;/i&gt; (Plan)');
});
