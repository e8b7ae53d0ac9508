/**
 * Issue 9 ("Trust"): a refresh never erases what the user typed on the
 * report sheet. The report remembers the area it wrote; notes outside it
 * survive every refresh; when a new report needs cells holding the user's
 * text, nothing is written and the message names them.
 */
import type { RefreshResult } from '../../src/shared/contract';
import { expectSameState, reportState } from './reportState';
import { options, sampleBook } from './sampleBook';

describe("the user's cells on the report sheet", () => {
  test('notes beside and under the report survive refreshes from the menu and the sidebar, with their formats', () => {
    const { book, addon } = sampleBook(80);
    addon.run('buildReport', options());
    const report = book.sheetByName('NPS · Responses')!;
    // The report (with a segment table) spans A1:T828: notes in V3, AB40 and A900.
    report.loadValues([['Checked by Ana']], 3, 22);
    report.loadValues([[42]], 40, 28);
    report.numberFormats.set(40 * 20000 + 28, '0.00');
    report.loadValues([['=not a formula, a note']], 900, 1);
    for (let i = 0; i < 2; i++) {
      expect((addon.run('refreshReports') as RefreshResult).refreshed).toEqual(['NPS · Responses']);
      addon.run('buildReport', options({ period: 'quarter' }));
    }
    expect([report.raw(3, 22), report.raw(40, 28), report.raw(900, 1)]).toEqual(['Checked by Ana', 42, '=not a formula, a note']);
    expect(report.numberFormats.get(40 * 20000 + 28)).toBe('0.00');
    expect(report.raw(24, 1)).toBe('NPS by quarter');
  });

  test('a new report that needs cells holding the user\'s text stops, names them and writes nothing', () => {
    const { book, addon } = sampleBook(80);
    addon.run('buildReport', options());
    const report = book.sheetByName('NPS · Responses')!;
    // A rolling table needs columns V–AD: the user's notes in W30:W31 and a formula in X2 (spilling into X3) are in the way.
    report.loadValues([['my note'], ['another']], 30, 23);
    report.formulas.set(2 * 20000 + 24, '={A1:A2}');
    const before = reportState(book, report);
    expect(() => addon.run('buildReport', options({ rollingDays: 28 }))).toThrow(
      'The report could not be written to "NPS · Responses": The report needs cells that hold your text: X2, X3, W30, W31. Move them, then refresh.',
    );
    expectSameState('after', reportState(book, report), before);
    // Moved away: the rolling table is built.
    report.formulas.delete(2 * 20000 + 24);
    report.loadValues([[''], ['']], 30, 23);
    report.loadValues([['my note']], 30, 40);
    addon.run('buildReport', options({ rollingDays: 28 }));
    expect(report.raw(24, 22)).toBe('Rolling 28-day NPS, by month');
    expect(report.raw(30, 40)).toBe('my note');
  });

  test('many cells in the way: the first few are named with their count', () => {
    const { book, addon } = sampleBook(40);
    addon.run('buildReport', options());
    const report = book.sheetByName('NPS · Responses')!;
    report.loadValues(Array.from({ length: 10 }, (_, i) => [`n${i}`]), 100, 25);
    // A refresh with the same options needs no new cell: the notes are outside the report, and it is refreshed.
    expect((addon.run('refreshReports') as RefreshResult).refreshed).toEqual(['NPS · Responses']);
    expect(() => addon.run('buildReport', options({ rollingDays: 7 }))).toThrow(
      'The report needs cells that hold your text: Y100, Y101, Y102, Y103, Y104, Y105 … (10 cells). Move them, then refresh.',
    );
    expect(report.raw(109, 25)).toBe('n9');
  });

  test('cells the previous report wrote and the new one does not are blanked (they are the report\'s), and are free afterwards', () => {
    const { book, addon } = sampleBook(60);
    addon.run('buildReport', options({ rollingDays: 28 }));
    const report = book.sheetByName('NPS · Responses')!;
    expect(report.raw(24, 22)).toBe('Rolling 28-day NPS, by month');
    addon.run('buildReport', options());
    expect(report.raw(24, 22)).toBe('');
    // The user writes where the rolling table was; the next refresh keeps it.
    report.loadValues([['mine now']], 24, 22);
    addon.run('refreshReports');
    expect(report.raw(24, 22)).toBe('mine now');
  });
});
