/**
 * --respondent-column and --comment-column: an id column counts people only
 * when the user names it (response ids are not people), the comments read
 * for themes can be another text column, and a column named for two roles
 * (or the score column) is refused with exit 2 and a sentence.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';

let dir: string;
let file: string;
/**
 * 10 customers (C-01…C-10) answer three times, in January, February and March.
 * January: all 0. February: all 8. March: 10 for C-01…C-05, 3 for C-06…C-10.
 * "Why?" has a comment on every row; "Anything else?" only in March (10 rows).
 */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-people-options-'));
  const rows = ['Date,How likely are you to recommend us?,Customer ID,Why?,Anything else?'];
  for (const [month, scoreOf] of [['01', () => 0], ['02', () => 8], ['03', (k: number) => (k < 5 ? 10 : 3)]] as const) {
    for (let k = 0; k < 10; k++) {
      const score = scoreOf(k);
      const why = score >= 9 ? 'friendly support team' : score <= 6 ? 'slow app and crashes' : 'fine overall';
      const more = month === '03' ? (score >= 9 ? 'keep going' : 'please fix the crashes') : '';
      rows.push(`2025-${month}-${10 + k},${score},C-${String(k + 1).padStart(2, '0')},${why},${more}`);
    }
  }
  file = join(dir, 'customers.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function json(...args: string[]) {
  const run = runCli('analyze', file, '--json', ...args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

test('an id column counts people only when named with --respondent-column', () => {
  expect(json().people).toBeNull();
  const report = json('--respondent-column', 'C');
  expect(report.mapping.respondent).toBe(2);
  // Latest answers (March): 5 promoters, 5 detractors → NPS 0. Everyone answered 3 times: 30 responses, 10 repeat people,
  // each moving from February's passive to March's answer: 5 passive → promoter, 5 passive → detractor.
  expect(report.people).toMatchObject({ people: 10, promoters: 5, passives: 0, detractors: 5, nps: 0, responses: 30, repeatPeople: 10, ignored: 0 });
  expect(report.people.movement).toEqual({
    promoter: { promoter: 0, passive: 0, detractor: 0 },
    passive: { promoter: 5, passive: 0, detractor: 5 },
    detractor: { promoter: 0, passive: 0, detractor: 0 },
  });
  // All 30 answers: 5 promoters, 10 passives, 15 detractors → (5 − 15) / 30 × 100.
  expect(report.people.allNps).toBeCloseTo(-100 / 3, 9);
  const text = runCli('analyze', file, '--respondent-column', '2').stdout;
  expect(text).toContain('People (Customer ID)');
  expect(text).not.toContain('C-01');
});

test('--comment-column reads the themes from the column named', () => {
  const why = json('--comment-column', 'D');
  expect(why.mapping.comments[0]).toBe(3);
  expect(why.themes.comments).toBe(30);
  const more = json('--comment-column', 'E');
  expect(more.mapping.comments).toEqual([4]);
  // Only the March rows have something else to say.
  expect(more.themes.comments).toBe(10);
});

test('one column for two roles, or the score column as the people, is refused with a sentence', () => {
  const both = runCli('analyze', file, '--comment-column', 'C', '--respondent-column', 'c');
  expect(both.status).toBe(2);
  expect(both.stderr.trim()).toBe('nps-sheets: --comment-column C and --respondent-column c both name column C (“Customer ID”); give each option its own column');
  const score = runCli('analyze', file, '--respondent-column', 'B');
  expect(score.status).toBe(2);
  expect(score.stderr.trim()).toBe(
    'nps-sheets: --respondent-column B is the score column, column B (“How likely are you to recommend us?”); choose another column for the people who answered (or name the score column with --score-column)',
  );
  const beyond = runCli('analyze', file, '--respondent-column', 'Z');
  expect(beyond.status).toBe(2);
  expect(beyond.stderr).toContain('--respondent-column Z: the table has 5 columns, A–E (0–4); choose one of those');
});
