/**
 * `nps-sheets analyze FILE --json` on survey exports shaped like tools the
 * other fixtures do not cover (Jotform, Medallia, Microsoft Forms, Alchemer,
 * Zendesk, SurveySparrow, Intercom-style ISO offsets, Google Forms' `GMT+3`
 * timestamps, CJK/Polish/Swedish/Portuguese headers, `;` files with decimal
 * commas, TSV with a BOM, English month-name dates…), and two later sweeps:
 * unseen/vendors/ (Typeform, Delighted, HubSpot, Qualtrics, SurveyMonkey,
 * Microsoft Forms and other exports, XLSX with date cells and several
 * sheets) and unseen/handKept/ (title and summary rows, labels and typos,
 * day-first dates in a US sheet, start and completion columns, headers in a
 * dozen languages). Each NAME.truth.json was computed outside the code base
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
  /** More options for the run (`--sheet NAME`). */
  args?: string[];
  /** The sheet the run must analyse (an XLSX with several). */
  sheet?: string;
}

/** Truth files of UNSEEN and its subfolders, each with the folder its export is in. */
function readTruths(dir: string): Array<UnseenTruth & { dir: string }> {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      if (entry.isDirectory()) return readTruths(join(dir, entry.name));
      if (!entry.name.endsWith('.truth.json')) return [];
      return [{ ...(JSON.parse(readFileSync(join(dir, entry.name), 'utf8')) as UnseenTruth), dir }];
    });
}

const truths = readTruths(UNSEEN);

const counts = ({ responses, promoters, passives, detractors }: Counts) => ({ responses, promoters, passives, detractors });

test('there are unseen exports to check', () => {
  expect(truths.length).toBeGreaterThanOrEqual(90);
});

describe.each(truths.map((t) => [t.name, t] as const))('analyze unseen/%s --json', (_, truth) => {
  let report: any;

  beforeAll(() => {
    const run = runCli('analyze', join(truth.dir, truth.file), '--json', '--tz', truth.timeZone, '--locale', truth.locale, ...(truth.args ?? []));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout);
  });

  test('table position, score and date columns', () => {
    if (truth.sheet) expect(report.sheet).toBe(truth.sheet);
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
