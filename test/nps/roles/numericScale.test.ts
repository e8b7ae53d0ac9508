/**
 * Likert items coded as numbers (Qualtrics' numeric export 1–5, Typeform's
 * opinion scale 1–7, a 0–4 rating) are driver candidates (SPEC 10b), kept
 * apart from the mapping so that no column's role or the detected mapping
 * changes; ages, head counts, years, ids, the score and a second 0–10
 * question are not candidates.
 */
import { isNumericScaleColumn } from '../../../src/nps/answerKinds';
import { profileColumns } from '../../../src/nps/roles';
import { findTable } from '../../../src/nps/table';

/** One column of `rows` cells, `pick(i)` in row i, under a header row. */
function scaleColumn(rows: number, pick: (i: number) => unknown): boolean {
  const values: unknown[][] = [['header']];
  for (let i = 0; i < rows; i++) values.push([pick(i)]);
  return isNumericScaleColumn(values, values.slice(1).map((_, i) => i + 1), 0);
}

describe('isNumericScaleColumn', () => {
  it('whole numbers 1–5, 1–7, 0–5 or 0–4 on most rows, three or more of them used', () => {
    expect(scaleColumn(50, (i) => (i % 5) + 1)).toBe(true);
    expect(scaleColumn(70, (i) => (i % 7) + 1)).toBe(true);
    expect(scaleColumn(60, (i) => i % 6)).toBe(true);
    expect(scaleColumn(40, (i) => String(i % 5))).toBe(true); // text digits, 0–4
    expect(scaleColumn(40, (i) => [2, 3, 4][i % 3])).toBe(true); // three answers used of a 1–5 scale
    expect(scaleColumn(40, (i) => (i % 4 === 0 ? '' : (i % 5) + 1))).toBe(true); // 30 of 40 filled
    expect(scaleColumn(40, (i) => (i % 4 === 0 ? 'NA' : (i % 5) + 1))).toBe(true); // markers are no answers
  });

  it('not other numbers, too few answers used, or a mostly blank column', () => {
    expect(scaleColumn(90, (i) => (i % 9) + 1)).toBe(false); // 1–9
    expect(scaleColumn(80, (i) => i % 8)).toBe(false); // 0–7: not a 0–5 scale
    expect(scaleColumn(70, (i) => i % 7)).toBe(false); // 0–6
    expect(scaleColumn(60, (i) => (i % 2) + 1)).toBe(false); // two answers
    expect(scaleColumn(60, (i) => [1, 2.5, 4][i % 3])).toBe(false); // not whole
    expect(scaleColumn(60, (i) => [1, 2, -3][i % 3])).toBe(false);
    expect(scaleColumn(60, (i) => ['1', '2', 'Agree'][i % 3])).toBe(false);
    expect(scaleColumn(60, (i) => (i % 5 < 3 ? '' : (i % 5) + 1))).toBe(false); // 24 of 60 filled
    expect(scaleColumn(60, (i) => (i % 2 ? '' : (i % 5) + 1))).toBe(true); // exactly half filled
  });
});

describe('profileColumns: numeric scale items', () => {
  const headers = [
    'RecordedDate', // 0
    'How likely are you to recommend Contoso to a friend or colleague?', // 1: the score
    'Q3_1 - Support resolves my issues', // 2: 1–5
    'How easy was setup?', // 3: 1–7 opinion scale
    'Rate our documentation (0-4)', // 4: 0–4
    'Age', // 5: 1–5
    'Number of employees', // 6: 1–5
    'Years as a customer', // 7: 1–7
    'How likely are you to recommend Python to a friend?', // 8: a second 0–10 question
    'Q9 - Billing is clear', // 9: 1–5 on 30 % of the rows
    'Customer ID', // 10: 1–5
    'Comments', // 11
  ];
  const values: unknown[][] = [headers];
  for (let i = 0; i < 120; i++) {
    values.push([
      `2025-02-${String((i % 28) + 1).padStart(2, '0')}`,
      i % 11,
      (i % 5) + 1,
      ((i * 3) % 7) + 1,
      i % 5,
      (i % 5) + 1,
      ((i + 2) % 5) + 1,
      (i % 7) + 1,
      (i * 7) % 11,
      i % 10 < 3 ? (i % 5) + 1 : '',
      ((i + 1) % 5) + 1,
      i % 3 === 0 ? '' : `Answer number ${i} about the service, ${i % 2 ? 'fine' : 'slow on Mondays'}`,
    ]);
  }
  const table = findTable(values)!;
  const { columns, mapping, scaleItems, scoreQuestions } = profileColumns(values, table, { locale: 'en_US' });

  it('the 1–5, 1–7 and 0–4 items are candidates; age, head count, years, ids, scores and a mostly blank item are not', () => {
    expect(scoreQuestions.slice().sort()).toEqual([1, 8]);
    expect(scaleItems).toEqual([2, 3, 4]);
  });

  it('they keep their detected role and stay out of the mapping', () => {
    for (const i of scaleItems) {
      expect(['number', 'other']).toContain(columns[i].role);
      expect(mapping.drivers).not.toContain(i);
      expect(mapping.segments).not.toContain(i);
    }
  });
});
