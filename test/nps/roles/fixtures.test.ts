import { FIXTURE_NAMES, readFixture, readTruth } from '../../helpers/readCsv';
import { findTable } from '../../../src/nps/table';
import { profileColumns } from '../../../src/nps/roles';

describe('the three real exports, read as text cells, match their truth files', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: table, score, date, segments and comments`, () => {
      const values = readFixture(`${name}.csv`);
      const truth = readTruth(name);
      const table = findTable(values);
      expect(table).toEqual({ headerRow: 1, headerRows: truth.headerRows, firstDataRow: truth.headerRows + 1, lastRow: values.length });
      const { columns, mapping } = profileColumns(values, table!, { locale: 'en_US' });
      expect(mapping.score).toBe(truth.scoreColumn);
      expect(truth.dateColumnsAccepted ?? [truth.dateColumn]).toContain(mapping.date);
      expect(mapping.segments).toEqual(truth.segmentColumns);
      expect(mapping.comments).toEqual(truth.commentColumns);
      expect(columns.length).toBe(values[0].length);
    });
  }

  it('SurveyMonkey: End Date (column 3) over Start Date', () => {
    const values = readFixture('surveymonkey_sample.csv');
    expect(profileColumns(values, findTable(values)!, {}).mapping.date).toBe(3);
  });
});
