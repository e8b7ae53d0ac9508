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

  it('shows headers without Qualtrics ImportIds or SurveyMonkey "Response" labels', () => {
    const qualtrics = readFixture('qualtrics_sample.csv');
    const q = profileColumns(qualtrics, findTable(qualtrics)!, {}).columns;
    expect(q[0].header).toBe('StartDate'); // "Start Date" says the same
    expect(q[4].header).toBe('Progress');
    expect(q[18]).toMatchObject({ role: 'nps_group', header: 'Q1_NPS_GROUP · On a scale from 0-10, how likely are you to recommend Contoso to a friend or colleague? - Group' });
    const monkey = readFixture('surveymonkey_sample.csv');
    expect(profileColumns(monkey, findTable(monkey)!, {}).columns[9].header).toBe('How likely is it that you would recommend Fabrikam to a friend or colleague?');
  });

  it('SurveyMonkey: End Date (column 3) over Start Date', () => {
    const values = readFixture('surveymonkey_sample.csv');
    expect(profileColumns(values, findTable(values)!, {}).mapping.date).toBe(3);
  });
});
