/**
 * Issue 9 ("Trust"): Sheets copies a sheet's developer metadata when the
 * sheet is duplicated, so a copy of the report carries the report's marker.
 * The report is the sheet whose id the saved record names: the copy is never
 * cleared or refreshed; records saved before the id was kept still work.
 */
import type { RefreshResult, ReportResult, SheetProfile } from '../../src/shared/contract';
import { PERIOD, SUMMARY_FIGURES, a1, titleRow } from './reportPlaces';
import { expectSameState, reportState } from './reportState';
import { options, sampleBook } from './sampleBook';

describe('a duplicated report sheet', () => {
  test('duplicate the report, edit the copy, refresh: the copy is untouched, the original refreshed', () => {
    const { book, addon } = sampleBook(70);
    addon.run('buildReport', options());
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    const copy = ss.duplicateActiveSheet(); // the report is the active sheet
    expect(copy.getName()).toBe('Copy of NPS · Responses');
    // The copy's summary (header and figures) edited by hand.
    copy.getRange(`${a1(SUMMARY_FIGURES - 1, 1)}:${a1(SUMMARY_FIGURES, 2)}`).setValues([['My board figures', ''], ['edited', 42]]);
    const copyModel = book.sheetByName('Copy of NPS · Responses')!;
    const copyBefore = reportState(book, copyModel);
    // Ten more responses, all promoters: the refreshed report counts them.
    const source = book.sheetByName('Responses')!;
    source.loadValues(Array.from({ length: 10 }, () => [new Date(Date.UTC(2025, 5, 1, 12)), 10, '', 'Pro']), 72, 1);
    const result = addon.run('refreshReports') as RefreshResult;
    expect(result.refreshed).toEqual(['NPS · Responses']);
    expectSameState('copy', reportState(book, copyModel), copyBefore);
    expect(book.sheetByName('NPS · Responses')!.raw(SUMMARY_FIGURES, 1)).toBe(80);
    expect(copyModel.raw(SUMMARY_FIGURES, 1)).toBe('edited');
  });

  test('building from the sidebar while the copy is active never writes into the copy', () => {
    const { book, addon } = sampleBook(50);
    addon.run('buildReport', options());
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.duplicateActiveSheet(); // now active
    const copyModel = book.sheetByName('Copy of NPS · Responses')!;
    const copyBefore = reportState(book, copyModel);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.isReport).toBe(false);
    book.activeSheet = book.sheetByName('Responses')!;
    const built = addon.run('buildReport', options({ period: 'quarter' })) as ReportResult;
    expect(built).toMatchObject({ reportSheetName: 'NPS · Responses', created: false });
    expectSameState('copy', reportState(book, copyModel), copyBefore);
    expect(book.sheetByName('NPS · Responses')!.raw(titleRow(4), PERIOD)).toBe('NPS by quarter');
  });

  test('deleting the original: the report is gone (forgotten), the copy is left alone and a new build creates a new report', () => {
    const { book, addon } = sampleBook(40);
    addon.run('buildReport', options());
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.duplicateActiveSheet();
    book.deleteSheet(book.sheetByName('NPS · Responses')!);
    const copyBefore = reportState(book, book.sheetByName('Copy of NPS · Responses')!);
    expect((addon.run('refreshReports') as RefreshResult).refreshed).toEqual([]);
    book.activeSheet = book.sheetByName('Responses')!;
    expect(addon.run('buildReport', options())).toMatchObject({ reportSheetName: 'NPS · Responses', created: true });
    // The new report is inserted after the source, before the copy: only the copy's position changed.
    expectSameState('copy', { ...reportState(book, book.sheetByName('Copy of NPS · Responses')!), index: 1 }, copyBefore);
  });

  test('a record saved by an older version (no report sheet id, no area, no segment header) still refreshes the original, not its copy', () => {
    const { book, addon } = sampleBook(60);
    addon.run('buildReport', options());
    const key = 'nps.report.0';
    const saved = JSON.parse(book.documentProperties.get(key)!);
    const old = { sourceSheetId: saved.sourceSheetId, options: saved.options, charts: saved.charts };
    book.documentProperties.setMany({ [key]: JSON.stringify(old) });
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.duplicateActiveSheet();
    const copyModel = book.sheetByName('Copy of NPS · Responses')!;
    copyModel.loadValues([['edited copy']], SUMMARY_FIGURES, 1);
    const copyBefore = reportState(book, copyModel);
    expect((addon.run('refreshReports') as RefreshResult).refreshed).toEqual(['NPS · Responses']);
    expectSameState('copy', reportState(book, copyModel), copyBefore);
    // The record now names the report sheet.
    expect(JSON.parse(book.documentProperties.get(key)!).reportSheetId).toBe(book.sheetByName('NPS · Responses')!.id);
  });
});
