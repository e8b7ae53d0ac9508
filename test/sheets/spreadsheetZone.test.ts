/**
 * The built add-on in a spreadsheet whose zone is a fixed offset (File ›
 * Settings offers `GMT-07:00`; V8's Intl rejects it): formulas, the sidebar
 * preview and the report bucket by the local day there. And a zone the
 * runtime does not know gets a message that names it, never a silent UTC.
 * Periods worked out by hand below.
 */
import { join } from 'node:path';
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';
import type { PreviewResult, SheetProfile } from '../../src/shared/contract';
import { loadBareBundle } from '../helpers/bareBundle';
import { options } from './sampleBook';
import { PERIOD, rowOfTitle } from './reportPlaces';

const DIST = join(__dirname, '../../dist');
const U = Date.UTC;

// Five answers near the month ends. Local wall clocks:
//   instant              GMT-07:00        GMT+05:30        UTC
//   2025-01-31 23:00Z    Jan 31 16:00     Feb 1 04:30      Jan 31
//   2025-02-01 05:00Z    Jan 31 22:00     Feb 1 10:30      Feb 1
//   2025-02-01 08:00Z    Feb 1 01:00      Feb 1 13:30      Feb 1
//   2025-03-01 06:30Z    Feb 28 23:30     Mar 1 12:00      Mar 1
//   2025-03-01 07:00Z    Mar 1 00:00      Mar 1 12:30      Mar 1
const INSTANTS = [U(2025, 0, 31, 23), U(2025, 1, 1, 5), U(2025, 1, 1, 8), U(2025, 2, 1, 6, 30), U(2025, 2, 1, 7)];
const SCORES = [10, 0, 9, 7, 10];

// Monthly rows [label, responses, promoters, passives, detractors, NPS] and the
// period start (local midnight of the 1st as an instant).
//   GMT-07:00: Jan {10, 0} → NPS 0; Feb {9, 7} → 50; Mar {10} → 100.
//   GMT+05:30: Feb {10, 0, 9} → (2 − 1)/3 = 33.33; Mar {7, 10} → 50.
const EXPECTED: Record<string, { rows: unknown[][]; starts: number[] }> = {
  'GMT-07:00': {
    rows: [['Jan 2025', 2, 1, 0, 1, 0], ['Feb 2025', 2, 1, 1, 0, 50], ['Mar 2025', 1, 1, 0, 0, 100]],
    starts: [U(2025, 0, 1, 7), U(2025, 1, 1, 7), U(2025, 2, 1, 7)],
  },
  'GMT+05:30': {
    rows: [['Feb 2025', 3, 2, 0, 1, 100 / 3], ['Mar 2025', 2, 1, 1, 0, 50]],
    starts: [U(2025, 0, 31, 18, 30), U(2025, 1, 28, 18, 30)],
  },
};
EXPECTED['GMT-7'] = EXPECTED['GMT-07:00'];
EXPECTED['Etc/GMT+7'] = EXPECTED['GMT-07:00']; // POSIX sign: UTC−7
EXPECTED['GMT+5:30'] = EXPECTED['GMT+05:30'];

function bookIn(timeZone: string) {
  const book = createSpreadsheet({
    timeZone,
    sheets: [{ name: 'Responses', values: [['Submitted at', 'How likely are you to recommend us?'], ...INSTANTS.map((t, i) => [new Date(t), SCORES[i]])] }],
  });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}

const summary = (row: unknown[]) => [row[1], row[2], row[3], row[4], row[5]];

describe.each(Object.keys(EXPECTED))('spreadsheet zone %s', (zone) => {
  const { rows, starts } = EXPECTED[zone];

  test('=NPS_BY_PERIOD in a cell buckets by the local month', () => {
    const { addon } = bookIn(zone);
    const sheet = addon.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange('D1').setFormula('=NPS_BY_PERIOD(A2:A, B2:B, "month")');
    const table = sheet.getRange(1, 4, rows.length + 1, 11).getValues();
    expect(table.slice(1).map((r) => [...summary(r), r[6]])).toEqual(
      rows.map((r) => [r[0], r[1], r[2], r[3], r[4], expect.closeTo(r[5] as number, 9)]),
    );
    expect(table.slice(1).map((r) => (r[0] as Date).getTime())).toEqual(starts);
  });

  test('the sidebar preview and the report use the same local months', () => {
    const { book, addon } = bookIn(zone);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.timeZone).toBe(zone);
    const preview = addon.run('getPreview', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 }) as PreviewResult;
    expect(preview.trend.map((p) => [p.label, p.responses, p.promoters, p.passives, p.detractors])).toEqual(rows.map((r) => r.slice(0, 5)));

    addon.run('buildReport', options({ segmentColumn: null }));
    const report = addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('NPS · Responses')!;
    // The period table, found by its title: headers on the next row, then one row per month.
    const title = rowOfTitle(book.sheetByName('NPS · Responses')!, PERIOD, 'NPS by month');
    const table = report.getRange(title + 2, PERIOD, rows.length, 7).getValues();
    expect(table.map((r) => [r[1], r[2], r[3], r[4], r[5]])).toEqual(rows.map((r) => r.slice(0, 5)));
    expect(table.map((r) => r[6] as number)).toEqual(rows.map((r) => expect.closeTo(r[5] as number, 9)));
    expect(book.sheetByName('NPS · Responses')).toBeTruthy();
  });
});

describe('text dates with an offset, in a GMT-07:00 spreadsheet', () => {
  test('2025-03-01T06:30:00Z is Feb 28 there; 2025-03-01 00:30 (no offset) is already March', () => {
    const bundle = loadBareBundle({ timeZone: 'GMT-07:00', locale: 'en_US' });
    const table = bundle.call('NPS_BY_PERIOD', [['2025-03-01T06:30:00Z'], ['2025-03-01 00:30']], [[9], [3]], 'month') as unknown[][];
    expect(table.slice(1).map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ['Feb 2025', 1, 1, 0],
      ['Mar 2025', 1, 0, 1],
    ]);
  });
});

describe('a spreadsheet zone this runtime does not know', () => {
  const MESSAGE = 'The spreadsheet\'s time zone “Mars/Base” is not one we know; set it in File › Settings';

  test('formulas that need the zone say so and name it', () => {
    const bundle = loadBareBundle({ timeZone: 'Mars/Base', locale: 'en_US' });
    for (const call of [
      () => bundle.call('NPS_BY_PERIOD', [['2025-03-01']], [[9]], 'month'),
      () => bundle.call('NPS_ROLLING', [['2025-03-01']], [[9]], 7),
      () => bundle.call('NPS_BY_SEGMENT', [['Pro']], [[9]]),
    ]) {
      expect(call).toThrow(MESSAGE);
    }
    // NPS needs no zone.
    expect(bundle.call('NPS', [[9], [0]])).toBe(0);
  });

  test('the sidebar and the report say so too', () => {
    const { book, addon } = bookIn('UTC');
    // A zone Sheets might hold but V8 lacks: the emulator refuses to set one, so write it directly.
    book.timeZone = 'Mars/Base';
    expect(() => addon.run('getSheetProfile')).toThrow(MESSAGE);
    expect(() => addon.run('buildReport', options({ segmentColumn: null }))).toThrow(MESSAGE);
    expect(book.sheetByName('NPS · Responses')).toBeNull();
  });
});
