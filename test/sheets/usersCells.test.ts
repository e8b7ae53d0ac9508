/**
 * Issue 9 ("Trust"): a refresh never erases what the user typed on the
 * report sheet. The report remembers the area it wrote and its blocks; notes
 * outside the blocks (beside, under, or in a gap between tables) survive
 * every refresh; when a new report needs cells holding the user's text,
 * nothing is written and the message names them. Places come from the
 * layout (reportPlaces.ts) and from the area the record remembers.
 */
import type { LocalSpreadsheet } from '../../src/local/sheets';
import type { RefreshResult } from '../../src/shared/contract';
import { REPORT_COLUMNS } from '../../src/sheets/reportLayout';
import { PERIOD, ROLLING, SEGMENT, a1, titleRow, writtenArea } from './reportPlaces';
import { expectSameState, reportState } from './reportState';
import { options, sampleBook } from './sampleBook';

const KEY = 20000; // LocalSheet's cell key: row × 20000 + column

/**
 * Adds one response a day for `days` days from Jan 1, 2023 under the source's table: a report by day
 * then needs a row a day, more rows than any report by month (whose charts keep a few hundred rows).
 */
function addDailyHistory(book: LocalSpreadsheet, days: number) {
  const source = book.sheetByName('Responses')!;
  const rows = Array.from({ length: days }, (_, i) => [new Date(Date.UTC(2023, 0, 1 + i, 12)), (i * 3) % 11, '', i % 2 ? 'Pro' : 'Free']);
  source.loadValues(rows, source.lastRowNow() + 1, 1);
}

