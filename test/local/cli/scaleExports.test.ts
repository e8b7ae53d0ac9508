/**
 * Exports whose score column is not coded 0–10 (SPEC 10b), written with
 * their truth by scripts/make-scale-fixtures.mjs: `analyze --json` says which
 * scale it read (`overall.scale`) and warns in `warnings`; the readable
 * output and the HTML page carry the same warning. The counts against the
 * truth (the 0–10 answers before coding) are checked with every unseen
 * export in unseenExports.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runCli } from './run';

const DIR = join(FIXTURES, 'unseen', 'scales');

interface ScaleTruth {
  file: string;
  timeZone: string;
  locale: string;
  args: string[];
  overall: { responses: number; promoters: number; passives: number; detractors: number; ignored: number };
  scale: string;
  /** Words the scale's warning must hold. */
  warning: string;
}

const truths: ScaleTruth[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.truth.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')));

test('there are 1–11, 1–10 and forced-rating exports', () => {
  expect(truths.map((t) => t.scale).sort()).toEqual(expect.arrayContaining(['0-10', '1-11 recoded']));
  expect(truths.length).toBeGreaterThanOrEqual(5);
});

describe.each(truths.map((t) => [t.file, t] as const))('analyze scales/%s', (_, truth) => {
  test('JSON overall.scale, the counts of the 0–10 truth and the warning', () => {
    const run = runCli('analyze', join(DIR, truth.file), '--json', '--tz', truth.timeZone, '--locale', truth.locale, ...truth.args);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.overall.scale).toBe(truth.scale);
    const { responses, promoters, passives, detractors, ignored } = report.overall;
    expect({ responses, promoters, passives, detractors, ignored }).toEqual(truth.overall);
    expect(report.warnings.filter((w: string) => w.includes(truth.warning))).toHaveLength(1);
  });
});

test('the readable output and the HTML page say the answers were read as one less', () => {
  const truth = truths.find((t) => t.scale === '1-11 recoded')!;
  const dir = mkdtempSync(join(tmpdir(), 'nps-scales-'));
  try {
    const out = join(dir, 'report.html');
    const run = runCli('analyze', join(DIR, truth.file), '--tz', truth.timeZone, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Note: .*is coded 1–11 with no 0.*read as one less/);
    expect(readFileSync(out, 'utf8')).toMatch(/is coded 1–11 with no 0[^<]*read as one less/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
