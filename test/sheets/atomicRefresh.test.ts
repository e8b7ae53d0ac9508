/**
 * Issue 9 ("Trust"), a refresh that fails part-way: for EVERY document call
 * of a refresh, that call is made to throw (the emulator's failOnCall), and
 * the report sheet — values, formulas, number formats, font weights, fills,
 * column widths, charts — and the
 * saved settings must be exactly as before; then the refresh succeeds.
 */
import type { AddonRuntime, LocalSpreadsheet } from '../../src/local/sheets';
import type { RefreshResult } from '../../src/shared/contract';
import { expectSameState, reportState, savedSettings } from './reportState';
import { options, sampleBook } from './sampleBook';

/** Adds `n` responses dated in July 2025 at the end of the source (new periods and counts for the refresh). */
function addResponses(book: LocalSpreadsheet, n: number) {
  const source = book.sheetByName('Responses')!;
  const first = source.lastRowNow() + 1;
  const rows = Array.from({ length: n }, (_, i) => [new Date(Date.UTC(2025, 6, 1 + i, 12)), (i * 7) % 11, `later ${i}`, i % 2 ? 'Pro' : 'Enterprise']);
  source.loadValues(rows, first, 1);
}

/** Document calls of a flow, counted on a twin book. */
function callsOf(setup: () => { book: LocalSpreadsheet; addon: AddonRuntime }, flow: (addon: AddonRuntime) => unknown): number {
  const { addon } = setup();
  addon.serviceCalls.reset();
  flow(addon);
  return addon.serviceCalls.count;
}

/**
 * Runs `flow` once per document call it makes, with that call failing, and
 * checks the report and the settings are untouched each time.
 */
function everyFailureLeavesTheReport(
  setup: () => { book: LocalSpreadsheet; addon: AddonRuntime },
  flow: (addon: AddonRuntime) => unknown,
  failed: (outcome: { error: string | null; result: unknown }) => void,
) {
  const calls = callsOf(setup, flow);
  expect(calls).toBeGreaterThan(10);
  expect(calls).toBeLessThanOrEqual(25); // SPEC §8, with the reads that make the refresh safe
  const { book, addon } = setup();
  const report = book.sheetByName('NPS · Responses')!;
  const before = reportState(book, report);
  const settings = savedSettings(book);
  for (let k = 1; k <= calls; k++) {
    book.failOnCall(k);
    let error: string | null = null;
    let result: unknown = null;
    try {
      result = flow(addon);
    } catch (e) {
      error = (e as Error).message;
    }
    expect(book.faults.pending()).toBe(false); // call k did happen, and failed
    failed({ error, result });
    expectSameState(k, reportState(book, report), before);
    expectSameState(k, savedSettings(book), settings);
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses', 'NPS · Responses']);
  }
  // Without a failure the same flow changes the report.
  flow(addon);
  expect(reportState(book, report)).not.toEqual(before);
}

describe('a refresh that fails at any document call leaves the previous report exactly as it was', () => {
  test('Refresh reports (menu) after new responses: every call k of the refresh fails in turn', () => {
    const setup = () => {
      const s = sampleBook(90);
      s.addon.run('buildReport', options({ rollingDays: 28 }));
      addResponses(s.book, 12);
      return s;
    };
    everyFailureLeavesTheReport(setup, (addon) => addon.run('refreshReports'), ({ error, result }) => {
      // A failure before the report is reached fails the whole run; afterwards, Refresh reports says which report was not refreshed.
      if (error !== null) expect(error).toMatch(/^Service Spreadsheets failed/);
      else {
        expect((result as RefreshResult).refreshed).toEqual([]);
        expect((result as RefreshResult).message).toMatch(/^"NPS · Responses" was not refreshed: .*Service Spreadsheets failed/);
      }
    });
  });

  test('rebuilding from the sidebar with other options (charts rebuilt and one removed, live formulas): every call fails in turn', () => {
    const setup = () => {
      const s = sampleBook(60);
      s.addon.run('buildReport', options());
      addResponses(s.book, 5);
      return s;
    };
    const rebuild = (addon: AddonRuntime) => addon.run('buildReport', options({ period: 'quarter', segmentColumn: null, mode: 'live' }));
    everyFailureLeavesTheReport(setup, rebuild, ({ error }) => {
      expect(error).toMatch(/Service Spreadsheets failed/);
    });
  });

  test('a rebuild that needs a larger grid (a rolling table: 30 columns): the added columns go away again', () => {
    const setup = () => {
      const s = sampleBook(40);
      s.addon.run('buildReport', options());
      return s;
    };
    const rebuild = (addon: AddonRuntime) => addon.run('buildReport', options({ period: 'week', rollingDays: 7 }));
    everyFailureLeavesTheReport(setup, rebuild, ({ error }) => {
      expect(error).toMatch(/Service Spreadsheets failed/);
    });
  });

  test('the message says the previous report was kept when the failure comes after writing began', () => {
    const { book, addon } = sampleBook(50);
    addon.run('buildReport', options());
    book.failOn('Range.setValues');
    expect(() => addon.run('buildReport', options({ period: 'week' }))).toThrow(
      'The report could not be written to "NPS · Responses": Service Spreadsheets failed while accessing document with id local-spreadsheet. The previous report was left as it was.',
    );
  });
});

describe('a first build that fails at any call leaves no report sheet behind', () => {
  test('every document call of a first build fails in turn; then saving the record fails', () => {
    const setup = () => sampleBook(50);
    const build = (addon: AddonRuntime) => addon.run('buildReport', options({ rollingDays: 14 }));
    const calls = callsOf(setup, build);
    const { book, addon } = setup();
    for (let k = 1; k <= calls; k++) {
      book.failOnCall(k);
      expect(() => build(addon)).toThrow(/Service Spreadsheets failed/);
      expect([k, book.sheets.map((s) => s.name)]).toEqual([k, ['Responses']]);
      expect([k, Object.keys(savedSettings(book))]).toEqual([k, []]);
      expect(book.metadata).toEqual([]);
    }
    book.failOn('Properties.setProperty');
    expect(() => build(addon)).toThrow(/Service Spreadsheets failed/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses']);
    expect(build(addon)).toMatchObject({ created: true, reportSheetName: 'NPS · Responses' });
  });
});
