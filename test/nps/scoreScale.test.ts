import { answerOnElevenPoints, recodedScore, scaleOfCounts, scoreScale } from '../../src/nps/scoreScale';
import { analyzeTable } from '../../src/nps/analysis';
import { columnsOfGrid } from '../../src/nps/tableColumns';
import { BLANK, INVALID } from '../../src/nps/score';

/** `n` copies of each value, in order. */
function times(n: number, ...values: unknown[]): unknown[] {
  return values.flatMap((v) => new Array(n).fill(v));
}

describe('answerOnElevenPoints and recodedScore', () => {
  it('reads 1–11 as numbers, number text and labelled text', () => {
    expect([1, 11, ' 11 ', '11.0', '11 - Extremely likely', '1 – Not at all likely', '6'].map(answerOnElevenPoints)).toEqual([1, 11, 11, 11, 11, 1, 6]);
  });

  it('has no 0, nothing above 11, no fractions; blanks stay blank', () => {
    expect([0, '0', 12, 11.5, '11/10', 'eleven', '#N/A', true].map(answerOnElevenPoints)).toEqual(new Array(8).fill(INVALID));
    expect(['', '  ', null, undefined].map(answerOnElevenPoints)).toEqual([BLANK, BLANK, BLANK, BLANK]);
  });

  it('recodes each answer to one less', () => {
    expect([1, 2, 7, 8, 9, 10, 11, '11', ''].map(recodedScore)).toEqual([0, 1, 6, 7, 8, 9, 10, 10, BLANK]);
    expect(recodedScore(0)).toBe(INVALID);
  });
});

