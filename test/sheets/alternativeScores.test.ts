/**
 * A second 0–10 recommend question (SPEC 10b) is an alternative score: the
 * profile names it (never as a segment, even with many NA answers), and once
 * the user scores on it the first one is offered back.
 */
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';
import { DIST } from './sampleBook';

function twoQuestions() {
  const values: unknown[][] = [['Timestamp', 'How likely is it that you would recommend Stack Overflow to a friend?', 'Gender', 'How likely are you to recommend Python to a friend or colleague?']];
  for (let i = 0; i < 120; i++) {
    // Python: "NA" for two respondents in three (they do not use it), else 0–10.
    values.push([new Date(Date.UTC(2025, i % 4, 3, 9)), i % 11, ['Man', 'Woman', 'man'][i % 3], i % 3 === 0 ? String((i * 7) % 11) : 'NA']);
  }
  const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Survey', values }] });
  return loadAddon({ spreadsheet: book, distDir: DIST });
}

test('the profile offers the second recommend question as another score, not as a segment', () => {
  const addon = twoQuestions();
  const profile = addon.run('getSheetProfile') as any;
  expect(profile.mapping.score).toBe(1);
  expect(profile.mapping.segments).not.toContain(3);
  expect(profile.columns[3].role).not.toBe('segment');
  expect(profile.alternativeScores).toEqual([{ column: 3, letter: 'D', header: 'How likely are you to recommend Python to a friend or colleague?' }]);
});

test('scoring on the other question offers the first one back', () => {
  const addon = twoQuestions();
  const profile = addon.run('saveRoleOverrides', 0, { 3: 'score' }) as any;
  expect(profile.mapping.score).toBe(3);
  expect(profile.alternativeScores).toEqual([{ column: 1, letter: 'B', header: 'How likely is it that you would recommend Stack Overflow to a friend?' }]);
});
