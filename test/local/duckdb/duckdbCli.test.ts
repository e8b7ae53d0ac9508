/**
 * `nps-sheets sql …` and `nps-sheets analyze FILE --engine duckdb` as a user
 * runs them: the query printed, one-line refusals with exit 2 or 3, the
 * readable output saying what DuckDB leaves out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runCli } from '../cli/run';

const dir = mkdtempSync(join(tmpdir(), 'nps-duckdb-'));

test('sql prints the BigQuery count query with every name quoted', () => {
  const run = runCli('sql', '--dialect', 'bigquery', '--table', 'proj.survey.answers', '--score', 'Score`; DROP', '--date', 'Submitted', '--tz', 'Europe/Paris', '--period', 'week');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('FROM `proj`.`survey`.`answers`');
  expect(run.stdout).toContain('`Score\\`; DROP`');
  expect(run.stdout).toContain('ISOWEEK');
  expect(run.stdout.trimEnd().endsWith(';')).toBe(true);
});

test.each([
  [['sql', '--dialect', 'mysql', '--table', 't', '--score', 's'], /--dialect must be bigquery or duckdb \(got "mysql"\)/],
  [['sql', '--dialect', 'duckdb', '--score', 's'], /missing --table/],
  [['sql', '--dialect', 'duckdb', '--table', 't'], /missing --score-column/],
  [['sql', '--dialect', 'duckdb', '--table', 't', '--score', 's', '--tz', 'Mars/Base'], /unknown time zone "Mars\/Base"/],
  [['sql', '--dialect', 'bigquery', '--table', 'a..b', '--score', 's'], /empty part/],
  [['analyze', 'x.csv', '--engine', 'spark'], /--engine must be sheet or duckdb \(got "spark"\)/],
])('bad usage %j: exit 2 with one line', (args, message) => {
  const run = runCli(...(args as string[]));
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
});

test('an empty file, a workbook and a missing file get exit 3 and a reason', () => {
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '');
  const workbook = join(dir, 'answers.xlsx');
  writeFileSync(workbook, 'PK');
  for (const [file, message] of [[empty, /empty\.csv is empty/], [workbook, /is a workbook: --engine duckdb reads CSV, TSV and Parquet/], [join(dir, 'none.csv'), /none\.csv does not exist: check the path and try again/]] as const) {
    const run = runCli('analyze', file, '--engine', 'duckdb');
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(message);
  }
});

test('a file of headers only has no responses, as on the sheet path', () => {
  const file = join(dir, 'headers.csv');
  writeFileSync(file, 'Date,Score\n');
  const sheet = runCli('analyze', file);
  const duckdb = runCli('analyze', file, '--engine', 'duckdb');
  expect(duckdb.status).toBe(sheet.status);
  expect(duckdb.stderr).toBe(sheet.stderr);
});

test('float and label scores, text dates and a DST zone: the same counts as the sheet path, and the readable output says what is left out', () => {
  const file = join(dir, 'mixed.csv');
  writeFileSync(file, [
    'Submitted,How likely are you to recommend us? (0-10),Plan',
    '2025-03-09 01:30:00,10 - Extremely likely,Pro',
    '2025-03-09 03:30:00,9.0,Pro',
    '2025-11-02 01:30:00,7.5,Basic',
    '2025-11-02T06:30:00Z,0 – Not at all likely,Basic',
    '3/10/2025 9:00:00,8,Pro',
    '',
  ].join('\n'));
  const sheet = JSON.parse(runCli('analyze', file, '--json', '--tz', 'America/New_York', '--period', 'day').stdout);
  const run = runCli('analyze', file, '--json', '--tz', 'America/New_York', '--period', 'day', '--engine', 'duckdb');
  expect(run.status).toBe(0);
  const duckdb = JSON.parse(run.stdout);
  // By hand: 10, 9.0 → promoters; 8 → passive; 0 → detractor; 7.5 → ignored.
  expect(duckdb.overall).toMatchObject({ responses: 4, promoters: 2, passives: 1, detractors: 1, ignored: 1, nps: 25 });
  expect(duckdb.overall).toEqual(sheet.overall);
  expect(duckdb.periods.rows.map((r: { start: string; responses: number }) => [r.start, r.responses]).filter((r: [string, number]) => r[1] > 0))
    .toEqual([['2025-03-09', 2], ['2025-03-10', 1], ['2025-11-02', 1]]);
  expect(duckdb.periods).toEqual(sheet.periods);
  expect(duckdb.warnings.join(' ')).toMatch(/themes, people and drivers need every row/);
  const text = runCli('analyze', file, '--engine', 'duckdb');
  expect(text.status).toBe(0);
  expect(text.stdout).toMatch(/Counted by DuckDB/);
});

test('a file whose name DuckDB would read as a pattern (*, ?, [...]) is counted alone, not with the files the pattern matches', () => {
  const folder = mkdtempSync(join(tmpdir(), 'nps-pattern-'));
  // Three answers in the file asked for (P1 Pa1 D1: NPS 0), two promoters in each file its name would match.
  writeFileSync(join(folder, 'answers.csv'), 'Score\n10\n9\n');
  writeFileSync(join(folder, 'answers-2.csv'), 'Score\n10\n9\n');
  for (const name of ['answers*.csv', 'answers?2.csv', 'answers[-]2.csv']) {
    const file = join(folder, name);
    writeFileSync(file, 'Score\n10\n8\n0\n');
    const run = runCli('analyze', file, '--engine', 'duckdb', '--json');
    expect([name, run.status, run.stderr]).toEqual([name, 0, '']);
    expect(JSON.parse(run.stdout).overall).toMatchObject({ responses: 3, promoters: 1, passives: 1, detractors: 1, nps: 0 });
  }
  rmSync(folder, { recursive: true, force: true });
});

test('headers holding NUL bytes are read without them, as on the sheet path (no query can name a NUL)', () => {
  const file = join(dir, 'nul-headers.csv');
  // A header that is only a NUL becomes column2; "Pl\0an" becomes "Plan". Scores 9, 3, 10: P2 D1 of 3, NPS 100/3; a: 9, 10 (100), b: 3 (−100).
  writeFileSync(file, 'Sc\0ore,Pl\0an,\0\n9,a,1\n3,b,2\n10,a,3\n');
  const sheet = JSON.parse(runCli('analyze', file, '--json', '--segment-column', 'B').stdout);
  const run = runCli('analyze', file, '--json', '--segment-column', 'B', '--engine', 'duckdb');
  expect([run.status, run.stderr]).toEqual([0, '']);
  const duckdb = JSON.parse(run.stdout);
  expect(duckdb.overall).toMatchObject({ responses: 3, promoters: 2, detractors: 1 });
  expect(duckdb.overall.nps).toBeCloseTo(100 / 3, 10);
  expect(duckdb.segments[0].header).toBe('Plan');
  expect(duckdb.segments[0].rows.map((r: { value: string; nps: number }) => [r.value, r.nps])).toEqual([['a', 100], ['b', -100]]);
  expect(duckdb.overall).toEqual(sheet.overall);
  expect(duckdb.segments).toEqual(sheet.segments);
});

test('the exports of the test folder still run through the CLI', () => {
  const run = runCli('analyze', join(FIXTURES, 'google_forms_responses.csv'), '--engine', 'duckdb', '--json');
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).overall.responses).toBeGreaterThan(0);
});

test('a folder and a missing file get the sheet path\'s words; a pipe or device is refused by name', () => {
  for (const file of [dir, join(dir, 'gone.csv')]) {
    const sheet = runCli('analyze', file);
    const duckdb = runCli('analyze', file, '--engine', 'duckdb');
    expect([duckdb.status, duckdb.stderr]).toEqual([sheet.status, sheet.stderr]);
  }
  expect(runCli('analyze', join(dir, 'gone.csv'), '--engine', 'duckdb').stderr).toMatch(/gone\.csv does not exist: check the path and try again\./);
  const device = runCli('analyze', '/dev/null', '--engine', 'duckdb');
  expect(device.status).toBe(3);
  expect(device.stderr).toMatch(/null is not a file on disk \(a pipe or a device\): --engine duckdb reads files/);
});

test('a file whose name and headers try to end the SQL text are counted as any other', () => {
  const file = join(dir, `it's "x"; DROP TABLE responses; --.csv`);
  // By hand: 9, 10 promoters; 7 passive; 3 detractor → NPS (2 − 1) / 4 = 25.
  writeFileSync(file, `"When ""answered""","Score \`0-10\`; DROP TABLE x; --","Plan'); DELETE FROM responses; --"\n2025-01-01,9,a\n2025-01-02,10,b\n2025-01-03,7,a\n2025-01-04,3,b\n`);
  const run = runCli('analyze', file, '--json', '--engine', 'duckdb');
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).overall).toMatchObject({ responses: 4, promoters: 2, passives: 1, detractors: 1, nps: 25 });
  expect(JSON.parse(run.stdout).overall).toEqual(JSON.parse(runCli('analyze', file, '--json').stdout).overall);
});
