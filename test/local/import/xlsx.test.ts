import { Workbook } from 'exceljs';
import { ImportError, importFile } from '../../../src/local/import';
import { readXlsx } from '../../../src/local/import/xlsx';

/** A two-sheet workbook as Excel would save it, built with exceljs. */
async function surveyWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const responses = workbook.addWorksheet('Responses');
  responses.addRow(['Submitted', 'Score', 'Comment', 'Code']);
  // exceljs stores a Date's UTC fields as the cell's wall clock.
  responses.addRow([new Date(Date.UTC(2025, 0, 15, 10, 30)), 9, 'Great', '007']);
  responses.addRow([new Date(Date.UTC(2025, 6, 1, 8, 0)), 6, { richText: [{ text: 'Too ' }, { font: { bold: true }, text: 'slow' }] }, true]);
  responses.getCell('B4').value = { formula: 'B2+1', result: 10 };
  responses.getCell('C4').value = { text: 'see site', hyperlink: 'https://example.com' };
  responses.getCell('D4').value = { error: '#N/A' };
  responses.getCell('A5').value = 'Merged note';
  responses.mergeCells('A5:C5');
  responses.getCell('B6').value = { formula: 'NOW()' }; // never calculated: no cached result
  const notes = workbook.addWorksheet('Notes');
  notes.getCell('B3').value = 'only cell';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const RESPONSES_IN_PARIS = [
  ['Submitted', 'Score', 'Comment', 'Code'],
  // 10:30 in Paris in January is 09:30Z (CET); 08:00 in July is 06:00Z (CEST).
  [new Date(Date.UTC(2025, 0, 15, 9, 30)), 9, 'Great', '007'],
  [new Date(Date.UTC(2025, 6, 1, 6, 0)), 6, 'Too slow', true],
  ['', 10, 'see site', '#N/A'],
  ['Merged note', '', '', ''],
];

describe('importFile on an XLSX', () => {
  test('every sheet, with typed cells as Sheets holds them, dates in the sheet zone', async () => {
    const { sheets } = await importFile(await surveyWorkbook(), { fileName: 'survey.xlsx', timeZone: 'Europe/Paris' });
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Responses', 'Notes']);
    expect(sheets[0].values).toEqual(RESPONSES_IN_PARIS);
    expect(sheets[1].values).toEqual([
      ['', ''],
      ['', ''],
      ['', 'only cell'],
    ]);
  });

  test('the sheet option picks one sheet', async () => {
    const { sheets } = await importFile(await surveyWorkbook(), { sheet: 'Notes' });
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Notes']);
  });

  test('a missing sheet is an ImportError listing the names', async () => {
    const attempt = importFile(await surveyWorkbook(), { fileName: 'survey.xlsx', sheet: 'Form Responses 1' });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toMatchObject({
      problem: 'no-such-sheet',
      message: 'survey.xlsx has no sheet named "Form Responses 1": use one of "Responses", "Notes".',
    });
  });

  test('an XLSX named .csv is read as a workbook', async () => {
    const { sheets } = await importFile(await surveyWorkbook(), { fileName: 'export.csv' });
    expect(sheets[0].values[1][1]).toBe(9);
  });
});

describe('readXlsx streaming (the path of files over 8 MB)', () => {
  test('reads the same values, sheets in tab order', async () => {
    const { sheets } = await readXlsx(await surveyWorkbook(), 'Europe/Paris', 'survey.xlsx', undefined, 0);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Responses', 'Notes']);
    expect(sheets[0].values).toEqual(RESPONSES_IN_PARIS);
    expect(sheets[1].values).toEqual([['', ''], ['', ''], ['', 'only cell']]);
  });

  test('a missing sheet lists the names', async () => {
    await expect(readXlsx(await surveyWorkbook(), 'UTC', 'survey.xlsx', 'Nope', 0)).rejects.toMatchObject({
      problem: 'no-such-sheet',
    });
  });
});
