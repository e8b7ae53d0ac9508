/**
 * `nps-sheets analyze FILE --json` on survey exports shaped like tools the
 * other fixtures do not cover (Jotform, Medallia, Microsoft Forms, Alchemer,
 * Zendesk, SurveySparrow, Intercom-style ISO offsets, Google Forms' `GMT+3`
 * timestamps, CJK/Polish/Swedish/Portuguese headers, `;` files with decimal
 * commas, TSV with a BOM, English month-name dates…). Each
 * test/fixtures/unseen/NAME.truth.json was computed outside the code base
 * from the responses that were written: the table, the score column, the
 * accepted date columns (none when the file's dates are not dates Sheets or
 * SPEC reads, such as Unix epoch seconds), overall counts and the counts per
 * month in the file's zone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli } from './run';

const UNSEEN = join(FIXTURES, 'unseen');

interface Counts {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

interface UnseenTruth {
  name: string;
  file: string;
  timeZone: string;
  locale: string;
  note: string;
  table: { headerRow: number; headerRows: number; firstDataRow: number; lastRow: number };
  score: number;
  /** Accepted date columns, the preferred first; empty: no column is a date. */
  dates: number[];
  overall: Counts & { ignored: number };
  byMonth: Record<string, Counts>;
}

const truths: UnseenTruth[] = readdirSync(UNSEEN)
  .filter((f) => f.endsWith('.truth.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(UNSEEN, f), 'utf8')) as UnseenTruth);

const counts = ({ responses, promoters, passives, detractors }: Counts) => ({ responses, promoters, passives, detractors });

test('there are unseen exports to check', () => {
  expect(truths.length).toBeGreaterThanOrEqual(20);
});

describe.each(truths.map((t) => [t.name, t] as const))('analyze unseen/%s --json', (_, truth) => {
  let report: any;

  beforeAll(() => {
    const run = runCli('analyze', join(UNSEEN, truth.file), '--json', '--tz', truth.timeZone, '--locale', truth.locale);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout);
  });

  test('table position, score and date columns', () => {
    const roles = report.columns.map((c: { letter: string; role: string }) => `${c.letter}:${c.role}`).join(' ');
    expect({ roles, table: report.table }).toEqual({ roles, table: truth.table });
    expect({ roles, score: report.mapping.score }).toEqual({ roles, score: truth.score });
    if (truth.dates.length > 0) expect(truth.dates).toContain(report.mapping.date);
    else expect(report.mapping.date).toBeNull();
  });

  test('overall counts, ignored values included', () => {
    expect({ ...counts(report.overall), ignored: report.overall.ignored }).toEqual({ ...counts(truth.overall), ignored: truth.overall.ignored });
  });

  test('monthly counts in the file\'s zone', () => {
    const months = Object.fromEntries(
      (report.periods.rows as Array<Counts & { start: string }>).filter((r) => r.responses > 0).map((r) => [r.start, counts(r)]),
    );
    expect(months).toEqual(Object.fromEntries(Object.entries(truth.byMonth).map(([month, t]) => [month, counts(t)])));
  });
});
