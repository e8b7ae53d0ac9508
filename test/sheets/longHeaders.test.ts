/**
 * Headers of any length, up to a cell's 50,000 characters: the settings
 * remember columns by header in document properties, which hold 9 KB a
 * value, so a long header is remembered as its start and a hash of the
 * whole. A report over such columns builds and refreshes; a role set on one
 * of two long headers that differ only at their end stays on that one.
 */
import { createSpreadsheet, loadAddon, snapshotSheet } from '../../src/local/sheets';
import type { RefreshResult, ReportResult, SheetProfile } from '../../src/shared/contract';
import { columnRef, findColumn } from '../../src/sheets/columnIdentity';
import { DIST, options } from './sampleBook';

const LONG = 'x'.repeat(49_000);

/** Date, score, two long "Plan" headers that differ only in their last word, 60 answers. */
function longHeaderBook() {
  const values: unknown[][] = [[`Submitted ${LONG}`, `How likely are you to recommend us? ${LONG}`, `Plan ${LONG} (main)`, `Plan ${LONG} (other)`]];
  for (let i = 0; i < 60; i++) values.push([new Date(Date.UTC(2025, 0, 1 + i, 12)), i % 11, ['Free', 'Pro'][i % 2], ['A', 'B', 'C'][i % 3]]);
  const book = createSpreadsheet({ sheets: [{ name: 'Responses', values }] });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}

test('a report over 49,000-character headers builds, is remembered and refreshes', () => {
  const { book, addon } = longHeaderBook();
  const result = addon.run('buildReport', options({ segmentColumn: 2 })) as ReportResult;
  expect(result.message).toBe("Report ready in 'NPS · Responses' — 4 charts");
  const saved = Object.values(book.documentProperties.all()).map((v) => String(v).length);
  expect(Math.max(...saved)).toBeLessThan(9 * 1024);
  const refreshed = addon.run('refreshReports') as RefreshResult;
  expect(refreshed.refreshed).toEqual(['NPS · Responses']);
  // Named as the report names it: by its first 99 characters.
  expect(refreshed.message).toBe(`Refreshed one report: 'NPS · Responses' (by month · split by Plan ${'x'.repeat(94)}… · snapshot).`);
  // Titles name the column by its first 99 characters.
  expect(snapshotSheet(book.sheetByName('NPS · Responses')!).values.flat()).toContain(`NPS by Plan ${'x'.repeat(94)}…`);
});

test('a segment header of a full cell (50,000 characters) still gives titles that fit in a cell', () => {
  const { book, addon } = longHeaderBook();
  book.sheetByName('Responses')!.loadValues([[`P${'y'.repeat(49_999)}`]], 1, 3);
  for (const mode of ['snapshot', 'live']) {
    book.activeSheet = book.sheetByName('Responses')!;
    expect((addon.run('buildReport', options({ segmentColumn: 2, mode })) as ReportResult).charts).toBe(4);
  }
  const report = snapshotSheet(book.sheetByName('NPS · Responses')!);
  expect(report.values.flat()).toContain(`NPS by P${'y'.repeat(98)}…`);
  expect(Math.max(...report.values.flat().map((v) => String(v).length))).toBeLessThanOrEqual(50_000);
});

test('a role set on one of two long headers that differ only at their end stays on that column', () => {
  const { addon } = longHeaderBook();
  const profile = addon.run('saveRoleOverrides', 0, { 3: 'comment' }) as SheetProfile;
  expect(profile.columns.map((c) => c.role).slice(2)).toEqual(['segment', 'comment']);
  expect((addon.run('getSheetProfile') as SheetProfile).columns[3]).toMatchObject({ role: 'comment', overridden: true });
  expect((addon.run('getSheetProfile') as SheetProfile).columns[2].overridden).toBe(false);
});

test('a remembered long header finds its column again wherever it moved, and only that one', () => {
  const headers = ['Date', `Plan ${LONG} (main)`, `Plan ${LONG} (other)`];
  const ref = columnRef(headers, 2);
  expect(ref.header!.length).toBe(200);
  expect(findColumn(ref, [headers[2], 'Date', headers[1]])).toEqual({ index: 0 });
  expect(findColumn(ref, ['Date', headers[1]])).toEqual({ problem: 'deleted' });
});

test('a warning that names a full-cell score header names it by its first 99 characters, and the report is written', () => {
  const question = `How likely are you to recommend us? ${'z'.repeat(50_000 - 36)}`;
  expect(question.length).toBe(50_000);
  // Answers coded 1–11 (never 0), as Qualtrics codes a 0–10 question: the scale warning names the column.
  const values: unknown[][] = [['Submitted', question]];
  for (let i = 0; i < 66; i++) values.push([new Date(Date.UTC(2025, 0, 1 + i, 12)), 1 + (i % 11)]);
  const book = createSpreadsheet({ sheets: [{ name: 'Responses', values }] });
  const addon = loadAddon({ spreadsheet: book, distDir: DIST });
  const result = addon.run('buildReport', options({ segmentColumn: null })) as ReportResult;
  const named = `“${question.slice(0, 99)}…” is coded 1–11 with no 0`;
  expect(result.message).toContain(named);
  expect(snapshotSheet(book.sheetByName('NPS · Responses')!).values.flat().some((v) => String(v).includes(named))).toBe(true);
});