describe('scoreScale', () => {
  it('reads a 0–10 column as 0–10 without a word', () => {
    expect(scoreScale([0, 3, 7, 9, 10, 10, '8', ''], 'Q1')).toEqual({ name: '0-10', warnings: [] });
  });

  it('recodes answers 1–11 that never hold a 0, and says so naming the column', () => {
    const scale = scoreScale(times(3, 1, 5, 9, 10, 11, 11), 'Q1');
    expect(scale.name).toBe('1-11 recoded');
    expect(scale.warnings).toHaveLength(1);
    expect(scale.warnings[0]).toContain('“Q1”');
    expect(scale.warnings[0]).toContain('1–11');
  });

  it('recodes a small 1–11 export (one 11 in ten answers) and one with labelled answers', () => {
    expect(scoreScale([2, 3, 4, 5, 6, 7, 8, 9, 10, 11], '').name).toBe('1-11 recoded');
    expect(scoreScale(['11 - Extremely likely', '6', '1 - Not at all likely', '', '9'], 'Q3').name).toBe('1-11 recoded');
  });

  it('does not recode a 0–10 column that holds a 0, however many 11s it has', () => {
    expect(scoreScale([...times(10, 11, 5, 9), 0], 'Q1').name).toBe('0-10');
  });

  it('does not recode a 0–10 column with one mistyped 11 among many answers', () => {
    // 1 eleven among 40 answers = 2.5 %: a typo, counted as invalid as before.
    const scale = scoreScale([11, ...times(3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 6, 7, 8, 9, 10, 10, 9, 8, 9], 'Q1');
    expect(scale.name).toBe('0-10');
  });

  it('recodes an unhappy 1–11 export whose 11s are fewer than one in twenty answers', () => {
    // 200 answers, no 0: 4 elevens (2 %) beside 8 tens (a quarter or more of them).
    const fewTens = [...times(60, 1), ...times(20, 2, 3, 4, 5), ...times(14, 6), ...times(10, 7), ...times(15, 8), ...times(9, 9), ...times(8, 10), ...times(4, 11)];
    expect(fewTens).toHaveLength(200);
    expect(scoreScale(fewTens, 'Q1').name).toBe('1-11 recoded');
    // 200 answers, no 0: 2 elevens (1 %) beside 20 tens, but 30 ones (15 %: those who would answer 0).
    const manyOnes = [...times(30, 1), ...times(20, 2, 3, 4, 5, 6, 7), ...times(28, 8), ...times(20, 10), ...times(2, 11)];
    expect(manyOnes).toHaveLength(200);
    expect(scoreScale(manyOnes, 'Q1').name).toBe('1-11 recoded');
  });

  it('does not recode a happy 0–10 column with no 0 and two mistyped 11s among many 10s', () => {
    // 200 answers: 2 elevens (1 %), 60 tens (2 < 60 / 4), 2 ones (1 %).
    const happy = [...times(2, 1, 11), ...times(16, 5, 6, 7), ...times(44, 8, 9), ...times(60, 10)];
    expect(happy).toHaveLength(200);
    expect(scoreScale(happy, 'Q1').name).toBe('0-10');
  });

  it('counts a 1–10 column of 50 answers with no 0 as it is, with a warning that NPS is defined on 0–10', () => {
    const scale = scoreScale(times(5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 'Rate us 1 to 10');
    expect(scale.name).toBe('0-10');
    expect(scale.warnings).toHaveLength(1);
    expect(scale.warnings[0]).toMatch(/50 answers from 1 to 10 and not one 0/);
    expect(scale.warnings[0]).toMatch(/defined on 0–10/);
  });

  it('says nothing of 1–10 under 50 answers, nor when a 0 is among them', () => {
    expect(scoreScale(times(4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 'Q').warnings).toEqual([]); // 40 answers
    expect(scoreScale([0, ...times(5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)], 'Q').warnings).toEqual([]);
    // 60 answers 6–10 with no 0 and no 1: a happy 0–10 survey, not a 1–10 scale.
    expect(scoreScale(times(12, 6, 7, 8, 9, 10), 'Q').warnings).toEqual([]);
  });

  it('warns that a column whose answers never exceed 5 looks like a 1–5 rating', () => {
    const scale = scoreScale(times(4, 1, 2, 3, 4, 5), 'Satisfaction');
    expect(scale.name).toBe('0-10');
    expect(scale.warnings).toHaveLength(1);
    expect(scale.warnings[0]).toMatch(/no answer above 5: it looks like a 1–5 rating/);
  });

  it('warns that a column whose answers never exceed 7 looks like a 1–7 rating', () => {
    const scale = scoreScale(times(3, 1, 2, 3, 4, 5, 6, 7), 'Ease');
    expect(scale.warnings[0]).toMatch(/no answer above 7: it looks like a 1–7 rating/);
  });

  it('says nothing of a rating for fewer than 10 answers', () => {
    expect(scoreScale([1, 2, 3, 4, 5, 3, 4, 2, 5], 'Q').warnings).toEqual([]);
  });
});

describe('analyzeTable on a column coded 1–11', () => {
  const table = (rows: number) => ({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: rows + 1 });
  const settings = { period: 'month' as const, segmentColumn: 1, rollingDays: null, confidence: 0.95, timeZone: 'UTC', locale: 'en_US' };

  it('counts each answer as one less: 11 and 10 promoters, 9 and 8 passives, 1–7 detractors', () => {
    // Coded:  11 11 11 10 | 9 8 8 | 7 1 1 5 | blank | 12 (invalid)
    // 0–10:   10 10 10 9  | 8 7 7 | 6 0 0 4         → 4 promoters, 3 passives, 4 detractors, 1 ignored.
    const coded: unknown[] = [11, 11, 11, 10, 9, 8, 8, 7, 1, 1, 5, '', 12];
    const plans = ['Pro', 'pro', 'PRO', 'Free', 'Free', 'NA', 'Pro', 'free', 'Free', 'N/A', 'Pro', 'Pro', 'Pro'];
    const values = [['Q1', 'Plan'], ...coded.map((c, i) => [c, plans[i]])];
    const a = analyzeTable(columnsOfGrid(values, table(coded.length)), table(coded.length), { score: 0, date: null, segments: [1], comments: [] }, settings);
    expect(a.overall.scale).toBe('1-11 recoded');
    expect([a.overall.promoters, a.overall.passives, a.overall.detractors, a.overall.ignored]).toEqual([4, 3, 4, 1]);
    expect(a.overall.nps).toBeCloseTo(0, 10); // (4 − 4) / 11
    expect(a.scoreCounts).toEqual([2, 0, 0, 0, 1, 0, 1, 2, 1, 1, 3]);
    expect(a.warnings[0]).toMatch(/“Q1” is coded 1–11/);
    // Segments: Pro = 11, 11, 11, 8, 5, 12 → 3 promoters, 1 passive, 1 detractor, 1 ignored (scores 10, 10, 10, 7, 4).
    // Free = 10, 9, 7, 1 → 9, 8, 6, 0: 1 promoter, 1 passive, 2 detractors. (blank) = 8, 1 → 7, 0.
    expect(a.segments!.rows.map((r) => [r.value, r.promoters, r.passives, r.detractors])).toEqual([
      ['Pro', 3, 1, 1],
      ['Free', 1, 1, 2],
      ['(blank)', 0, 1, 1],
    ]);
  });

  it('counts an unhappy 1–11 export with 3 % of 11s as its 0–10 answers', () => {
    // Coded 1 ×40, 3 ×20, 6 ×15, 8 ×10, 9 ×6, 10 ×4, 11 ×3 (98 answers, 3 % of 11s, 3 ≥ 4 / 4).
    // 0–10: 0 ×40, 2 ×20, 5 ×15 → 75 detractors; 7 ×10, 8 ×6 → 16 passives; 9 ×4, 10 ×3 → 7 promoters.
    const coded = [...times(40, 1), ...times(20, 3), ...times(15, 6), ...times(10, 8), ...times(6, 9), ...times(4, 10), ...times(3, 11)];
    const values = [['Q1', 'Plan'], ...coded.map((c) => [c, 'Pro'])];
    const a = analyzeTable(columnsOfGrid(values, table(coded.length)), table(coded.length), { score: 0, date: null, segments: [1], comments: [] }, settings);
    expect(a.overall.scale).toBe('1-11 recoded');
    expect([a.overall.promoters, a.overall.passives, a.overall.detractors, a.overall.ignored]).toEqual([7, 16, 75, 0]);
  });

  it('reads a 0–10 column as 0–10', () => {
    const values = [['Score', 'Plan'], [0, 'a'], [10, 'a'], [11, 'b']];
    const a = analyzeTable(columnsOfGrid(values, table(3)), table(3), { score: 0, date: null, segments: [], comments: [] }, { ...settings, segmentColumn: null });
    expect(a.overall.scale).toBe('0-10');
    expect([a.overall.responses, a.overall.ignored]).toEqual([2, 1]);
  });
});

describe('scaleOfCounts (answers counted by a data engine)', () => {
  it('decides as scoreScale does from the same answers', () => {
    // counts[v] answers v = 0…11.
    const cases: [number[], unknown[]][] = [
      [[0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 4, 5], [...times(3, 1), ...times(4, 10), ...times(5, 11)]],
      [[0, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0], [...times(10, 1), ...times(5, 2, 3, 4, 5, 6, 7, 8, 9, 10)]],
      [[0, 4, 3, 3, 2, 1, 0, 0, 0, 0, 0, 0], [...times(4, 1), ...times(3, 2, 3), ...times(2, 4), 5]],
      [[1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 1], [0, 9, 9, 10, 10, 10, 11]],
    ];
    for (const [counts, cells] of cases) expect(scaleOfCounts(counts, 'Q1')).toEqual(scoreScale(cells, 'Q1'));
    expect(cases.map(([counts]) => scaleOfCounts(counts, 'Q1').name)).toEqual(['1-11 recoded', '0-10', '0-10', '0-10']);
    // 55 answers 1–10 (10 + 9 × 5) without a 0: the 1–10 warning; 13 answers never above 5: the rating warning.
    expect(scaleOfCounts(cases[1][0], 'Q1').warnings[0]).toMatch(/55 answers from 1 to 10 and not one 0/);
    expect(scaleOfCounts(cases[2][0], 'Q1').warnings[0]).toMatch(/no answer above 5: it looks like a 1–5 rating/);
  });
});
