/**
 * Golden tests of "What goes with the score" (SPEC §10b). Every expected
 * figure is hand arithmetic: NPS = (promoters − detractors) / responses,
 * the difference vs the rest by subtraction, the p-value of SPEC §2 from the
 * independent helper test/helpers/differenceP.ts, and Holm's step-down
 * written out (sorted p's times m, m − 1, …, running maximum).
 */
import { findDrivers } from '../../../src/nps/drivers/findDrivers';
import { BLANK, INVALID } from '../../../src/nps/score';
import { differenceP } from '../../helpers/differenceP';

/** `n` copies of a value. */
const times = <T>(n: number, value: T): T[] => new Array<T>(n).fill(value);

/** Scores for promoters (10), passives (8) and detractors (3), in that order. */
const mix = (promoters: number, passives: number, detractors: number): number[] => [...times(promoters, 10), ...times(passives, 8), ...times(detractors, 3)];

describe('findDrivers on two single-choice questions (160 responses)', () => {
  // Rows 1–80 answer Plan only; rows 81–160 answer Support only.
  // Plan: Pro (30 P, 5 Pa, 5 D), spelled "Pro" 25 times, "pro" 10, " PRO " 5; Free (10, 10, 20).
  const proSpellings = [...times(25, 'Pro'), ...times(10, 'pro'), ...times(5, ' PRO ')];
  const plan = [...proSpellings, ...times(40, 'Free'), ...times(20, ''), ...times(20, 'NA'), ...times(20, 'N/A'), ...times(20, '-')];
  // Support: Yes (26, 8, 6), No (16, 12, 12).
  const support = [...times(40, 'n/a'), ...times(40, '  '), ...times(40, 'Yes'), ...times(40, 'No')];
  const scores = [...mix(30, 5, 5), ...mix(10, 10, 20), ...mix(26, 8, 6), ...mix(16, 12, 12)];
  const rows = findDrivers([{ header: 'Plan', cells: plan }, { header: 'Support', cells: support }], scores);

  const pPlan = differenceP([30, 5, 5], [10, 10, 20]);
  const pSupport = differenceP([26, 8, 6], [16, 12, 12]);

  test('case variants are one answer, shown in the most frequent spelling; missing markers are (blank), listed last, untested', () => {
    expect(rows.map((r) => [r.question, r.answer, r.responses])).toEqual([
      ['Plan', 'Pro', 40],
      ['Plan', 'Free', 40],
      ['Support', 'Yes', 40],
      ['Support', 'No', 40],
      ['Plan', '(blank)', 80],
      ['Support', '(blank)', 80],
    ]);
    for (const blank of rows.slice(4)) expect([blank.tested, blank.vsRest, blank.p, blank.pAdjusted, blank.significant]).toEqual([false, null, null, null, false]);
    // Plan (blank) are the Support rows: 26 + 16 promoters, 8 + 12 passives, 6 + 12 detractors → (42 − 18) / 80.
    expect(rows[4].nps).toBeCloseTo(30, 10);
    // Support (blank) are the Plan rows: 40 promoters, 15 passives, 25 detractors → (40 − 25) / 80.
    expect(rows[5].nps).toBeCloseTo(18.75, 10);
  });

  test('NPS and difference vs the rest of the question (no-answer rows are not in the rest)', () => {
    const [pro, free, yes, no] = rows;
    expect([pro.promoters, pro.passives, pro.detractors]).toEqual([30, 5, 5]);
    expect(pro.nps).toBeCloseTo(62.5, 10); // (30 − 5) / 40
    expect(free.nps).toBeCloseTo(-25, 10); // (10 − 20) / 40
    expect(pro.vsRest).toBeCloseTo(87.5, 10); // 62.5 − (−25): the rest of Pro is Free only
    expect(free.vsRest).toBeCloseTo(-87.5, 10);
    expect(yes.nps).toBeCloseTo(50, 10); // (26 − 6) / 40
    expect(no.nps).toBeCloseTo(10, 10); // (16 − 12) / 40
    expect(yes.vsRest).toBeCloseTo(40, 10);
    expect(no.vsRest).toBeCloseTo(-40, 10);
  });

  test('p of SPEC §2 per pair and Holm across all four pairs tested', () => {
    const [pro, free, yes, no] = rows;
    expect(pro.p).toBeCloseTo(pPlan, 12);
    expect(free.p).toBeCloseTo(pPlan, 12);
    expect(yes.p).toBeCloseTo(pSupport, 12);
    expect(no.p).toBeCloseTo(pSupport, 12);
    // Sorted: pPlan, pPlan, pSupport, pSupport; m = 4.
    // 1st: 4·pPlan; 2nd: max(4·pPlan, 3·pPlan); 3rd: max(4·pPlan, 2·pSupport); 4th: max(that, 1·pSupport).
    const plan = 4 * pPlan;
    const sup = Math.max(plan, 2 * pSupport);
    expect(pro.pAdjusted).toBeCloseTo(plan, 12);
    expect(free.pAdjusted).toBeCloseTo(plan, 12);
    expect(yes.pAdjusted).toBeCloseTo(sup, 12);
    expect(no.pAdjusted).toBeCloseTo(sup, 12);
    // Support would pass alone (p < 0.05) but not among four comparisons.
    expect(pSupport).toBeLessThan(0.05);
    expect(2 * pSupport).toBeGreaterThan(0.05);
    expect(rows.map((r) => r.significant)).toEqual([true, true, false, false, false, false]);
  });

  test('min_responses: answers below it are not listed, yet stay in the rest of the others; Holm counts only the pairs tested', () => {
    // Free split into "Free" (29 rows: 10 P, 10 Pa, 9 D) and "Trial" (11 rows: 11 D).
    const planSplit = [...proSpellings, ...times(29, 'Free'), ...times(11, 'Trial')];
    const scoresSplit = [...mix(30, 5, 5), ...mix(10, 10, 9), ...times(11, 3)];
    const at30 = findDrivers([{ header: 'Plan', cells: planSplit }], scoresSplit, { minResponses: 30 });
    expect(at30.map((r) => r.answer)).toEqual(['Pro']);
    // The rest of Pro is Free and Trial: 10 P, 10 Pa, 20 D, as before; one test only, so no adjustment.
    expect(at30[0].vsRest).toBeCloseTo(87.5, 10);
    expect(at30[0].p).toBeCloseTo(pPlan, 12);
    expect(at30[0].pAdjusted).toBeCloseTo(pPlan, 12);
    const at11 = findDrivers([{ header: 'Plan', cells: planSplit }], scoresSplit, { minResponses: 11 });
    expect(at11.map((r) => r.answer).sort()).toEqual(['Free', 'Pro', 'Trial']);
    const trial = at11.find((r) => r.answer === 'Trial')!;
    // Trial: NPS −100; rest: Pro + Free = 40 P, 15 Pa, 14 D → (40 − 14) / 69.
    expect(trial.vsRest).toBeCloseTo(-100 - (26 / 69) * 100, 10);
    expect(trial.p).toBeCloseTo(differenceP([0, 0, 11], [40, 15, 14]), 12);
  });

  test('responses without a valid score are left out of every group', () => {
    const withInvalid = findDrivers([{ header: 'Plan', cells: [...plan, 'Pro', 'Free'] }], [...scores, INVALID, BLANK]);
    expect(withInvalid.slice(0, 2).map((r) => r.responses)).toEqual([40, 40]);
  });

  test('a confidence of 0.9 flags Support (2·pSupport < 0.1)', () => {
    const at90 = findDrivers([{ header: 'Plan', cells: plan }, { header: 'Support', cells: support }], scores, { confidence: 0.9 });
    expect(at90.slice(0, 4).map((r) => r.significant)).toEqual([true, true, true, true]);
  });
});

