/**
 * Segment, question or noise (SPEC 10b): each column of short answers is
 * told apart from its sampled values and its header.
 */
import { answerKind, foldedAnswer, isMultiSelectColumn, namesSegment } from '../../../src/nps/answerKinds';

/** One column of `rows` cells, `pick(i)` in row i, under a header row. */
function column(rows: number, pick: (i: number) => unknown): { values: unknown[][]; rows: number[] } {
  const values: unknown[][] = [['header']];
  for (let i = 0; i < rows; i++) values.push([pick(i)]);
  return { values, rows: Array.from({ length: rows }, (_, i) => i + 1) };
}

const kindOf = (header: string, rows: number, pick: (i: number) => unknown) => {
  const c = column(rows, pick);
  return answerKind(c.values, c.rows, 0, header);
};

describe('foldedAnswer', () => {
  it('folds case, spaces, end punctuation and number words', () => {
    expect(['Eight', ' eight. ', '8', 'EIGHT!'].map(foldedAnswer)).toEqual(['8', '8', '8', '8']);
    expect(foldedAnswer('North   America')).toBe('north america');
  });
});

describe('answerKind', () => {
  it('a plan, a region or a role with a few short labels is a segment, case variants and NA included', () => {
    expect(kindOf('Which plan are you on?', 90, (i) => ['Free', 'Pro', 'Team'][i % 3])).toBe('segment');
    expect(kindOf('Region', 60, (i) => ['EMEA', 'APAC', 'Americas', 'NA'][i % 4])).toBe('segment');
    expect(kindOf('What is your gender?', 120, (i) => ['Male', 'male', 'Female', 'female', 'NA', 'Non-binary'][i % 6])).toBe('segment');
  });

  it('an agree/disagree item is a Likert question, numbered or not', () => {
    const scale = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];
    expect(kindOf('Rate each statement [Onboarding was easy]', 100, (i) => scale[(i * 3) % 5])).toBe('likert');
    expect(kindOf('The app is fast', 50, (i) => `${1 + (i % 5)} - ${scale[4 - (i % 5)]}`)).toBe('likert');
    expect(kindOf('How satisfied are you with support?', 40, (i) => ['Very satisfied', 'Satisfied', 'Dissatisfied', 'Neutral'][i % 4])).toBe('likert');
  });

  it('agree/disagree items in French, German, Portuguese, Italian and Dutch, expectation scales, scales labelled at the ends and stars are Likert items', () => {
    const scales = [
      ["Tout à fait d'accord", "Plutôt d'accord", "Ni d'accord ni pas d'accord", "Plutôt pas d'accord", "Pas du tout d'accord"],
      ['Trifft voll zu', 'Trifft eher zu', 'Teils/teils', 'Trifft eher nicht zu', 'Trifft gar nicht zu'],
      ['Concordo totalmente', 'Concordo', 'Neutro', 'Discordo', 'Discordo totalmente'],
      ["Completamente d'accordo", "D'accordo", 'Neutrale', 'In disaccordo', 'Completamente in disaccordo'],
      ['Helemaal eens', 'Eens', 'Neutraal', 'Oneens', 'Helemaal oneens'],
      ['Much better than expected', 'Better than expected', 'As expected', 'Worse than expected', 'Much worse than expected'],
      ['1 (Strongly disagree)', '2', '3', '4', '5 (Strongly agree)'],
      ['★★★★★', '★★★★', '★★★', '★★', '★'],
    ];
    // A statement as header: before these scales were known, each was taken for a segment.
    for (const scale of scales) expect([scale[0], kindOf('The reports are clear', 100, (i) => scale[(i * 3) % 5])]).toEqual([scale[0], 'likert']);
  });

  it('a plan named Good, Better, Best is no Likert item', () => {
    expect(kindOf('Plan', 90, (i) => ['Good', 'Better', 'Best'][i % 3])).toBe('segment');
  });

  it('ticked options joined with ", " are a multiple-choice question', () => {
    const options = ['Dashboards', 'Exports', 'Alerts', 'API'];
    const pick = (i: number) => options.filter((_, k) => ((i + 1) >> k) & 1).join(', ') || 'Dashboards';
    expect(kindOf('Which features do you use?', 80, pick)).toBe('choice');
  });

  it('a question with a few answers that names no segment is a multiple-choice question', () => {
    expect(kindOf('What do you mostly use it for?', 70, (i) => ['Reporting', 'Planning', 'Budgeting'][i % 3])).toBe('choice');
    // A two-word label with a question mark is still a segment.
    expect(kindOf('Paying customer?', 70, (i) => ['Yes', 'No'][i % 2])).toBe('segment');
  });

  it('an anti-robot question answered "eight", "Eight" and "8" is noise', () => {
    expect(kindOf('To show you are human: what is five plus three?', 200, (i) => (i % 23 === 0 ? 'Eight' : i % 7 === 0 ? 'eight' : '8'))).toBe('noise');
  });

  it('one answer on nearly every row is noise; a column nearly nobody answered (one "(blank)" row) too', () => {
    expect(kindOf('Country', 200, (i) => (i % 40 === 0 ? 'Canada' : 'United States'))).toBe('noise'); // 97.5 %
    expect(kindOf('Team', 400, (i) => (i % 50 === 0 ? ['Red', 'Blue'][(i / 50) % 2] : ''))).toBe('noise'); // 8 of 400 answered
    expect(kindOf('Team', 400, (i) => (i % 50 === 0 ? 'Red' : 'N/A'))).toBe('noise');
    // 90 % one value: still a segment (the 10 % may differ).
    expect(kindOf('Country', 200, (i) => (i % 10 === 0 ? 'Canada' : 'United States'))).toBe('segment');
  });

  it('nearly every answer different is noise', () => {
    expect(kindOf('Nickname', 100, (i) => `nick${i * 7}`)).toBe('noise');
  });
});

describe('isMultiSelectColumn', () => {
  it('is false for answers that merely hold a comma', () => {
    const c = column(60, (i) => ['Portland, OR', 'Salem, OR', 'Paris, France', 'Austin, TX'][i % 4]);
    expect(isMultiSelectColumn(c.values, c.rows, 0)).toBe(false);
    const comments = column(60, (i) => [`Fast, but pricey (${i})`, 'Great support', `Slow exports, sometimes (${i})`][i % 3]);
    expect(isMultiSelectColumn(comments.values, comments.rows, 0)).toBe(false);
  });
});

describe('namesSegment', () => {
  it('reads plans, regions, roles, channels and units in headers', () => {
    expect(['Which plan are you on?', 'Region', 'What is your role?', 'How did you hear about us?', 'Which hotel did you stay at?'].map(namesSegment)).toEqual([true, true, true, true, true]);
    expect(['Where did you go next?', 'What do you use it for?', 'Which features do you use?'].map(namesSegment)).toEqual([false, false, false]);
  });
});

describe('a question naming the unit a respondent was in', () => {
  it('is a segment: which track, tariff, canteen', () => {
    expect(kindOf('Which track did you take?', 60, (i) => ['Beginner', 'Advanced', 'Expert'][i % 3])).toBe('segment');
    expect(kindOf('Which tariff are you on?', 60, (i) => ['Basic', 'Plus'][i % 2])).toBe('segment');
    expect(kindOf('Which canteen did you visit?', 60, (i) => ['North', 'South', 'East'][i % 3])).toBe('segment');
    expect(kindOf('What did you use before Northwind?', 60, (i) => ['Excel', 'Looker', 'Nothing'][i % 3])).toBe('choice');
  });
});
