/**
 * `nps-sheets analyze FILE --json` on the three fixtures, checked against
 * their truth files (figures computed independently of the code base), and
 * the exact shape of SPEC §6.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adjustedWald } from '../../helpers/adjustedWald';
import { FIXTURES, runCli, truthOf, type TruthTally } from './run';

const FIXTURE_NAMES = ['google_forms_responses', 'surveymonkey_sample', 'qualtrics_sample'];

import type { TallySummary as JsonTally } from '../../../src/shared/contract';

function counts(t: JsonTally | TruthTally) {
  return { responses: t.responses, promoters: t.promoters, passives: t.passives, detractors: t.detractors };
}

describe.each(FIXTURE_NAMES)('nps-sheets analyze %s.csv --json', (name) => {
  const truth = truthOf(name);
  let report: any;

  beforeAll(() => {
    const run = runCli('analyze', join(FIXTURES, truth.file), '--json', '--tz', truth.timeZone);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout);
  });

  test('has exactly the keys of SPEC §6, in order', () => {
    expect(Object.keys(report)).toEqual(['file', 'sheet', 'timeZone', 'table', 'columns', 'mapping', 'alternativeScores', 'overall', 'periods', 'comparisons', 'segments', 'themes', 'people', 'drivers', 'warnings', 'stats']);
    expect(report.file).toBe(truth.file);
    expect(report.sheet).toBe(name);
    expect(report.timeZone).toBe(truth.timeZone);
    expect(Object.keys(report.table)).toEqual(['headerRow', 'headerRows', 'firstDataRow', 'lastRow']);
    expect(Object.keys(report.columns[0])).toEqual(['index', 'letter', 'header', 'role', 'confidence']);
    expect(Object.keys(report.mapping)).toEqual(['score', 'date', 'segments', 'comments', 'respondent']);
    expect(Object.keys(report.overall)).toEqual(['responses', 'promoters', 'passives', 'detractors', 'ignored', 'nps', 'ci', 'moe', 'band', 'fewResponses', 'scale']);
    expect(Object.keys(report.periods.rows[0])).toEqual(['start', 'label', 'responses', 'promoters', 'passives', 'detractors', 'nps', 'ci', 'change', 'significant', 'p', 'pAdjusted', 'fewResponses']);
    expect(Object.keys(report.segments[0])).toEqual(['column', 'header', 'rows']);
    expect(Object.keys(report.segments[0].rows[0])).toEqual(['value', 'responses', 'promoters', 'passives', 'detractors', 'nps', 'ci', 'vsRest', 'p', 'pAdjusted', 'significant', 'fewResponses']);
    expect(Object.keys(report.stats)).toEqual(['serviceCalls', 'rows', 'ms']);
  });

  test('finds the table below the header rows', () => {
    expect(report.table.headerRow).toBe(1);
    expect(report.table.headerRows).toBe(truth.headerRows);
    expect(report.table.firstDataRow).toBe(1 + truth.headerRows);
    expect(report.stats.rows).toBe(report.table.lastRow - report.table.firstDataRow + 1);
  });

  test('maps the score, date and segment columns (0-based)', () => {
    expect(report.mapping.score).toBe(truth.scoreColumn);
    expect(truth.dateColumnsAccepted ?? [truth.dateColumn]).toContain(report.mapping.date);
    expect(report.mapping.segments).toEqual(truth.segmentColumns);
    expect(report.columns.map((c: { index: number }) => c.index)).toEqual(report.columns.map((_: unknown, i: number) => i));
    expect(report.columns[truth.scoreColumn].role).toBe('score');
    expect(report.columns[0].letter).toBe('A');
  });

  test('overall counts and NPS match the truth; interval and margin are the unrounded adjusted-Wald figures', () => {
    expect(counts(report.overall)).toEqual(counts(truth.overall));
    expect(report.overall.nps).toBeCloseTo(truth.overall.nps, 10);
    expect(report.overall.ignored).toBe(0);
    const [low, high] = adjustedWald(truth.overall.promoters, truth.overall.passives, truth.overall.detractors);
    expect(report.overall.ci[0]).toBeCloseTo(low, 9);
    expect(report.overall.ci[1]).toBeCloseTo(high, 9);
    expect(report.overall.moe).toBeCloseTo((high - low) / 2, 9);
  });

  test('the overall band follows the seeds\' thresholds (≤ 0, below 50, below 70, 70 and up) and few responses is under 30', () => {
    const nps = truth.overall.nps;
    const band = nps <= 0 ? 'Needs improvement' : nps < 50 ? 'Good' : nps < 70 ? 'Excellent' : 'World class';
    expect(report.overall.band).toBe(band);
    expect(report.overall.fewResponses).toBe(truth.overall.promoters + truth.overall.passives + truth.overall.detractors < 30);
    for (const c of report.comparisons) {
      expect(['previous', 'yearAgo', 'first']).toContain(c.kind);
      expect(c.pAdjusted).toBeGreaterThanOrEqual(c.p);
      expect(c.significant).toBe(c.pAdjusted < 0.05);
      expect(c.sentence).toMatch(/^(Up|Down) \d+ points? (since|on a year earlier)|^About level/);
    }
    expect(Array.isArray(report.warnings)).toBe(true);
  });

  test('monthly counts match the truth, empty months included', () => {
    expect(report.periods.period).toBe('month');
    const rows = report.periods.rows as (JsonTally & { start: string; label: string; change: number | null; significant: boolean })[];
    const withData = rows.filter((r) => r.responses > 0);
    expect(withData.map((r) => r.start)).toEqual(Object.keys(truth.byMonth).sort());
    for (const row of withData) {
      expect(counts(row)).toEqual(counts(truth.byMonth[row.start]));
      expect(row.nps).toBeCloseTo(truth.byMonth[row.start].nps, 10);
      const t = truth.byMonth[row.start];
      const [low, high] = adjustedWald(t.promoters, t.passives, t.detractors);
      expect(row.ci![0]).toBeCloseTo(low, 9);
      expect(row.ci![1]).toBeCloseTo(high, 9);
    }
    for (const row of rows) {
      expect(row.start).toMatch(/^\d{4}-\d{2}-01$/);
      expect(typeof row.significant).toBe('boolean');
      if (row.responses === 0) expect([row.nps, row.ci, row.change, row.significant]).toEqual([null, null, null, false]);
    }
    expect(rows[0].change).toBeNull();
    expect(rows[0].significant).toBe(false);
    const second = rows[1];
    if (second && second.responses > 0) expect(second.change).toBeCloseTo((second.nps as number) - (rows[0].nps as number), 10);
  });

  test('segments of the detected segment column match the truth', () => {
    expect(report.segments).toHaveLength(1);
    const segment = report.segments[0];
    expect(segment.column).toBe(truth.segmentColumns[0]);
    const byValue = Object.fromEntries(segment.rows.map((r: JsonTally & { value: string }) => [r.value, counts(r)]));
    expect(byValue).toEqual(Object.fromEntries(Object.entries(truth.bySegment).map(([value, t]) => [value, counts(t)])));
  });

  test('counts the Spreadsheet service calls of one report build, within the budget of SPEC §8', () => {
    expect(Number.isInteger(report.stats.serviceCalls)).toBe(true);
    expect(report.stats.serviceCalls).toBeGreaterThan(0);
    expect(report.stats.serviceCalls).toBeLessThanOrEqual(25);
    expect(report.stats.rows).toBe(report.table.lastRow - report.table.firstDataRow + 1);
    expect(report.stats.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('nps-sheets analyze with options', () => {
  const truth = truthOf('google_forms_responses');
  const file = join(FIXTURES, truth.file);

  test('--period week groups by ISO week', () => {
    const run = runCli('analyze', file, '--json', '--tz', truth.timeZone, '--period', 'week');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.periods.period).toBe('week');
    expect(report.periods.rows[0].label).toMatch(/^\d{4}-W\d{2}$/);
  });

  test('--score-column overrides the detected score column', () => {
    const run = runCli('analyze', file, '--json', '--tz', truth.timeZone, '--score-column', '1', '--segment-column', '3');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.mapping.score).toBe(1);
    expect(report.segments[0].column).toBe(3);
    expect(report.overall.responses).toBe(truth.overall.responses);
  });

  test('the service calls of a build do not grow with the rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nps-cli-rows-'));
    try {
      const text = readFileSync(file, 'utf8');
      const cut = text.indexOf('\n') + 1; // the header line has no quoted line breaks
      const body = text.slice(cut).endsWith('\n') ? text.slice(cut) : `${text.slice(cut)}\n`;
      const bigger = join(dir, 'google_forms_responses.csv');
      writeFileSync(bigger, text.slice(0, cut) + body.repeat(10));
      const small = JSON.parse(runCli('analyze', file, '--json', '--tz', truth.timeZone).stdout);
      const large = JSON.parse(runCli('analyze', bigger, '--json', '--tz', truth.timeZone).stdout);
      expect(large.overall.responses).toBe(10 * small.overall.responses);
      expect(large.stats.serviceCalls).toBe(small.stats.serviceCalls);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the readable summary names the table, the columns and the figures', () => {
    const run = runCli('analyze', file, '--tz', truth.timeZone);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Table: header row 1');
    expect(run.stdout).toContain(`NPS ${truth.overall.nps.toFixed(1)} · `);
    expect(run.stdout).toContain('NPS by month');
    expect(run.stdout).toContain('How did you hear about us?');
  });
});