describe('findDrivers on a multi-select question (Google Forms joins ticked options with ", ")', () => {
  // 30 × "Price, Support" scoring 10; 30 × "Price" scoring 9; 30 × "Support" scoring 3; 30 × "Speed" scoring 7.
  const liked = [...times(30, 'Price, Support'), ...times(30, 'Price'), ...times(30, 'support'), ...times(30, 'Speed')];
  const scores = [...times(30, 10), ...times(30, 9), ...times(30, 3), ...times(30, 7)];
  const rows = findDrivers([{ header: 'What did you like?', cells: liked, column: 4 }], scores);
  const byAnswer = (answer: string) => rows.find((r) => r.answer === answer)!;

  test('each option is tested on its own; a response counts in every option it ticked', () => {
    expect(rows.map((r) => r.answer).sort()).toEqual(['Price', 'Speed', 'Support']);
    expect(rows.every((r) => r.column === 4)).toBe(true);
    // Price: 60 promoters → 100; rest: 30 passives (Speed) and 30 detractors (Support alone) → −50.
    expect(byAnswer('Price').responses).toBe(60);
    expect(byAnswer('Price').nps).toBe(100);
    expect(byAnswer('Price').vsRest).toBeCloseTo(150, 10);
    // Support (spelled "Support" 30 times, "support" 30: the first met wins the tie): 30 P, 30 D → 0; rest 30 P, 30 Pa → 50.
    expect(byAnswer('Support').answer).toBe('Support');
    expect(byAnswer('Support').vsRest).toBeCloseTo(-50, 10);
    // Speed: 30 passives → 0; rest: 60 P, 30 D of 90 → 33.33…
    expect(byAnswer('Speed').vsRest).toBeCloseTo(-100 / 3, 10);
    expect(byAnswer('Speed').p).toBeCloseTo(differenceP([0, 30, 0], [60, 0, 30]), 12);
  });

  test('rows are sorted by significance, then |difference vs rest| descending', () => {
    const key = rows.map((r) => [r.significant, Math.abs(r.vsRest!)]);
    for (let i = 1; i < key.length; i++) {
      const [sigA, diffA] = key[i - 1] as [boolean, number];
      const [sigB, diffB] = key[i] as [boolean, number];
      expect(Number(sigA) > Number(sigB) || (sigA === sigB && diffA >= diffB)).toBe(true);
    }
    expect(rows[0].answer).toBe('Price');
  });

  test('an answer that merely contains a comma is kept whole', () => {
    const cities = [...times(40, 'Portland, OR'), ...times(40, 'Salem, OR'), ...times(40, 'Paris, France')];
    const cityRows = findDrivers([{ header: 'City', cells: cities }], [...times(40, 10), ...times(40, 8), ...times(40, 2)]);
    expect(cityRows.map((r) => r.answer).sort()).toEqual(['Paris, France', 'Portland, OR', 'Salem, OR']);
  });
});

describe('findDrivers edge cases', () => {
  test('an answer every response gave has no rest: listed, untested', () => {
    const rows = findDrivers([{ header: 'Country', cells: times(35, 'France') }], times(35, 9));
    expect(rows).toHaveLength(1);
    expect([rows[0].answer, rows[0].responses, rows[0].nps, rows[0].tested, rows[0].p]).toEqual(['France', 35, 100, false, null]);
  });

  test('cells may come as one-cell rows, numbers and booleans read as text', () => {
    const cells = [...times(30, [2]), ...times(30, ['2']), ...times(30, [true])];
    const rows = findDrivers([{ header: 'Seats', cells }], [...times(60, 10), ...times(30, 0)]);
    expect(rows.map((r) => [r.answer, r.responses])).toEqual([['2', 60], ['TRUE', 30]]);
  });
});
