/**
 * Bad input for "What customers say" and "People" through the CLI as a user
 * runs it: a people column with blanks, spaces and mixed case, answers with
 * no date or no valid score, and comments that are HTML, formulas, terminal
 * escapes, 50,000 characters, emoji only or blank. The figures are worked
 * out by hand below; nothing from the data may run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adjustedWald } from '../../helpers/adjustedWald';
import { runCli } from './run';

/** Every character that must not reach a terminal raw (tab and newline are ours to print). */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'nps-cli-people-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeCsv(name: string, rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, `${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`);
  return file;
}

test('people with blanks, spaces and mixed case, an undated answer and an invalid score: each person once, by hand', () => {
  const rows = [
    ['Submitted', 'How likely are you to recommend us? (0-10)', 'Email address'],
    ['2025-01-05', '3', 'ann@example.com'],
    ['2025-03-10', '9', '  Ann@Example.COM '], // the same person: latest answer 9, moved detractor → promoter
    ['2025-01-07', '10', 'bob@example.com'],
    ['2025-02-01', '6', 'BOB@example.com'],
    ['2025-04-01', '8', 'bob@example.com'], // latest 8; previous 6: detractor → passive
    ['2025-02-02', '7', 'cat@example.com'],
    ['2025-01-15', '9', 'dan@example.com'],
    ['', '0', 'dan@example.com'], // no date: left out, dan answered once
    ['2025-02-03', '10', ''], // no person
    ['2025-02-04', '2', ''],
    ['2025-02-05', '5', '   '],
    ['2025-03-01', 'n/a', 'eve@example.com'], // no valid score: eve is nobody
  ];
  // 24 people who answered once, scores 10, 9, 8, 7, 6, 0 in turn: 8 promoters, 8 passives, 8 detractors.
  for (let i = 0; i < 24; i++) rows.push([`2025-03-${String(i + 1).padStart(2, '0')}`, String([10, 9, 8, 7, 6, 0][i % 6]), `p${i}@example.org`]);
  const file = writeCsv('people.csv', rows);
  const run = runCli('analyze', file, '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.mapping.respondent).toBe(2);
  // People: ann, bob, cat, dan and the 24 → 28. Latest: ann 9, dan 9 (promoters), bob 8, cat 7 (passives).
  // Promoters 2 + 8 = 10, passives 2 + 8 = 10, detractors 8 → NPS (10 − 8) / 28 × 100.
  // Responses (valid dated answers of people): ann 2 + bob 3 + cat 1 + dan 1 + 24 = 31; repeat people: ann and bob.
  // Left out: 3 rows with no person, 1 with no valid score, 1 with no date = 5.
  const p = report.people;
  expect({ people: p.people, promoters: p.promoters, passives: p.passives, detractors: p.detractors, responses: p.responses, repeatPeople: p.repeatPeople, ignored: p.ignored })
    .toEqual({ people: 28, promoters: 10, passives: 10, detractors: 8, responses: 31, repeatPeople: 2, ignored: 5 });
  expect(p.nps).toBeCloseTo((2 / 28) * 100, 9);
  const [low, high] = adjustedWald(10, 10, 8);
  expect(p.ci[0]).toBeCloseTo(low, 9);
  expect(p.ci[1]).toBeCloseTo(high, 9);
  expect(p.movement).toEqual({
    promoter: { promoter: 0, passive: 0, detractor: 0 },
    passive: { promoter: 0, passive: 0, detractor: 0 },
    detractor: { promoter: 1, passive: 1, detractor: 0 },
  });
  // All 35 valid answers: promoters 9, 10, 9, 10 and 8 = 12; passives 8, 7 and 8 = 10; detractors 3, 6, 0, 2, 5 and 8 = 13.
  expect(p.allNps).toBeCloseTo(((12 - 13) / 35) * 100, 9);
  expect(report.themes).toBeNull();
  expect(run.stdout).not.toMatch(/@example/);

  const readable = runCli('analyze', file);
  expect(readable.stdout).toContain('  By their latest answer: 10 promoters, 10 passives, 8 detractors; 2 of 28 answered more than once');
  expect(readable.stdout).toContain('  5 rows left out (no person, no 0–10 answer or no readable date).');
  expect(readable.stdout).not.toContain('What customers say');
  expect(readable.stdout).not.toMatch(/@example/);
});

test('no comment or e-mail column: themes and people are null, and the summary has neither section', () => {
  const rows = [['Date', 'How likely are you to recommend us?']];
  for (let i = 0; i < 30; i++) rows.push([`2025-02-${String((i % 28) + 1).padStart(2, '0')}`, String(i % 11)]);
  const run = runCli('analyze', writeCsv('plain.csv', rows), '--json');
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.themes).toBeNull();
  expect(report.people).toBeNull();
  expect(report.mapping.respondent).toBeNull();
  const readable = runCli('analyze', join(dir, 'plain.csv')).stdout;
  expect(readable).not.toMatch(/What customers say|^People/m);
});

