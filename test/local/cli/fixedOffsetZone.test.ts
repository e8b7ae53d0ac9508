/**
 * `--tz` takes the fixed offsets a spreadsheet can hold (GMT-07:00, GMT+5:30,
 * Etc/GMT+7) as well as regions; months worked out by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';

// Local wall clocks: GMT-07:00 | GMT+05:30
//   2025-01-31 23:00Z  Jan 31 16:00 | Feb 1 04:30
//   2025-02-01 05:00Z  Jan 31 22:00 | Feb 1 10:30
//   2025-02-01 08:00Z  Feb 1 01:00  | Feb 1 13:30
//   2025-03-01 06:30Z  Feb 28 23:30 | Mar 1 12:00
//   2025-03-01 07:00Z  Mar 1 00:00  | Mar 1 12:30
const CSV = [
  'Submitted at,How likely are you to recommend us?',
  '2025-01-31T23:00:00Z,10',
  '2025-02-01T05:00:00Z,0',
  '2025-02-01T08:00:00Z,9',
  '2025-03-01T06:30:00Z,7',
  '2025-03-01T07:00:00Z,10',
].join('\r\n');

const file = join(mkdtempSync(join(tmpdir(), 'nps-tz-')), 'answers.csv');
writeFileSync(file, CSV);

type Row = { start: string; label: string; responses: number; promoters: number; passives: number; detractors: number };

function months(tz: string) {
  const run = runCli('analyze', file, '--json', '--tz', tz);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout) as { timeZone: string; periods: { rows: Row[] } };
  expect(json.timeZone).toBe(tz);
  return json.periods.rows.map((r) => [r.start, r.label, r.responses, r.promoters, r.passives, r.detractors]);
}

test.each(['GMT-07:00', 'Etc/GMT+7'])('--tz %s: Jan {10, 0}, Feb {9, 7}, Mar {10}', (tz) => {
  expect(months(tz)).toEqual([
    ['2025-01-01', 'Jan 2025', 2, 1, 0, 1],
    ['2025-02-01', 'Feb 2025', 2, 1, 1, 0],
    ['2025-03-01', 'Mar 2025', 1, 1, 0, 0],
  ]);
});

test('--tz GMT+5:30: Feb {10, 0, 9}, Mar {7, 10}', () => {
  expect(months('GMT+5:30')).toEqual([
    ['2025-02-01', 'Feb 2025', 3, 2, 0, 1],
    ['2025-03-01', 'Mar 2025', 2, 1, 1, 0],
  ]);
});

test('--tz GMT+24 (hours run 0–23) is bad usage that names it', () => {
  const run = runCli('analyze', file, '--tz', 'GMT+24');
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe('nps-sheets: --tz: unknown time zone "GMT+24" (use an IANA name such as Europe/Paris, or a fixed offset such as GMT-07:00)');
});

test.each([
  ['UTC+05:30', 'GMT+05:30'],
  ['+05:30', 'GMT+05:30'],
  ['gmt-7', 'GMT-07:00'],
  ['utc-0930', 'GMT-09:30'],
])('--tz %s, an offset spelt another way, is bad usage that spells it as Sheets does (%s)', (given, spelt) => {
  const run = runCli('analyze', file, '--tz', given);
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe(`nps-sheets: --tz: unknown time zone "${given}" (did you mean ${spelt}? Sheets writes fixed offsets that way)`);
});
