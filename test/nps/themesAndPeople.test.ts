/**
 * Themes and people for the analysis (src/nps/themesAndPeople.ts): themes
 * read from the latest comments only past MAX_THEME_COMMENTS (and said so),
 * blank and invalid scores kept apart, people only with a date column.
 */
import { MAX_THEME_COMMENTS, themesAndPeople } from '../../src/nps/themesAndPeople';
import { BLANK, INVALID } from '../../src/nps/score';
import { zoneFor } from '../../src/nps/zone';

const settings = { zone: zoneFor('UTC'), locale: 'en_US', confidence: 0.95, datesAreUtc: false };

test('past the limit, themes are read from the latest comments, and the warning says how many of how many', () => {
  const old = 300;
  const n = MAX_THEME_COMMENTS + old;
  // The oldest rows' detractors all complain about an "invoice portal"; nobody mentions it later.
  const comments = Array.from({ length: n }, (_, i) => (i < old ? 'invoice portal broken' : i % 2 ? 'fine product overall' : 'works well enough'));
  const scores = Int8Array.from({ length: n }, (_, i) => (i < old ? 1 : i % 3 === 0 ? 10 : 7));
  const result = themesAndPeople({ scores, comments, respondents: null, dates: null }, settings);
  expect(result.themes!.comments).toBe(MAX_THEME_COMMENTS);
  expect(result.themes!.themes.map((t) => t.theme).join(' ')).not.toMatch(/invoice|portal/);
  expect(result.warnings).toEqual(['What customers say reads the latest 5,000 comments (of 5,300).']);
});

test('blank comments do not count toward the limit; blank and invalid scores are not answers', () => {
  const comments = ['slow support', '', '   ', 'slow support', 'easy'];
  const scores = Int8Array.from([2, 9, 9, BLANK, INVALID]);
  const result = themesAndPeople({ scores, comments, respondents: null, dates: null }, settings);
  // Only row 0 has both a comment and a valid score.
  expect(result.themes!.comments).toBe(1);
  expect(result.warnings).toEqual([]);
});

test('people need a date column: without one, a warning and no people', () => {
  const result = themesAndPeople({ scores: Int8Array.from([9, 3]), comments: null, respondents: ['a@x.com', 'b@x.com'], dates: null }, settings);
  expect(result.people).toBeNull();
  expect(result.warnings).toEqual(['People (latest answer per person) needs a date column: mark the column with the response dates as "date".']);
});

test('people: each person once, by their latest dated answer; a blank score is not an answer', () => {
  const result = themesAndPeople({
    scores: Int8Array.from([3, 10, 9, BLANK]),
    comments: null,
    respondents: ['A@x.com', 'b@x.com', 'a@x.com', 'b@x.com'],
    dates: ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04'],
  }, settings);
  // a: 3 then 9 (latest: promoter); b: 10 (the blank row is not an answer). NPS (2 − 0) / 2 = 100.
  expect(result.people).toMatchObject({ people: 2, promoters: 2, detractors: 0, nps: 100, responses: 3, repeatPeople: 1, ignored: 0 });
  expect(result.people!.movement[2]).toEqual([1, 0, 0]);
});
