/**
 * The detector and a 0–10 item coded 1–11 (Qualtrics' default): the 11s are
 * its promoters answering 10, so the column is still the score when they are
 * many, and a text column whose values happen to go with many 11s is not
 * taken for a column of questions (one row per answer).
 */
import { findTable } from '../../../src/nps/table';
import { profileColumns } from '../../../src/nps/roles';

/** Recorded date, Q1 coded 1–11 (`codes` repeated), a reason with few distinct values, a product. */
function export111(codes: number[], rows: number): unknown[][] {
  const reasons = ['Fast support', 'Too expensive', 'Does the job', 'Buggy export'];
  const values: unknown[][] = [['RecordedDate', 'Q1', 'Q2', 'Q3']];
  for (let i = 0; i < rows; i++) {
    values.push([`2025-0${1 + (i % 9)}-1${i % 10} 10:00:00`, codes[i % codes.length], reasons[(i * 7) % 4], ['CRM', 'Mail'][i % 2]]);
  }
  return values;
}

test('a 1–11 column whose answers are more than half 11s is the score', () => {
  // 6 of 10 answers are 11: only 40 % are 0–10 scores.
  const values = export111([11, 11, 11, 11, 11, 11, 10, 9, 8, 3], 60);
  const { mapping, questions } = profileColumns(values, findTable(values)!);
  expect(questions).toBeNull();
  expect(mapping.score).toBe(1);
});

test('a text column is not a column of questions because its rows with 11s are not 0–10', () => {
  // The reason cycles every 4 rows and the codes every 4 rows: "Fast support" always 11, the others 2, 7, 10.
  const values = export111([11, 10, 7, 2], 40);
  const { mapping, questions } = profileColumns(values, findTable(values)!);
  expect(questions).toBeNull();
  expect(mapping.score).toBe(1);
});

test('an 11 in a column that also holds 0 is not a score: a column of 0, 11 and text is not the score', () => {
  const values = export111([0, 11, 11, 11, 11, 11, 11, 5], 40);
  expect(profileColumns(values, findTable(values)!).mapping.score).toBeNull();
});
