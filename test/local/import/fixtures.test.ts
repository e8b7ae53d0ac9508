import { importFile } from '../../../src/local/import';

const FIXTURES = '/work/shared/fixtures';

describe('importFile on real survey exports', () => {
  test('Google Forms: one header row, 240 responses, US dates in the sheet zone, scores as numbers', async () => {
    const { sheets } = await importFile(`${FIXTURES}/google_forms_responses.csv`, {
      locale: 'en_US',
      timeZone: 'America/New_York',
    });
    expect(sheets).toHaveLength(1);
    const { name, values } = sheets[0];
    expect(name).toBe('google_forms_responses');
    expect(values).toHaveLength(241);
    expect(values[0]).toEqual([
      'Timestamp',
      'How likely are you to recommend our newsletter to a friend?',
      'Why did you pick that score?',
      'How did you hear about us?',
    ]);
    // 8/15/2025 5:23:54 is EDT (UTC−4) in New York.
    expect(values[1]).toEqual([new Date(Date.UTC(2025, 7, 15, 9, 23, 54)), 10, 'Love the new dashboard', 'Social media']);
    expect(values[2]).toEqual([new Date(Date.UTC(2025, 8, 9, 15, 59, 11)), 10, '', 'Friend']);
    expect(values.every((row) => row.length === 4)).toBe(true);
    expect(values.slice(1).every((row) => row[0] instanceof Date && typeof row[1] === 'number')).toBe(true);
  });

  test('SurveyMonkey: two header rows, long IDs as numbers, AM/PM dates', async () => {
    const { sheets } = await importFile(`${FIXTURES}/surveymonkey_sample.csv`, { timeZone: 'America/New_York' });
    const { values } = sheets[0];
    expect(values).toHaveLength(182);
    expect(values[0][9]).toBe('How likely is it that you would recommend Fabrikam to a friend or colleague?');
    expect(values[1]).toEqual(['', '', '', '', '', '', '', '', '', 'Response', 'Open-Ended Response', 'Response']);
    // 11400000000,431000000,05/31/2025 07:40:24 AM,05/31/2025 07:49:26 AM,,,,,,8,Onboarding took a while,EMEA
    expect(values[2]).toEqual([
      11400000000,
      431000000,
      new Date(Date.UTC(2025, 4, 31, 11, 40, 24)),
      new Date(Date.UTC(2025, 4, 31, 11, 49, 26)),
      '', '', '', '', '',
      8,
      'Onboarding took a while',
      'EMEA',
    ]);
    // 05/27/2025 12:04:43 PM is just after noon.
    expect(values[4][3]).toEqual(new Date(Date.UTC(2025, 4, 27, 16, 4, 43)));
  });

  test('Qualtrics: three header rows (the third is JSON in quotes), ISO dates, True as a boolean', async () => {
    const { sheets } = await importFile(`${FIXTURES}/qualtrics_sample.csv`, { timeZone: 'America/Denver' });
    const { values } = sheets[0];
    expect(values).toHaveLength(153);
    expect(values.every((row) => row.length === 21)).toBe(true);
    expect(values[0][17]).toBe('Q1');
    expect(values[1][17]).toBe('On a scale from 0-10, how likely are you to recommend Contoso to a friend or colleague?');
    expect(values[2][0]).toBe('{"ImportId":"startDate","timeZone":"America/Denver"}');
    // 2025-04-01 07:17:49,…,100,782,True,2025-04-01 07:30:51,R_6EwgZcboKe8M4Zm,…,30.2247,-110.7425,anonymous,EN,5,1,…
    const first = values[3];
    expect(first[0]).toEqual(new Date(Date.UTC(2025, 3, 1, 13, 17, 49))); // MDT is UTC−6
    expect(first[4]).toBe(100);
    expect(first[5]).toBe(782);
    expect(first[6]).toBe(true);
    expect(first[7]).toEqual(new Date(Date.UTC(2025, 3, 1, 13, 30, 51)));
    expect(first[8]).toBe('R_6EwgZcboKe8M4Zm');
    expect(first[13]).toBe(30.2247);
    expect(first[14]).toBe(-110.7425);
    expect(first.slice(17, 21)).toEqual([5, 1, 'Buggy export', 'Contoso Mail']);
  });
});