describe('hostile comments', () => {
  const LONG = `refund ${'never arrived '.repeat(3571)}`.slice(0, 50_000);
  const DETRACTOR_COMMENTS = [
    '<script>window.__pwned=1</script> refund never came',
    '=HYPERLINK("http://evil.example","refund") refund please',
    '\u001b[2J\u001b]0;pwned\u0007refund refused\u202Egnp.exe',
    LONG,
    '<img src=x onerror=window.__pwned=1> refund denied',
    '@SUM(1) refund',
  ];
  const PROMOTER_COMMENTS = ['great team', 'great service', 'simply great', '👍🎉', ''];
  let file: string;
  beforeAll(() => {
    const rows = [['Date', 'How likely are you to recommend us?', 'Why?']];
    // 60 detractors (score 2) whose comments all mention "refund", 60 promoters (10) saying "great", emoji only or nothing.
    for (let i = 0; i < 120; i++) {
      const detractor = i % 2 === 0;
      const comment = detractor ? DETRACTOR_COMMENTS[(i / 2) % DETRACTOR_COMMENTS.length] : PROMOTER_COMMENTS[((i - 1) / 2) % PROMOTER_COMMENTS.length];
      rows.push([`2025-0${(i % 6) + 1}-${String((i % 27) + 1).padStart(2, '0')}`, detractor ? '2' : '10', comment]);
    }
    file = writeCsv('hostile.csv', rows);
  });

  test('--json: the comments come back as the same text, escaped the JSON way; blank and emoji-only ones are not themes', () => {
    const run = runCli('analyze', file, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const themes = JSON.parse(run.stdout).themes;
    const refund = themes.rows.find((r: { theme: string }) => r.theme.split(' ').includes('refund'));
    expect(refund).toMatchObject({ leans: 'Detractors', mentions: 60, promoters: 0, detractors: 60, nps: -100 });
    expect(DETRACTOR_COMMENTS).toContain(refund.example);
    const great = themes.rows.find((r: { theme: string }) => r.theme === 'great');
    expect(great).toMatchObject({ leans: 'Promoters', mentions: 36, promoters: 36, nps: 100 });
    // 120 rows: 12 blank comments (no comment), 12 emoji only (left out and counted), 96 read.
    expect(themes.comments).toBe(96);
    expect(themes.ignored).toBe(12);
    expect(themes.rows.every((r: { theme: string }) => /\p{L}/u.test(r.theme))).toBe(true);
  });

  test('the summary shows them inert: escapes visible, the long one cut, no raw control', () => {
    const run = runCli('analyze', file);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('What customers say (Why?)');
    expect(Math.max(...run.stdout.split('\n').map((l) => l.length))).toBeLessThan(400);
  });

  test('the page shows them as text: no tag from the data, no raw control', () => {
    const out = join(dir, 'hostile.html');
    const run = runCli('analyze', file, '--out', out);
    expect(run.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2>What customers say</h2>');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toMatch(RAW_CONTROL);
    expect(html.length).toBeLessThan(200_000);
  });
});
