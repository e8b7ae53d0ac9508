/**
 * `stats.serviceCalls` of `nps-sheets analyze --json` is the Spreadsheet
 * service calls of one report build (SPEC §6), whether the CLI reads the
 * profile first (column options) or builds in one execution (none): checked
 * against the sidebar's `buildReport` run on the same file in this process,
 * and the figures printed are those of that build.
 */
import { join } from 'node:path';
import { importFile } from '../../../src/local/import';
import { createSpreadsheet, loadAddon } from '../../../src/local/sheets/runtime';
import type { ReportResult } from '../../../src/shared/contract';
import { FIXTURES, ROOT, runCli } from './run';

/** The calls and result of the sidebar's buildReport on a freshly imported file. */
async function sidebarBuild(file: string, timeZone: string, segmentColumn: number | null) {
  const { sheets } = await importFile(file, { locale: 'en_US', timeZone });
  const book = createSpreadsheet({ name: 'x', timeZone, locale: 'en_US', sheets: sheets.map((s) => ({ name: s.name, values: s.values })) });
  const addon = loadAddon({ spreadsheet: book, distDir: join(ROOT, 'dist') });
  addon.serviceCalls.reset();
  const result = addon.run('buildReport', { period: 'month', segmentColumn, rollingDays: null, confidence: 0.95, mode: 'snapshot' }) as ReportResult;
  return { calls: addon.serviceCalls.count, result };
}

const cases: Array<{ name: string; file: string; timeZone: string; args: string[]; segment: (json: { mapping: { segments: number[] } }) => number | null }> = [
  { name: 'a wide export, no column options (one execution)', file: join(FIXTURES, 'wide', 'gforms_wide_2000.csv'), timeZone: 'Europe/Berlin', args: [], segment: (j) => j.mapping.segments[0] ?? null },
  { name: 'a Google Forms export, no column options', file: join(FIXTURES, 'google_forms_responses.csv'), timeZone: 'America/New_York', args: [], segment: (j) => j.mapping.segments[0] ?? null },
  { name: 'a Qualtrics export with --segment-column (profile first)', file: join(FIXTURES, 'qualtrics_sample.csv'), timeZone: 'UTC', args: ['--segment-column', '0'], segment: () => 0 },
];

describe.each(cases)('analyze --json on $name', ({ file, timeZone, args, segment }) => {
  test('counts exactly the service calls of one sidebar build, and prints that build', async () => {
    const run = runCli('analyze', file, '--json', '--tz', timeZone, ...args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    const sidebar = await sidebarBuild(file, timeZone, segment(json));
    expect(json.stats.serviceCalls).toBe(sidebar.calls);
    expect(json.periods.rows.length).toBe(sidebar.result.periods);
    expect(json.segments[0]?.rows.length ?? 0).toBe(sidebar.result.segments);
  });
});
