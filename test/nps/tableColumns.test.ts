import { columnRuns, columnsOfGrid, headerCellsOf, wantedColumns } from '../../src/nps/tableColumns';

describe('the columns an analysis reads', () => {
  test('score, date, the chosen segment, the first comment and the respondent, sorted, each once; other segments and comments are not read', () => {
    expect(wantedColumns({ score: 7, date: 2, segments: [4, 9], comments: [11, 12] }, { segmentColumn: 9 })).toEqual([2, 7, 9, 11]);
    expect(wantedColumns({ score: 7, date: 2, segments: [4, 9], comments: [], respondent: 0 }, { segmentColumn: null })).toEqual([0, 2, 7]);
    expect(wantedColumns({ score: 0, date: null, segments: [], comments: [] }, { segmentColumn: null })).toEqual([0]);
    // A segment that is the date column is read once.
    expect(wantedColumns({ score: 3, date: 1, segments: [], comments: [] }, { segmentColumn: 1 })).toEqual([1, 3]);
  });

  test('adjacent columns share one range: runs of [first, count]', () => {
    expect(columnRuns([])).toEqual([]);
    expect(columnRuns([4])).toEqual([[4, 1]]);
    expect(columnRuns([9, 2, 3, 4, 7])).toEqual([[2, 3], [7, 1], [9, 1]]);
    expect(columnRuns([0, 1, 2, 3])).toEqual([[0, 4]]);
    expect(columnRuns([5, 5, 6])).toEqual([[5, 2]]);
  });
});

describe('columnsOfGrid', () => {
  // Title row, blank row, two header rows (SurveyMonkey), three responses, a note under them.
  const values = [['Survey'], [], ['Date', 'Score', 'Plan'], ['', 'Response', ''], ['2025-01-02', 9, 'Pro'], ['2025-01-03', 'n/a'], ['2025-01-04', 3, 'Free'], ['note']];
  const table = { headerRow: 3, headerRows: 2, firstDataRow: 5, lastRow: 7 };

  test('the data rows of a column, one cell per row; a short row gives what the grid holds', () => {
    const columns = columnsOfGrid(values, table);
    expect(columns.rows).toBe(3);
    expect(columns.cells(1)).toEqual([9, 'n/a', 3]);
    expect(columns.cells(2)).toEqual(['Pro', undefined, 'Free']);
  });

  test('the header rows of a column, top to bottom', () => {
    expect(headerCellsOf(values, table, 1)).toEqual(['Score', 'Response']);
    expect(columnsOfGrid(values, table).headerCells(0)).toEqual(['Date', '']);
  });

  test('a table without data rows has none', () => {
    expect(columnsOfGrid(values, { ...table, lastRow: 4 }).cells(1)).toEqual([]);
  });
});
