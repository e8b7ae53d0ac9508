/**
 * Sheets of one row per answer (`Respondent | Question | Answer`): the column
 * of answers mixes the recommend question with every other question, so no
 * column is the score, and the column of questions is named instead.
 */
import { profileColumns } from '../../../src/nps/roles';
import { findTable } from '../../../src/nps/table';

const RECOMMEND = 'How likely are you to recommend us to a friend or colleague?';
const SATISFIED = 'How satisfied are you overall?';
const IMPROVE = 'What could we improve?';

function profile(values: unknown[][]) {
  return profileColumns(values, findTable(values)!, { locale: 'en_US' });
}

/** Three rows per respondent: the 0–10 answer, a 1–5 answer, a comment (or blank). */
function longExport(questionHeader: string, questions: [string, string, string], comments = true): unknown[][] {
  const values: unknown[][] = [['Respondent', 'Recorded', questionHeader, 'Answer']];
  for (let i = 0; i < 60; i++) {
    const when = new Date(Date.UTC(2026, i % 6, 1 + (i % 27), 10));
    values.push([`R_${1000 + i}`, when, questions[0], (i * 7) % 11]);
    values.push([`R_${1000 + i}`, when, questions[1], 1 + (i % 5)]);
    values.push([`R_${1000 + i}`, when, questions[2], comments ? ['faster support', 'more integrations please', ''][i % 3] : '']);
  }
  return values;
}

describe('a sheet of one row per answer', () => {
  test('question texts beside mixed answers: no score column; the column of questions and the recommend question are named', () => {
    const { mapping, columns, questions } = profile(longExport('Question', [RECOMMEND, SATISFIED, IMPROVE]));
    expect(mapping.score).toBeNull();
    expect(columns[3].role).toBe('number');
    expect(questions).toEqual({ column: 2, question: RECOMMEND, answers: 3 });
  });

  test('found by the answers alone when the header does not say "question"', () => {
    const { mapping, questions } = profile(longExport('Label', [RECOMMEND, SATISFIED, IMPROVE]));
    expect(mapping.score).toBeNull();
    expect(questions?.question).toBe(RECOMMEND);
  });

  test('question ids and only numeric answers (0–10 and 1–5) under a "question_id" header', () => {
    const { mapping, questions } = profile(longExport('question_id', ['NPS', 'CSAT', 'COMMENT'], false));
    expect(mapping.score).toBeNull();
    expect(questions).toEqual({ column: 2, question: 'NPS', answers: 3 });
  });
});

describe('a sheet of one row per response is not taken for one', () => {
  test('a segment of two-word values where every segment has 0–10 answers', () => {
    const values: unknown[][] = [['Date', 'Region', 'How likely are you to recommend us?']];
    const regions = ['North America', 'Western Europe', 'South East Asia'];
    for (let i = 0; i < 90; i++) values.push([new Date(Date.UTC(2026, 0, 1 + (i % 28))), regions[i % 3], (i * 5) % 11]);
    const { mapping, questions } = profile(values);
    expect(mapping.score).toBe(2);
    expect(questions).toBeNull();
  });

  test('a survey type whose respondents were not asked the question (N/A): the N/A are ignored, not a sign of other questions', () => {
    const values: unknown[][] = [['Date', 'Survey type', 'Recommend score']];
    for (let i = 0; i < 90; i++) {
      const onboarding = i % 3 === 0;
      values.push([new Date(Date.UTC(2026, 0, 1 + (i % 28))), onboarding ? 'Onboarding check-in' : 'Quarterly relationship survey', onboarding ? 'N/A' : (i * 5) % 11]);
    }
    const { mapping, questions } = profile(values);
    expect(mapping.score).toBe(2);
    expect(questions).toBeNull();
  });
});
