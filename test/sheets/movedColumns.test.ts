/**
 * Issue 9 ("Trust"): role overrides and report options remember their
 * columns by header. Columns inserted, deleted or moved in the source never
 * make a refresh report another question or split by another column; a
 * remembered column that is gone is said so plainly. Figures are counted in
 * this file from the rows it writes.
 */
import { findColumn, columnRef } from '../../src/sheets/columnIdentity';
import type { LocalSpreadsheet } from '../../src/local/sheets';
import type { RefreshResult, SheetProfile } from '../../src/shared/contract';
import { expectSameState, reportState } from './reportState';
import { options, sampleBook } from './sampleBook';
import { SEGMENT, SUMMARY_FIGURES, rowOfTitle, titleRow } from './reportPlaces';

const REGIONS = ['North', 'South', 'East'];

/** Adds three columns to the sample: "Support score" (0–10, another question), "Region" and "Email" (E, F, G). */
function withMoreColumns(rows: number) {
  const s = sampleBook(rows);
  const source = s.book.sheetByName('Responses')!;
  const extra: unknown[][] = [['Support score', 'Region', 'Email']];
  for (let i = 0; i < rows; i++) extra.push([(i * 3) % 11, REGIONS[i % 3], `person${i}@example.com`]);
  source.loadValues(extra, 1, 5);
  return s;
}

/** NPS counts of the support scores (i*3 mod 11), by this file's arithmetic. */
function supportCounts(rows: number) {
  const scores = Array.from({ length: rows }, (_, i) => (i * 3) % 11);
  const promoters = scores.filter((x) => x >= 9).length;
  const detractors = scores.filter((x) => x <= 6).length;
  return [rows, promoters, rows - promoters - detractors, detractors];
}

function summaryOf(book: LocalSpreadsheet) {
  const report = book.sheetByName('NPS · Responses')!;
  return [1, 2, 3, 4].map((c) => report.raw(SUMMARY_FIGURES, c));
}

