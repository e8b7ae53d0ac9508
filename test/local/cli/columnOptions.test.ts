/**
 * --score-column, --date-column and --segment-column take a column letter
 * (any case) or a 0-based number (SPEC §6), and refuse, with exit 2 and a
 * sentence naming the column, a column beyond the table or one column asked
 * to play two roles (including the detected score column).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnIndexOf } from '../../../src/local/cli/args';
import { runCli, type CliRun } from './run';

let dir: string;
let wide: string;

/**
 * 28 columns, A–AB: A the date, B "How likely…" (every answer 10), C–Z
 * other questions in words, AA a second 0–10 question, AB the team.
 * AA cycles 10, 10, 10, 8, 0 over 20 rows: 12 promoters, 4 passives,
 * 4 detractors → NPS (12 − 4) / 20 = 40. Rows 0–7 are North: 10 10 10 8 0
 * 10 10 10 → (6 − 1) / 8 = 62.5; rows 8–19 South: 8 0 10 10 10 8 0 10 10 10 8 0
 * → (6 − 3) / 12 = 25.
 */
function wideSurvey(): string {
  const others = Array.from({ length: 24 }, (_, i) => `Question ${i + 3}`);
  const rows = [['Submitted', 'How likely are you to recommend us to a friend?', ...others, 'Ease of setup (0-10)', 'Team'].join(';')];
  for (let i = 0; i < 20; i++) {
    const words = others.map((_, j) => ['fine', 'good', 'ok', 'meh'][(i + j) % 4]);
    rows.push([`2025-06-${String(i + 1).padStart(2, '0')}`, '10', ...words, String([10, 10, 10, 8, 0][i % 5]), i < 8 ? 'North' : 'South'].join(';'));
  }
  return `${rows.join('\n')}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-columns-'));
  wide = join(dir, 'wide survey.csv');
  writeFileSync(wide, wideSurvey());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function json(run: CliRun) {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

/** The single stderr line of a refused run with exit 2. */
function refusal(...args: string[]): string {
  const run = runCli('analyze', wide, ...args);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trimEnd();
}

describe('letters or numbers', () => {
  test('without options, the recommend question is the score: every answer 10 → NPS 100', () => {
    expect(json(runCli('analyze', wide, '--json')).overall.nps).toBe(100);
  });

  test.each(['AA', 'aa', 'Aa', '26'])('--score-column %s is column AA: NPS 40', (given) => {
    const doc = json(runCli('analyze', wide, '--json', '--score-column', given));
    expect(doc.mapping.score).toBe(26);
    expect(doc.overall).toMatchObject({ responses: 20, promoters: 12, passives: 4, detractors: 4, nps: 40 });
  });

  test.each([['AB'], ['ab'], ['27']])('--segment-column %s breaks the NPS down by team', (given) => {
    const doc = json(runCli('analyze', wide, '--json', '--score-column', 'AA', '--segment-column', given));
    expect(doc.segments).toHaveLength(1);
    expect(doc.segments[0].column).toBe(27);
    const byTeam = Object.fromEntries(doc.segments[0].rows.map((r: { value: string; nps: number; responses: number }) => [r.value, [r.responses, r.nps]]));
    expect(byTeam).toEqual({ North: [8, 62.5], South: [12, 25] });
  });

  test('the readable output names the segment column given by letter', () => {
    const run = runCli('analyze', wide, '--score-column=aa', '--segment-column=AB');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^NPS 40\.0 · Good /m);
    expect(run.stdout).toMatch(/^NPS by Team\n(?:.*\n){1,2} {2}North +8 +62\.5 /m);
  expect(run.stdout).toMatch(/^NPS by Team\n(?:.*\n){1,2} {2}South +12 +25\.0 /m);
  });

  test('columnIndexOf reads letters as the sheet names columns', () => {
    expect([columnIndexOf('A'), columnIndexOf('z'), columnIndexOf('AA'), columnIndexOf('AZ'), columnIndexOf('BA'), columnIndexOf('ZZ'), columnIndexOf('AAA')]).toEqual([
      0, 25, 26, 51, 52, 701, 702,
    ]);
    expect([columnIndexOf('0'), columnIndexOf('12')]).toEqual([0, 12]);
    for (const bad of ['', 'A1', '-1', '1.5', 'AAAA', 'É', ' B']) expect(columnIndexOf(bad)).toBeNull();
  });

  test.each(['A1', '-1', '1.5', 'AAAA', 'Ä'])('--segment-column %s is neither a letter nor a number: exit 2', (given) => {
    expect(refusal('--segment-column', given)).toBe(
      `nps-sheets: --segment-column must be a column letter such as D or AA, or a 0-based column number such as 3 (got "${given}")`,
    );
  });
});

describe('a column beyond the table', () => {
  test.each([
    ['--segment-column', 'AC'],
    ['--segment-column', 'ac'],
    ['--score-column', '28'],
    ['--date-column', 'ZZZ'],
    ['--date-column', '1000'],
  ])('%s %s: exit 2, the columns there are', (option, given) => {
    expect(refusal(option, given)).toBe(`nps-sheets: ${option} ${given}: the table has 28 columns, A–AB (0–27); choose one of those`);
  });

  test('a one-column table says so in the singular', () => {
    const file = join(dir, 'one.csv');
    writeFileSync(file, `${['How likely are you to recommend us?', ...Array.from({ length: 12 }, (_, i) => String(i % 11))].join('\n')}\n`);
    const run = runCli('analyze', file, '--segment-column', 'B');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('nps-sheets: --segment-column B: the table has 1 column, A (0); choose one of those\n');
  });
});

describe('one column, two roles', () => {
  const B = 'column B (“How likely are you to recommend us to a friend?”)';

  test.each(['1', 'B', 'b'])('--date-column %s names the detected score column', (given) => {
    expect(refusal('--date-column', given)).toBe(
      `nps-sheets: --date-column ${given} is the score column, ${B}; choose another column for dates (or name the score column with --score-column)`,
    );
  });

  test('--segment-column on the detected score column', () => {
    expect(refusal('--segment-column', '1')).toBe(
      `nps-sheets: --segment-column 1 is the score column, ${B}; choose another column to break the NPS down by (or name the score column with --score-column)`,
    );
  });

  test('the same column for two options, however spelled', () => {
    expect(refusal('--date-column', 'AB', '--segment-column', '27')).toBe(
      'nps-sheets: --date-column AB and --segment-column 27 both name column AB (“Team”); give each option its own column',
    );
    expect(refusal('--score-column', '26', '--date-column', 'aa')).toBe(
      'nps-sheets: --score-column 26 and --date-column aa both name column AA (“Ease of setup (0-10)”); give each option its own column',
    );
    expect(refusal('--score-column', 'AA', '--segment-column', 'AA')).toContain('--score-column AA and --segment-column AA both name column AA');
  });

  test('once another score column is named, the detected one may be a segment', () => {
    const doc = json(runCli('analyze', wide, '--json', '--score-column', 'AA', '--segment-column', 'B'));
    expect(doc.mapping.score).toBe(26);
    expect(doc.segments[0].rows).toEqual([expect.objectContaining({ value: '10', responses: 20, nps: 40 })]);
  });
});
