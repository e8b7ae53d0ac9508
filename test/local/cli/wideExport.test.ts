/**
 * `nps-sheets analyze FILE --json` on the wide Google Forms-like exports of
 * test/fixtures/wide/ (55 columns of Likert items, multi-select answers, open
 * text and comments; scripts/make-wide-export.mjs). Each NAME.truth.json was
 * counted by the generator from the values it wrote: the table, the score and
 * date columns, overall counts and counts per month in Europe/Berlin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli } from './run';

const WIDE = join(FIXTURES, 'wide');

interface Counts {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

interface WideTruth {
  file: string;
  timeZone: string;
  locale: string;
  table: { headerRow: number; headerRows: number; firstDataRow: number; lastRow: number };
  score: number;
  dates: number[];
  overall: Counts & { ignored: number };
  byMonth: Record<string, Counts>;
}

const truths = readdirSync(WIDE)
  .filter((name) => name.endsWith('.truth.json'))
  .map((name) => JSON.parse(readFileSync(join(WIDE, name), 'utf8')) as WideTruth);
const counts = ({ responses, promoters, passives, detractors }: Counts) => ({ responses, promoters, passives, detractors });

test('there is a wide export to check', () => {
  expect(truths.length).toBeGreaterThanOrEqual(1);
});

describe.each(truths.map((t) => [t.file, t] as const))('analyze wide/%s --json', (_, truth) => {
  let report: any;

  beforeAll(() => {
    const run = runCli('analyze', join(WIDE, truth.file), '--json', '--tz', truth.timeZone, '--locale', truth.locale);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout);
  });

  test('table, score and date columns', () => {
    expect(report.table).toEqual(truth.table);
    expect(report.mapping.score).toBe(truth.score);
    expect(truth.dates).toContain(report.mapping.date);
  });

  test('overall and monthly counts in Europe/Berlin', () => {
    expect({ ...counts(report.overall), ignored: report.overall.ignored }).toEqual({ ...counts(truth.overall), ignored: truth.overall.ignored });
    const months = Object.fromEntries(
      (report.periods.rows as Array<Counts & { start: string }>).filter((r) => r.responses > 0).map((r) => [r.start, counts(r)]),
    );
    expect(months).toEqual(Object.fromEntries(Object.entries(truth.byMonth).map(([month, t]) => [month, counts(t)])));
  });
});
