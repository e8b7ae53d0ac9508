import { findTable } from '../../../src/nps/table';

const data = [
  ['2025-01-02 10:00', 9, 'Great'],
  ['2025-01-03 11:00', 6, ''],
];

describe('findTable', () => {
  it('returns null for an empty sheet', () => {
    expect(findTable([])).toBeNull();
    expect(findTable([[''], ['', ''], ['  ']])).toBeNull();
  });

  it('returns null for a sheet with headers but no responses', () => {
    expect(findTable([['Timestamp', 'Score', 'Why?']])).toBeNull();
    expect(findTable([['Timestamp', 'Score', 'Why?'], ['', '', '']])).toBeNull();
  });

  it('finds a plain table at A1', () => {
    expect(findTable([['Timestamp', 'Score', 'Why?'], ...data])).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 3 });
  });

  it('skips a title, an "Exported on" line and blank rows above the table', () => {
    const values = [['NPS tracker 2025', '', ''], ['Exported on 2025-07-01', '', ''], ['', '', ''], ['Date', 'Score', 'Comment'], ...data];
    expect(findTable(values)).toEqual({ headerRow: 4, headerRows: 1, firstDataRow: 5, lastRow: 6 });
  });

  it('takes lastRow from the last row with any data, ignoring trailing blank rows', () => {
    const values = [['Date', 'Score', 'Comment'], ...data, ['', '', ''], ['', '', 'late note'], ['', '', ''], ['', '', '']];
    expect(findTable(values)!.lastRow).toBe(5);
  });

  it('leaves out summary rows typed under the responses, and the blank rows before them', () => {
    const header = ['Date', 'Score', 'Comment', 'Plan'];
    const rows = [['2025-01-02', 9, 'Great', 'Pro'], ['2025-01-03', 6, '', 'Free']];
    expect(findTable([header, ...rows, ['', '', '', ''], ['Average', 7.5, '', ''], ['NPS:', 0, '', ''], ['Итого', 2, '', '']])).toEqual(
      { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 3 },
    );
    expect(findTable([header, ...rows, ['', 'Total responses: 2', '', '']])!.lastRow).toBe(3);
    // A full row that starts with such a word is a response; so is a lone data row.
    expect(findTable([header, ...rows, ['Total', 9, 'Great value', 'Pro']])!.lastRow).toBe(4);
    expect(findTable([header, ['Average', 8, '', '']])!.lastRow).toBe(2);
    // "Averaged" or "Totally" are not labels.
    expect(findTable([header, ...rows, ['Totally great', 10, '', '']])!.lastRow).toBe(4);
  });

  it('leaves out the statistics and NPS tallies people and SPSS type under the responses', () => {
    const header = ['Date', 'Score', 'Plan', 'Comment'];
    const rows = [['2025-01-02', 9, 'Pro', ''], ['2025-01-03', 6, 'Free', 'slow'], ['2025-01-04', 8, 'Pro', '']];
    const footers = [
      [['N', 3, '', '']],
      [['n =', 3, '', '']],
      [['Mode', 9, '', ''], ['Range', 3, '', '']],
      [['SD', 1.53, '', ''], ['SE', 0.88, '', '']],
      [['Std. Error', 0.88, '', '']],
      [['Total', '', '', ''], ['Mean', 7, '', ''], ['Std Dev', 1.5, '', ''], ['N', 3, '', '']],
      [['Promoters', 1, '', ''], ['Passives', 1, '', ''], ['Detractors', 1, '', ''], ['NPS', 0, '', '']],
      [['% Promoters', '33%', '', '']],
      [['Responses', 3, '', '']],
      [['Q1', 6, '', ''], ['Q3', 9, '', '']],
    ];
    for (const footer of footers) expect(findTable([header, ...rows, ...footer])!.lastRow).toBe(4);
  });

  it('keeps a last row whose first cell is one of the values its column holds, even when it reads like a label', () => {
    const header = ['Renewed?', 'Score', 'Plan', 'Comment'];
    const rows = [['Y', 9, 'Pro', ''], ['N', 6, 'Free', 'slow'], ['Y', 8, 'Pro', '']];
    expect(findTable([header, ...rows, ['N', 3, '', '']])!.lastRow).toBe(5);
    expect(findTable([header, ...rows, ['N', 3, 'Pro', ''], ['N', 10, '', '']])!.lastRow).toBe(6);
  });

  it('leaves out footer lines under the responses, and the summary rows above them', () => {
    const header = ['Case', 'Account', 'Score', 'Closed'];
    const rows = [['SR-1', 'Acme', 9, '3/10/2026'], ['SR-2', 'Acme', 4, '3/11/2026'], ['SR-3', 'Initech', 10, '3/12/2026']];
    // Salesforce's formatted report: Grand Totals with the average, then its confidentiality and copyright lines.
    const salesforce = [...rows, ['Grand Totals (3 records)', '', 7.67, ''], ['', '', '', ''], ['Confidential Information - Do Not Distribute', '', '', ''], ['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.', '', '', '']];
    expect(findTable([header, ...salesforce])!.lastRow).toBe(4);
    // A hand-kept sheet: blank row, Average and Count, blank row, a note in the first column.
    const handKept = [...rows, ['', '', '', ''], ['Average', '', 7.7, ''], ['Count', '', 3, ''], ['', '', '', ''], ['Note: scores collected on the in-store tablets', '', '', '']];
    expect(findTable([header, ...handKept])!.lastRow).toBe(4);
    expect(findTable([header, ...rows, ['Source: CRM export, March', '', '', '']])!.lastRow).toBe(4);
    // A response with only a short text in the first column is still a row of the table.
    expect(findTable([header, ...rows, ['SR-4', '', '', '']])!.lastRow).toBe(5);
  });

  it('starts the data after blank rows under the header', () => {
    expect(findTable([['Date', 'Score', 'Comment'], ['', '', ''], ...data])).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 3, lastRow: 4 });
  });

  it("reads SurveyMonkey's second header row (Response / Open-Ended Response)", () => {
    const values = [
      ['Respondent ID', 'End Date', 'How likely…?', 'Why?'],
      ['', '', 'Response', 'Open-Ended Response'],
      ['114000', '05/31/2025 07:49:26 AM', '8', 'ok'],
    ];
    expect(findTable(values)).toEqual({ headerRow: 1, headerRows: 2, firstDataRow: 3, lastRow: 3 });
  });

  it("reads Qualtrics' question-text row and ImportId row", () => {
    const values = [
      ['StartDate', 'Progress', 'Q1', 'Q2'],
      ['Start Date', 'Progress', 'How likely…?', 'Why?'],
      ['{"ImportId":"startDate","timeZone":"America/Denver"}', '{"ImportId":"progress"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_TEXT"}'],
      ['2025-04-01 07:17:49', '100', '5', 'Buggy export'],
      ['2025-04-02 07:17:49', '100', '9', ''],
    ];
    expect(findTable(values)).toEqual({ headerRow: 1, headerRows: 3, firstDataRow: 4, lastRow: 5 });
  });

  it('keeps a first response whose score is "N/A" as data, not as a header row', () => {
    const values = [['Date', 'Score', 'Comment'], ['', 'N/A', 'did not answer'], ...data];
    expect(findTable(values)).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 4 });
  });

  it('keeps a first response with text numbers as data', () => {
    const values = [['Date', 'Score'], ['3/4/2025', '10 - Extremely likely'], ['3/5/2025', '7']];
    expect(findTable(values)!.headerRows).toBe(1);
  });

  it('finds a header row whose cells are mostly blank (the data row under it is full)', () => {
    const values = [['Date', '', '', ''], [new Date(Date.UTC(2025, 0, 2)), 9, 'Great', 'North'], [new Date(Date.UTC(2025, 0, 3)), 7, 'ok', 'South']];
    expect(findTable(values)).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 3 });
  });

  it('handles ragged rows (shorter arrays) like full ones', () => {
    expect(findTable([['Title'], [], ['Date', 'Score'], ['2025-01-02', 9]])).toEqual({ headerRow: 3, headerRows: 1, firstDataRow: 4, lastRow: 4 });
  });
});
