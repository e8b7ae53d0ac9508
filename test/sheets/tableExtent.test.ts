/**
 * The sidebar's endpoints on sheets whose table is not the whole used range
 * (a note typed far below it) or whose score column is full of "no answer"
 * markers, through the built add-on in the emulator: the source sheet is
 * read by src/sheets/sourceSheet.ts with getDataRange().getValues().
 */
import { importText } from '../../src/local/import';
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';
import type { PreviewResult, SheetProfile } from '../../src/shared/contract';
import { noAnswerExport, toCsv } from '../helpers/noAnswerExport';
import { DIST, options, responses } from './sampleBook';

const PREVIEW = { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 };

/** A book whose active sheet holds `values`, the add-on loaded over it. */
function bookOf(values: unknown[][]) {
  const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Responses', values }] });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}

describe('a note typed far below the responses', () => {
  // sampleBook's sheet: 600 rows, Score i % 11: 54 full cycles and 0–5 once more.
  // Promoters (9, 10) 108, passives (7, 8) 108, detractors 384.
  const counts = { responses: 600, promoters: 108, passives: 108, detractors: 384, ignored: 0 };

  it.each([
    ['a number in the score column at row 400,000', 400000, 2, 42],
    ['a note in Z100000', 100000, 26, 'see tab 2'],
  ])('%s: the table ends at the last response; the note is neither sampled nor counted', (_, row, column, note) => {
    const { book, addon } = bookOf(responses(600));
    book.sheetByName('Responses')!.loadValues([[note]], row, column);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 601 });
    expect(profile.mapping).toEqual({ score: 1, date: 0, segments: [3], comments: [2], drivers: [3] });
    expect(profile.columns).toHaveLength(4);
    const preview = addon.run('getPreview', PREVIEW) as PreviewResult;
    expect(preview.overall).toMatchObject(counts);
    expect(preview.ignoredCells).toEqual([]);
  });

  it('a report built on such a sheet covers the responses only', () => {
    const { book, addon } = bookOf(responses(600));
    book.sheetByName('Responses')!.loadValues([['todo']], 50000, 1);
    addon.run('buildReport', options());
    const report = book.sheets.find((s) => s.name !== 'Responses')!;
    const text = report.storedRows().flat().map(String);
    expect(text.some((cell) => /rows 2–601\b/.test(cell))).toBe(true);
  });

  it('two blank rows inside the table do not end it', () => {
    const values = responses(600);
    const blank = ['', '', '', ''];
    const { addon } = bookOf([...values.slice(0, 301), blank, blank, ...values.slice(301)]);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.table!.lastRow).toBe(603);
    expect((addon.run('getPreview', PREVIEW) as PreviewResult).overall).toMatchObject(counts);
  });
});

describe('a score column where 30–70 % of the cells say "no answer"', () => {
  it.each([
    [500, 0.3, 11],
    [716, 0.61, 12],
    [300, 0.7, 13],
  ])('%i rows, share %f (seed %i): the score column is found, responses and ignored exact', (rows, share, seed) => {
    const generated = noAnswerExport(rows, share, seed);
    // Imported as Sheets imports a CSV: digits become numbers, ISO dates become dates, markers stay text.
    const values = importText(toCsv(generated.rows), { fileName: 'export.csv' }).sheets[0].values;
    const { addon } = bookOf(values);
    const profile = addon.run('getSheetProfile') as SheetProfile;
    expect(profile.problem).toBeNull();
    expect(profile.mapping).toEqual({ score: 2, date: 1, segments: [3], comments: [4], drivers: [3] });
    expect((addon.run('getPreview', PREVIEW) as PreviewResult).overall).toMatchObject(generated.expected);
  });
});
