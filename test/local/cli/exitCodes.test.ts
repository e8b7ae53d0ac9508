/**
 * Exit codes of `nps-sheets analyze` (SPEC §6): 2 for bad usage, 3 when the
 * file cannot be read or has no score column — always with one line on
 * stderr and nothing on stdout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runCli } from './run';

const FORMS = join(FIXTURES, 'google_forms_responses.csv');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Asserts the exit code and a single, non-empty line on stderr; returns that line. */
function expectFailure(args: string[], code: number): string {
  const run = runCli(...args);
  expect(run.status).toBe(code);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(run.stderr.endsWith('\n')).toBe(true);
  return lines[0];
}

describe('exit 2: bad usage', () => {
  test('an unknown option', () => {
    expect(expectFailure(['analyze', FORMS, '--colour', 'red'], 2)).toBe('nps-sheets: unknown option --colour (see --help)');
  });

  test('a period that does not exist', () => {
    expect(expectFailure(['analyze', FORMS, '--period', 'fortnight'], 2)).toBe(
      'nps-sheets: --period must be one of day, week, week-sunday, month, quarter, year (got "fortnight")',
    );
  });

  test.each(['1.5', '0', '1', '95', 'abc'])('a confidence of %s (outside (0, 1))', (value) => {
    expect(expectFailure(['analyze', FORMS, '--confidence', value], 2)).toContain('--confidence must be a number strictly between 0 and 1');
  });

  test('a time zone or locale that does not exist', () => {
    expect(expectFailure(['analyze', FORMS, '--tz', 'Mars/Olympus'], 2)).toBe('nps-sheets: --tz: unknown time zone "Mars/Olympus" (use an IANA name such as Europe/Paris, or a fixed offset such as GMT-07:00)');
    expect(expectFailure(['analyze', FORMS, '--locale', 'en-us'], 2)).toBe('nps-sheets: --locale must look like en_US or de_DE (got "en-us")');
    expect(expectFailure(['analyze', FORMS, '--locale', 'xx'], 2)).toBe(
      'nps-sheets: --locale: unknown language or region in "xx" (use a locale such as en_US, en_GB, de_DE)',
    );
    expect(expectFailure(['analyze', FORMS, '--locale', 'en_XX'], 2)).toContain('unknown language or region in "en_XX"');
  });

  test('no file argument', () => {
    expect(expectFailure(['analyze'], 2)).toBe('nps-sheets: missing FILE: nps-sheets analyze FILE [options]');
    expect(expectFailure(['analyze', '--json'], 2)).toContain('missing FILE');
  });

  test('an unknown command', () => {
    expect(expectFailure(['analyse', FORMS], 2)).toContain('unknown command "analyse"');
  });

  test('a column override beyond the table', () => {
    expect(expectFailure(['analyze', FORMS, '--score-column', '9'], 2)).toBe('nps-sheets: --score-column 9: the table has 4 columns, A–D (0–3); choose one of those');
  });

  test('--help prints the usage and exits 0', () => {
    const run = runCli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: nps-sheets analyze FILE [options]');
  });
});

describe('exit 3: the file cannot be used', () => {

  test('--score-column on a column without a single 0–10 answer: exit 3, a reason for the command line', () => {
    const line = expectFailure(['analyze', FORMS, '--score-column', '0'], 3);
    expect(line).toMatch(/^nps-sheets: google_forms_responses\.csv: No report was built: “Timestamp” holds no 0–10 answers \(240 other values\)\. Choose the column with the 0–10 answers with --score-column N\.$/);
  });
  test('a missing file', () => {
    const missing = join(dir, 'nope.csv');
    expect(expectFailure(['analyze', missing], 3)).toBe(`nps-sheets: ${missing} does not exist: check the path and try again.`);
  });

  test('a binary file', () => {
    const binary = join(dir, 'photo.csv');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    expect(expectFailure(['analyze', binary], 3)).toContain('photo.csv is not a text or Excel file');
  });

  test('a CSV with only a 1–5 scale has no score column', () => {
    const file = join(dir, 'satisfaction.csv');
    const rows = ['Submitted,How satisfied are you? (1-5),Team'];
    for (let i = 0; i < 60; i++) rows.push(`2025-03-${String((i % 28) + 1).padStart(2, '0')},${(i % 5) + 1},${i % 2 ? 'Sales' : 'Support'}`);
    writeFileSync(file, `${rows.join('\n')}\n`);
    const line = expectFailure(['analyze', file], 3);
    expect(line).toMatch(/^nps-sheets: satisfaction\.csv: no score column found/);
  });

  test('a CSV of one row per answer (Question | Answer) says so and names the recommend question', () => {
    const file = join(dir, 'long.csv');
    const rows = ['ResponseId,RecordedDate,Question,Answer'];
    for (let i = 0; i < 40; i++) {
      const date = `2025-03-${String((i % 28) + 1).padStart(2, '0')}`;
      rows.push(`R_${i},${date},How likely are you to recommend us?,${i % 11}`);
      rows.push(`R_${i},${date},How satisfied are you?,${(i % 5) + 1}`);
      rows.push(`R_${i},${date},What could we improve?,${i % 2 ? 'faster support' : ''}`);
    }
    writeFileSync(file, `${rows.join('\n')}\n`);
    const line = expectFailure(['analyze', file], 3);
    expect(line).toMatch(/^nps-sheets: long\.csv: "long" has one row per answer: column C \(Question\) names the question and column D \(Answer\)/);
    expect(line).toContain('Copy the rows of “How likely are you to recommend us?” to a sheet of their own');
    expect(line).toMatch(/analyze those rows alone\.$/);
  });
});