describe('columns inserted, deleted or moved in the source', () => {
  test('the score column picked by the user is found again after a column is inserted before it', () => {
    const { book, addon } = withMoreColumns(66);
    addon.run('saveRoleOverrides', 0, { 4: 'score' }); // E: Support score
    addon.run('buildReport', options({ segmentColumn: 5 })); // F: Region
    expect(summaryOf(book)).toEqual(supportCounts(66));
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Responses')!.insertColumnBefore(2); // a new column B: everything from B moves right
    const result = addon.run('refreshReports') as RefreshResult;
    expect(result.refreshed).toEqual(['NPS · Responses']);
    expect(summaryOf(book)).toEqual(supportCounts(66));
    const report = book.sheetByName('NPS · Responses')!;
    expect(String(report.raw(2, 1))).toContain('score: Support score');
    // The e-mail column makes a "People" block under the charts: the tables follow it.
    const tables = rowOfTitle(report, SEGMENT, 'NPS by Region');
    expect(tables).toBeGreaterThan(titleRow(4));
    expect(report.raw(tables + 2, SEGMENT)).toMatch(/^(North|South|East)$/);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.mapping.score).toBe(5);
  });

  test('deleting the segment column: the refresh fails plainly and leaves the report as it was (no e-mail addresses in it)', () => {
    const { book, addon } = withMoreColumns(45);
    addon.run('buildReport', options({ segmentColumn: 5 })); // F: Region
    const report = book.sheetByName('NPS · Responses')!;
    const before = reportState(book, report);
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Responses')!.deleteColumn(6); // Email moves into F
    const result = addon.run('refreshReports') as RefreshResult;
    expect(result.refreshed).toEqual([]);
    expect(result.message).toBe('"NPS · Responses" was not refreshed: the segment column “Region” was deleted; pick a segment in the sidebar and build again');
    expectSameState('report', reportState(book, report), before);
    expect(JSON.stringify(before.grid.values)).not.toContain('@example.com');
  });

  test('deleting the score column the user picked: the refresh fails plainly instead of reporting the question the detector now picks', () => {
    const { book, addon } = withMoreColumns(40);
    addon.run('saveRoleOverrides', 0, { 4: 'score' }); // E: Support score
    addon.run('buildReport', options({ segmentColumn: null }));
    const report = book.sheetByName('NPS · Responses')!;
    const before = reportState(book, report);
    addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Responses')!.deleteColumn(5);
    const result = addon.run('refreshReports') as RefreshResult;
    expect(result.message).toBe('"NPS · Responses" was not refreshed: the score column “Support score” was deleted; pick the score column in the sidebar and build again');
    expectSameState('report', reportState(book, report), before);
  });

  test('deleting the date column: the refresh fails plainly', () => {
    const { addon } = withMoreColumns(40);
    addon.run('buildReport', options());
    addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Responses')!.deleteColumn(1);
    expect((addon.run('refreshReports') as RefreshResult).message).toBe(
      '"NPS · Responses" was not refreshed: the date column “Timestamp” was deleted; pick the date column in the sidebar and build again',
    );
  });

  test('deleting the column before the segment column: the refresh still splits by it', () => {
    const { book, addon } = withMoreColumns(45);
    addon.run('buildReport', options({ segmentColumn: 3, mode: 'live' })); // Plan, live formulas
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Responses')!.deleteColumn(3); // Comment
    expect((addon.run('refreshReports') as RefreshResult).refreshed).toEqual(['NPS · Responses']);
    const report = book.sheetByName('NPS · Responses')!;
    const tables = rowOfTitle(report, SEGMENT, 'NPS by Plan');
    expect(tables).toBeGreaterThan(titleRow(4));
    expect(report.formulaAt(tables + 1, SEGMENT)).toBe("=NPS_BY_SEGMENT('Responses'!C2:C, 'Responses'!B2:B, 1, 0.95)");
  });

  test('two columns now carry the segment header: the refresh says it cannot tell them apart', () => {
    const { book, addon } = withMoreColumns(30);
    addon.run('buildReport', options({ segmentColumn: 5 }));
    book.sheetByName('Responses')!.loadValues([['Region']], 1, 7); // Email renamed "Region"
    const result = addon.run('refreshReports') as RefreshResult;
    expect(result.message).toBe(
      '"NPS · Responses" was not refreshed: the segment column “Region” can no longer be told apart: several columns of the sheet are headed “Region”; pick a segment in the sidebar and build again',
    );
  });

  test('a role override whose column was deleted is dropped, never given to the column that took its place', () => {
    const { addon } = withMoreColumns(40);
    addon.run('saveRoleOverrides', 0, { 5: 'comment' }); // F: Region as a comment
    const ss = addon.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Responses')!.deleteColumn(6); // Email moves into F
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.columns.map((c) => c.overridden)).toEqual(profile.columns.map(() => false));
    expect(profile.columns[5]).toMatchObject({ header: 'Email', overridden: false });
    expect(profile.columns[5].role).not.toBe('comment');
  });

  test('role overrides saved by an older version (column numbers only) still load', () => {
    const { book, addon } = sampleBook(40);
    book.documentProperties.setMany({ 'nps.roles.0': JSON.stringify({ 3: 'comment' }) });
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.columns[3]).toMatchObject({ role: 'comment', overridden: true });
    // Saved again with the header, it then follows the column.
    addon.run('saveRoleOverrides', 0, { 1: 'score' });
    addon.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Responses')!.insertColumnBefore(1);
    const moved = addon.run('getSheetProfile') as SheetProfile;
    expect(moved.columns[4]).toMatchObject({ header: 'Plan', role: 'comment', overridden: true });
    expect(moved.mapping.score).toBe(2);
  });
});

describe('columnIdentity', () => {
  test('a unique header is found wherever it moved; a gone one is "deleted"', () => {
    const ref = columnRef(['Date', 'Score', 'Plan'], 2);
    expect(ref).toEqual({ header: 'Plan', index: 2, occurrence: 0, count: 1 });
    expect(findColumn(ref, ['Plan', 'Date', 'Score'])).toEqual({ index: 0 });
    expect(findColumn(ref, [' Plan ', 'Date'])).toEqual({ index: 0 });
    expect(findColumn(ref, ['Date', 'Score', 'Email'])).toEqual({ problem: 'deleted' });
  });

  test('duplicate headers: told apart by rank only while there are as many as when saved', () => {
    const ref = columnRef(['Comment', 'Score', 'Comment'], 2);
    expect(ref).toMatchObject({ occurrence: 1, count: 2 });
    expect(findColumn(ref, ['New', 'Comment', 'Score', 'Comment'])).toEqual({ index: 3 });
    expect(findColumn(ref, ['Comment', 'Score'])).toEqual({ problem: 'ambiguous' });
    expect(findColumn(ref, ['Comment', 'Comment', 'Score', 'Comment'])).toEqual({ problem: 'ambiguous' });
  });

  test('a record of an older version (no header) keeps its index while the column exists', () => {
    expect(findColumn({ header: null, index: 3 }, ['a', 'b', 'c', 'd'])).toEqual({ index: 3 });
    expect(findColumn({ header: null, index: 4 }, ['a', 'b', 'c', 'd'])).toEqual({ problem: 'deleted' });
  });
});
