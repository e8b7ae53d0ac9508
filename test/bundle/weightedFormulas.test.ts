/**
 * NPS_WEIGHTED and NPS_SAMPLE_SIZE (SPEC section 10) through the built
 * bundle in a bare V8 context: golden numbers by hand, the help card
 * examples, and every bad input of issue 11 (weights negative, text or all
 * zero; a margin of 0 or below).
 */
import { loadBareBundle } from '../helpers/bareBundle';

process.env.TZ = 'Asia/Tokyo';

const bundle = loadBareBundle({ timeZone: 'Europe/Lisbon', locale: 'pt_PT' });

const errorOf = bundle.errorOf;

const column = (values: unknown[]) => values.map((v) => [v]);

describe('NPS_WEIGHTED', () => {
  const scores = column([10, 9, 9, 8, 5, 0, 'n/a', '', 10, 6]);
  const weights = column([3, 1, 2, 0, 2, 2, 1, 7, -1, 'big']);

  test('golden row, the interval written out by hand', () => {
    const table = bundle.call('NPS_WEIGHTED', scores, weights) as unknown[][];
    expect(table[0]).toEqual(['NPS', 'CI low', 'CI high', 'Effective responses', 'Responses', 'Ignored']);
    const [nps, low, high, effective, responses, ignored] = table[1] as number[];
    // Responses: 10 (w 3), 9 (1), 9 (2), 8 (0), 5 (2), 0 (2). Σw = 10.
    // p_w = (3 + 1 + 2) / 10 = 0.6, d_w = (2 + 2) / 10 = 0.4, NPS = 20.
    expect(nps).toBeCloseTo(20, 10);
    // Σw² = 9 + 1 + 4 + 0 + 4 + 4 = 22; n_eff = 100 / 22 = 50/11 = 4.545455.
    expect(effective).toBeCloseTo(50 / 11, 10);
    // n_eff + 3 = 83/11.
    // p′ = (50/11 × 0.6 + 0.75) / (83/11) = 153/332 = 0.460843
    // d′ = (50/11 × 0.4 + 0.75) / (83/11) = 113/332 = 0.340361
    // centre = 40/332 = 0.120482; V′ = 266/332 − 0.120482² = 0.801205 − 0.014516 = 0.786689
    // half-width = 1.959964 × √(0.786689 × 11/83) = 1.959964 × √0.104260 = 1.959964 × 0.322893 = 0.632859
    // CI = [0.120482 − 0.632859, 0.120482 + 0.632859] × 100
    expect(low).toBeCloseTo(-51.2377, 3);
    expect(high).toBeCloseTo(75.3341, 3);
    // Ignored: "n/a" (not a score), weight −1, weight "big"; the blank answer is not counted.
    expect(responses).toBe(6);
    expect(ignored).toBe(3);
  });

  test('confidence 0.9: half-width 1.644854 × 0.322893 = 0.531113', () => {
    const [, low, high] = (bundle.call('NPS_WEIGHTED', scores, weights, 0.9) as number[][])[1];
    expect(low).toBeCloseTo(-41.0630, 3);
    expect(high).toBeCloseTo(65.1594, 3);
  });

  test('the help card example: 10, 9, 7, 3 weighted 1, 2, 1, 4', () => {
    const [, row] = bundle.call('NPS_WEIGHTED', column([10, 9, 7, 3]), column([1, 2, 1, 4])) as number[][];
    // p_w = 3/8, d_w = 4/8: NPS −12.5; n_eff = 64/22 = 2.909091.
    expect(row[0]).toBeCloseTo(-12.5, 10);
    expect(row[3]).toBeCloseTo(64 / 22, 10);
    // n_eff + 3 = 65/11. p′ = (32/11 × 3/8 + 0.75) × 11/65 = (81/44)(11/65) = 81/260 = 0.311538;
    // d′ = (32/11 × 1/2 + 0.75) × 11/65 = (97/44)(11/65) = 97/260 = 0.373077; centre = −16/260 = −0.061538;
    // V′ = 178/260 − 0.061538² = 0.684615 − 0.003787 = 0.680828;
    // half-width = 1.959964 × √(0.680828 × 11/65) = 1.959964 × 0.339436 = 0.665282 → [−72.68, 60.37].
    expect(row[1]).toBeCloseTo(-72.682, 2);
    expect(row[2]).toBeCloseTo(60.374, 2);
    expect(row.slice(4)).toEqual([4, 0]);
  });

  test('weights all equal give the unweighted adjusted Wald interval (R package NPS: 70/20/10 → 45.2698, 71.2351)', () => {
    const hundred = column([...Array(70).fill(10), ...Array(20).fill(7), ...Array(10).fill(0)]);
    const [, row] = bundle.call('NPS_WEIGHTED', hundred, column(Array(100).fill(3))) as number[][];
    expect(row[0]).toBeCloseTo(60, 10);
    expect(row[1]).toBeCloseTo(45.2698, 3);
    expect(row[2]).toBeCloseTo(71.2351, 3);
    expect(row[3]).toBeCloseTo(100, 9);
    const [[low, high]] = bundle.call('NPS_CI', hundred) as number[][];
    expect(row[1]).toBeCloseTo(low, 9);
    expect(row[2]).toBeCloseTo(high, 9);
  });

  test('invalid scores and every kind of bad weight are ignored and counted; the rest equals the clean rows alone', () => {
    const clean: [unknown, unknown][] = [[10, 2], [9, 0.5], [7, 1], [4, 3], [0, 1.5]];
    const bad: [unknown, unknown][] = [
      ['N/A', 1], [11, 1], [7.5, 1], [true, 1], ['#N/A', 1], [new Date(Date.UTC(2025, 0, 5)), 1], // not scores
      [9, -0.5], [9, 'abc'], [3, ''], [3, '#DIV/0!'], [10, true], [10, new Date(Date.UTC(2025, 0, 5))], // not weights
    ];
    const mixed = [...bad.slice(0, 6), ...clean, ...bad.slice(6)];
    const [, dirty] = bundle.call('NPS_WEIGHTED', column(mixed.map((r) => r[0])), column(mixed.map((r) => r[1]))) as number[][];
    const [, alone] = bundle.call('NPS_WEIGHTED', column(clean.map((r) => r[0])), column(clean.map((r) => r[1]))) as number[][];
    expect(dirty.slice(0, 5)).toEqual(alone.slice(0, 5));
    expect(dirty[5]).toBe(12);
    // Σw = 8, p_w = 2.5/8, d_w = 4.5/8: NPS = −25; Σw² = 4 + 0.25 + 1 + 9 + 2.25 = 16.5, n_eff = 64/16.5.
    expect(alone[0]).toBeCloseTo(-25, 10);
    expect(alone[3]).toBeCloseTo(64 / 16.5, 10);
  });

  test('all weights 0 is an error that says so and what to do', () => {
    expect(errorOf('NPS_WEIGHTED', column([9, 3, 7]), column([0, 0, 0]))).toBe(
      "NPS_WEIGHTED: all weights are 0, so no answer counts. Give the answers weights above 0 (such as each account's revenue).",
    );
  });

  test('no row with a valid score and a usable weight is an error counting the ignored rows', () => {
    expect(errorOf('NPS_WEIGHTED', column([9, 3, 'x']), column([-1, 'a lot', 2]))).toBe(
      'NPS_WEIGHTED: no row has both a valid 0–10 score and a weight (3 rows ignored). Select the answers first, then their weights: numbers of 0 or more, over the same rows.',
    );
  });

  test('ranges of different lengths and a bad confidence are errors', () => {
    expect(errorOf('NPS_WEIGHTED', column([9, 3, 7]), column([1, 1]))).toMatch(/^NPS_WEIGHTED: scores and weights must have the same number of rows \(3 vs 2\)/);
    expect(errorOf('NPS_WEIGHTED', column([9, 3]), column([1, 1]), 1)).toMatch(/^NPS_WEIGHTED: confidence must be a number strictly between 0 and 1/);
  });
});