describe("the user's cells on the report sheet", () => {
  test('notes beside and under the report survive refreshes from the menu and the sidebar, with their formats', () => {
    const { book, addon } = sampleBook(80);
    addon.run('buildReport', options());
    const report = book.sheetByName('NPS · Responses')!;
    const area = writtenArea(book);
    // Every column of the layout is the report's, down to the last row its charts read.
    expect(area.columns).toBe(REPORT_COLUMNS);
    // Notes just right of the report (on the title row and beside the tables) and under it.
    const beside = [3, titleRow(4) + 2].map((row, i) => [row, area.columns + 1 + i] as const);
    const under = [area.rows + 1, 1] as const;
    report.loadValues([['Checked by Ana']], ...beside[0]);
    report.loadValues([[42]], ...beside[1]);
    report.numberFormats.set(beside[1][0] * KEY + beside[1][1], '0.00');
    report.loadValues([['=not a formula, a note']], ...under);
    for (let i = 0; i < 2; i++) {
      expect((addon.run('refreshReports') as RefreshResult).refreshed).toEqual(['NPS · Responses']);
      addon.run('buildReport', options({ period: 'quarter' }));
    }
    expect([report.raw(...beside[0]), report.raw(...beside[1]), report.raw(...under)]).toEqual(['Checked by Ana', 42, '=not a formula, a note']);
    expect(report.numberFormats.get(beside[1][0] * KEY + beside[1][1])).toBe('0.00');
    expect(report.raw(titleRow(4), PERIOD)).toBe('NPS by quarter');
  });

  test('a new report that needs cells holding the user\'s text stops, names them and writes nothing', () => {
    const { book, addon } = sampleBook(80);
    addon.run('buildReport', options());
    const report = book.sheetByName('NPS · Responses')!;
    const { rows } = writtenArea(book);
    addDailyHistory(book, 600);
    // A report by day needs a row for each of the 600 days in the period table's columns: a formula there
    // (spilling into the next row) is in the way. Notes in the segment table's columns under the report are not:
    // the segment table does not grow with the days, so they stay where they are.
    const notes = [rows + 30, rows + 31];
    const formula = rows + 2;
    report.loadValues([['my note'], ['another']], notes[0], SEGMENT + 1);
    report.formulas.set(formula * KEY + PERIOD + 1, '={A1:A2}');
    const before = reportState(book, report);
    const named = [a1(formula, PERIOD + 1), a1(formula + 1, PERIOD + 1)];
    expect(() => addon.run('buildReport', options({ period: 'day' }))).toThrow(
      `The report could not be written to "NPS · Responses": The report needs cells that hold your text: ${named.join(', ')}. Move them, then refresh.`,
    );
    expectSameState('after', reportState(book, report), before);
    // Moved away, beside the report: the report by day is built.
    report.formulas.delete(formula * KEY + PERIOD + 1);
    report.loadValues([['']], formula + 1, PERIOD + 1);
    report.loadValues([['my note']], notes[0], REPORT_COLUMNS + 2);
    addon.run('buildReport', options({ period: 'day' }));
    expect(report.raw(titleRow(4), PERIOD)).toBe('NPS by day');
    expect(writtenArea(book).rows).toBeGreaterThan(notes[1]);
    expect(report.raw(notes[0], REPORT_COLUMNS + 2)).toBe('my note');
    // The notes under the segment table, now inside the report's rectangle, were kept.
    expect([report.raw(notes[0], SEGMENT + 1), report.raw(notes[1], SEGMENT + 1)]).toEqual(['my note', 'another']);
  });

  test('many cells in the way: the first few are named with their count', () => {
    const { book, addon } = sampleBook(40);
    addon.run('buildReport', options());
    const report = book.sheetByName('NPS · Responses')!;
    const first = writtenArea(book).rows + 20;
    // In the rolling table's first column, under the report: a report with a rolling table by day needs them.
    report.loadValues(Array.from({ length: 10 }, (_, i) => [`n${i}`]), first, ROLLING);
    addDailyHistory(book, 500);
    // A refresh with the same options needs no new cell: the notes are outside the report, and it is refreshed.
    expect((addon.run('refreshReports') as RefreshResult).refreshed).toEqual(['NPS · Responses']);
    const named = [0, 1, 2, 3, 4, 5].map((i) => a1(first + i, ROLLING));
    expect(() => addon.run('buildReport', options({ period: 'day', rollingDays: 7 }))).toThrow(
      `The report needs cells that hold your text: ${named.join(', ')} … (10 cells). Move them, then refresh.`,
    );
    expect(report.raw(first + 9, ROLLING)).toBe('n9');
  });

  test('cells the previous report wrote and the new one does not are blanked (they are the report\'s), and are free afterwards', () => {
    const { book, addon } = sampleBook(60);
    addDailyHistory(book, 700);
    // A row a day over 700 days, far longer than the report by month.
    addon.run('buildReport', options({ period: 'day' }));
    const report = book.sheetByName('NPS · Responses')!;
    // The 700th day is Jan 1, 2023 + 699 days: 365 days to Jan 1, 2024, then 334 more (Jan–Oct of a leap year are 305) is Nov 30.
    const lastDay = titleRow(4) + 1 + 700;
    expect(report.raw(lastDay, PERIOD + 1)).toBe('2024-11-30');
    addon.run('buildReport', options());
    expect(writtenArea(book).rows).toBeLessThan(lastDay);
    expect(report.raw(lastDay, PERIOD + 1)).toBe('');
    // The user writes where the daily rows were; the next refresh keeps it.
    report.loadValues([['mine now']], lastDay, PERIOD + 1);
    addon.run('refreshReports');
    expect(report.raw(lastDay, PERIOD + 1)).toBe('mine now');
  });

  test('notes typed in the gaps of the report (between tables, under a short table, beside the title) survive every refresh, formulas and formula-like text too', () => {
    const { book, addon } = sampleBook(80);
    addon.run('buildReport', options());
    const report = book.sheetByName('NPS · Responses')!;
    const head = titleRow(4);
    // Column M separates the period and segment tables; the segment table has 4 rows, the period table more;
    // the title rows leave the columns right of the headline blank.
    const between = [head + 2, SEGMENT - 1] as const;
    const underSegments = [head + 12, SEGMENT + 2] as const;
    const besideTitle = [2, 20] as const;
    const formulaCell = [head + 3, SEGMENT - 1] as const;
    report.loadValues([['checked']], ...between);
    report.loadValues([['=looks like a formula']], ...underSegments);
    report.loadValues([[7]], ...besideTitle);
    report.numberFormats.set(besideTitle[0] * KEY + besideTitle[1], '0.00');
    report.formulas.set(formulaCell[0] * KEY + formulaCell[1], '={A1:A1}');
    expect(writtenArea(book).rows).toBeGreaterThan(underSegments[0]);
    for (let i = 0; i < 2; i++) {
      const refreshed = addon.run('refreshReports') as RefreshResult;
      if (refreshed.refreshed.length === 0) throw new Error(refreshed.message);
      expect(refreshed.refreshed).toEqual(['NPS · Responses']);
      addon.run('buildReport', options({ period: 'quarter' }));
    }
    expect([report.raw(...between), report.raw(...underSegments), report.raw(...besideTitle)]).toEqual(['checked', '=looks like a formula', 7]);
    expect(report.formulaAt(...formulaCell)).toBe('={A1:A1}');
    expect(report.numberFormats.get(besideTitle[0] * KEY + besideTitle[1])).toBe('0.00');
    expect(report.raw(head, PERIOD)).toBe('NPS by quarter');
  });
});
