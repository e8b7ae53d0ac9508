/**
 * The analysis lists "What goes with the score" over the mapping's driver
 * columns (never the score or the date column), with the sheet's headers and
 * column indices. Figures by hand: NPS = (P − D) / n; p from the
 * independent helper.
 */
import { analyzeTable, type AnalysisSettings } from '../../../src/nps/analysis';
import { columnsOfGrid, wantedColumns } from '../../../src/nps/tableColumns';
import { differenceP } from '../../helpers/differenceP';

const settings: AnalysisSettings = { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95, timeZone: 'UTC', locale: 'en_US' };

describe('analyzeTable: drivers', () => {
  // 36 "Email" rows: 30 promoters (9), 6 detractors (2); 36 "phone"/"Phone" rows: 6 promoters, 30 detractors.
  const values: unknown[][] = [['Score', 'Contact', 'Date']];
  for (let i = 0; i < 36; i++) values.push([i < 30 ? 9 : 2, 'Email', '2025-01-05']);
  for (let i = 0; i < 36; i++) values.push([i < 6 ? 9 : 2, i % 3 === 0 ? 'phone' : 'Phone', '2025-01-06']);
  const table = { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: values.length };

  test('rows carry the column and its header; NPS, difference and p by hand', () => {
    const a = analyzeTable(columnsOfGrid(values, table), table, { score: 0, date: 2, segments: [1], comments: [], drivers: [0, 1, 2] }, settings);
    expect(a.drivers!.map((d) => [d.column, d.question, d.answer, d.responses])).toEqual([
      [1, 'Contact', 'Email', 36],
      [1, 'Contact', 'Phone', 36],
    ]);
    const [email, phone] = a.drivers!;
    expect(email.nps).toBeCloseTo((24 / 36) * 100, 10);
    expect(phone.nps).toBeCloseTo((-24 / 36) * 100, 10);
    expect(email.vsRest).toBeCloseTo((48 / 36) * 100, 10);
    expect(email.p).toBeCloseTo(differenceP([30, 0, 6], [6, 0, 30]), 12);
    expect([email.significant, phone.significant]).toEqual([true, true]);
  });

  test('the driver columns are among the columns the analysis reads', () => {
    expect(wantedColumns({ score: 0, date: 2, segments: [], comments: [], drivers: [4, 1] }, { segmentColumn: null })).toEqual([0, 1, 2, 4]);
  });

  test('no driver columns in the mapping: no drivers', () => {
    expect(analyzeTable(columnsOfGrid(values, table), table, { score: 0, date: 2, segments: [1], comments: [] }, settings).drivers).toEqual([]);
  });
});