describe('NPS_SAMPLE_SIZE', () => {
  test('margin 5 at the worst case: ⌈1.959964² / 0.05²⌉ − 3 = ⌈1536.58⌉ − 3 = 1534 (the help card example)', () => {
    expect(bundle.call('NPS_SAMPLE_SIZE', 5)).toBe(1534);
    expect(bundle.call('NPS_SAMPLE_SIZE', [[5]], '', '')).toBe(1534);
  });

  test('the mix of the help card: 70 promoters, 20 passives, 10 detractors → V = 0.44 → ⌈676.10⌉ − 3 = 674', () => {
    const scores = column([...Array(70).fill(9), ...Array(20).fill(8), ...Array(10).fill(6)]);
    expect(bundle.call('NPS_SAMPLE_SIZE', 5, scores)).toBe(674);
  });

  test('another mix and confidence: 3 promoters, 1 passive, 4 detractors at 90 %, margin 8', () => {
    // p = 3/8, d = 4/8: V = 7/8 − (1/8)² = 0.859375; 1.644854² = 2.705544;
    // 2.705544 × 0.859375 / 0.0064 = 363.29 → 364 − 3 = 361.
    const scores = column([10, 9, 9, 7, 0, 1, 2, 6, '', 'n/a']);
    expect(bundle.call('NPS_SAMPLE_SIZE', 8, scores, 0.9)).toBe(361);
  });

  test('a margin typed as text reads as that number; 2.5 points: ⌈6146.33⌉ − 3 = 6144', () => {
    expect(bundle.call('NPS_SAMPLE_SIZE', '2.5')).toBe(6144);
  });

  test.each([0, -1, 'abc', '-1', true])('margin %p is an error naming the function, the problem and the fix', (margin) => {
    expect(errorOf('NPS_SAMPLE_SIZE', margin)).toMatch(/^NPS_SAMPLE_SIZE: margin must be a number above 0, the margin of error in points such as 5 \(for ±5 points\), not /);
  });

  // SPEC §10 reads any margin above 0 in points: half a point or a twentieth of a point is a (large) plan, not an error.
  test('margins under 1 point: 0.5 → ⌈3.8414588 / 0.005²⌉ − 3 = ⌈153,658.35⌉ − 3 = 153,656; 0.05 → ⌈15,365,835.3⌉ − 3 = 15,365,833', () => {
    expect(bundle.call('NPS_SAMPLE_SIZE', 0.5)).toBe(153656);
    expect(bundle.call('NPS_SAMPLE_SIZE', 0.05)).toBe(15365833);
  });

  test('a margin of exactly 1 point: ⌈1.959964² / 0.01²⌉ − 3 = ⌈38414.6⌉ − 3 = 38412', () => {
    expect(bundle.call('NPS_SAMPLE_SIZE', 1)).toBe(38412);
  });

  test('a missing margin says it is required', () => {
    expect(errorOf('NPS_SAMPLE_SIZE', '')).toMatch(/^NPS_SAMPLE_SIZE: margin is required: give a number above 0/);
  });

  test('scores with no valid answer and a bad confidence are errors', () => {
    expect(errorOf('NPS_SAMPLE_SIZE', 5, column(['', 'x']))).toBe(
      'NPS_SAMPLE_SIZE: no valid 0–10 scores in scores. Select past answers to plan from their mix, or leave scores out for the worst case.',
    );
    expect(errorOf('NPS_SAMPLE_SIZE', 5, '', 95)).toMatch(/^NPS_SAMPLE_SIZE: confidence must be a number strictly between 0 and 1, such as 0\.95, not 95/);
  });
});
