/**
 * "No answer" markers (`NA`, `NaN`, `.`, `#N/A`, a non-breaking space…) are
 * blank to the detector, so a score or date column full of them is still
 * found; the analysis still counts them as ignored (SPEC §3).
 */
import { analyzeTable } from '../../../src/nps/analysis';
import { columnsOfGrid } from '../../../src/nps/tableColumns';
import { profileColumns } from '../../../src/nps/roles';
import { findTable } from '../../../src/nps/table';
import { noAnswerExport } from '../../helpers/noAnswerExport';

const SETTINGS = { period: 'month' as const, segmentColumn: null, rollingDays: null, confidence: 0.95, timeZone: 'UTC', locale: 'en_US' };

function detect(values: unknown[][]) {
  const table = findTable(values)!;
  return { table, ...profileColumns(values, table, { locale: 'en_US' }) };
}

describe('a score column where 30–70 % of the cells say "no answer", in every style', () => {
  it.each([
    [400, 0.3, 1],
    [400, 0.5, 2],
    [716, 0.61, 3],
    [250, 0.7, 4],
    [3000, 0.68, 5],
  ])('%i rows, share %f of markers (seed %i): score, date, segment and comment found; counts exact', (rows, share, seed) => {
    const { rows: values, expected } = noAnswerExport(rows, share, seed);
    const { table, mapping } = detect(values);
    expect(table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: rows + 1 });
    expect(mapping).toEqual({ score: 2, date: 1, segments: [3], comments: [4], drivers: [3] });
    expect(analyzeTable(columnsOfGrid(values, table), table, mapping, SETTINGS).overall).toMatchObject(expected);
  });

  it('the real export: 276 answers 0–10 and 440 NA', () => {
    const values: unknown[][] = [['respondent', 'recommende_score.post']];
    // 7 is prime to 716, so (7·i) mod 716 takes every value 0–715 once: 276 rows hold a score, spread over the sheet.
    for (let i = 0; i < 716; i++) values.push([`r${i}`, (7 * i) % 716 < 276 ? i % 11 : 'NA']);
    expect(values.filter((r) => r[1] === 'NA')).toHaveLength(440);
    const { table, mapping } = detect(values);
    expect(mapping.score).toBe(1);
    expect(analyzeTable(columnsOfGrid(values, table), table, mapping, SETTINGS).overall).toMatchObject({ responses: 276, ignored: 440 });
  });
});

describe('markers never make a column what it is not', () => {
  const rows = (n: number, cell: (i: number) => unknown[]) => Array.from({ length: n }, (_, i) => cell(i));

  it('a 1–5 scale with many NA stays a number, not the score', () => {
    const values = [['Date', 'Satisfaction', 'Recommend'], ...rows(60, (i) => [`2025-02-${10 + (i % 15)}`, i % 2 ? 'NA' : 1 + (i % 5), i % 11])];
    const { mapping, columns } = detect(values);
    expect(mapping.score).toBe(2);
    expect(columns[1].role).toBe('number');
  });

  it('a column of markers only is no score and no date', () => {
    const values = [['Date', 'Score', 'Q9'], ...rows(40, (i) => [`2025-02-${10 + (i % 15)}`, i % 11, ['NA', 'N/A', '-', 'NaN'][i % 4]])];
    const { mapping, columns } = detect(values);
    expect(mapping).toMatchObject({ score: 1, date: 0 });
    expect(columns[2].role).toBe('other');
  });

  it('among short choices NA stays a choice: a region column of NA (North America) and EMEA is a segment', () => {
    const values = [['Id', 'Created', 'NPS_Score__c', 'Region__c'], ...rows(80, (i) => [`a0X${100000 + i}`, `2026-03-${10 + (i % 15)}`, i % 11, i % 3 ? 'NA' : 'EMEA'])];
    const { mapping } = detect(values);
    expect(mapping.segments).toEqual([3]);
  });

  it('a comment column of few words where most cells are N/A is still the comments', () => {
    const values = [['Date', 'Score', 'Q5'], ...rows(90, (i) => [`2025-02-${10 + (i % 15)}`, i % 11, i % 3 ? 'N/A' : `Slow on Mondays, when the weekly export runs (case ${i})`])];
    expect(detect(values).mapping.comments).toEqual([2]);
  });

  it('a date column where most cells are NA is still the date', () => {
    const values = [['When', 'Score'], ...rows(90, (i) => [i % 3 ? 'NA' : `2025-0${1 + (i % 6)}-1${i % 9} 10:00`, i % 11])];
    expect(detect(values).mapping).toMatchObject({ score: 1, date: 0 });
  });
});
