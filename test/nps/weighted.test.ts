import { weightedNps, weightedInterval } from '../../src/nps/weighted';
import { npsInterval } from '../../src/nps/intervals';

const Z95 = 1.959963984540054; // Φ⁻¹(0.975), published tables: 1.95996

describe('weightedNps: the worked example, by hand', () => {
  // Score, weight. Six responses (one weighs 0); the rest are left out.
  const rows: [unknown, unknown][] = [
    [10, 4],
    [9, 1],
    [8, 2],
    [7, 0], // a response that weighs nothing
    [6, 1],
    [0, 2],
    ['', 5], // no answer: not counted anywhere
    [9, -2], // negative weight: ignored
    [10, 'abc'], // text weight: ignored
    [3, ''], // blank weight: ignored
    ['x', 1], // invalid score: ignored
    [9, '3'], // a weight typed as text is not a number: ignored
  ];
  const result = weightedNps(
    rows.map((r) => [r[0]]),
    rows.map((r) => [r[1]]),
  );

  test('weighted shares and NPS', () => {
    // Σw = 4 + 1 + 2 + 0 + 1 + 2 = 10; promoters 4 + 1 = 5 → p_w = 0.5; detractors 1 + 2 = 3 → d_w = 0.3.
    // NPS = (0.5 − 0.3) × 100 = 20.
    expect(result.totalWeight).toBe(10);
    expect(result.nps).toBeCloseTo(20, 10);
    expect(result.responses).toBe(6);
    expect(result.ignored).toBe(5);
  });

  test('Kish effective n', () => {
    // Σw² = 16 + 1 + 4 + 0 + 1 + 4 = 26; n_eff = 10² / 26 = 50/13 = 3.846154.
    expect(result.effectiveResponses).toBeCloseTo(50 / 13, 12);
  });

  test('the adjusted Wald interval with n_eff, step by step', () => {
    // n_eff + 3 = 89/13 = 6.846154.
    // p′ = (50/13 × 0.5 + 0.75) / (89/13) = (139/52) × (13/89) = 139/356 = 0.390449
    // d′ = (50/13 × 0.3 + 0.75) / (89/13) = (99/52) × (13/89)  =  99/356 = 0.278090
    // centre = p′ − d′ = 40/356 = 0.112360
    // V′ = p′ + d′ − centre² = 0.668539 − 0.012625 = 0.655914
    // half-width = 1.959964 × √(0.655914 / 6.846154) = 1.959964 × √0.0958078 = 1.959964 × 0.309528 = 0.606664
    // CI = [0.112360 − 0.606664, 0.112360 + 0.606664] × 100 = [−49.4304, 71.9024]
    expect(result.ci[0]).toBeCloseTo(-49.4304, 3);
    expect(result.ci[1]).toBeCloseTo(71.9024, 3);
  });
});

describe('weightedNps: agrees with the unweighted NPS when weights are equal', () => {
  /** A column of d detractors, a passives and p promoters. */
  function column(d: number, a: number, p: number): number[][] {
    return [...Array(d).fill([4]), ...Array(a).fill([8]), ...Array(p).fill([10])];
  }

  test.each([
    [10, 20, 70],
    [3, 5, 2],
    [0, 0, 5],
    [7, 0, 0],
    [1, 1, 1],
  ])('(%i detractors, %i passives, %i promoters) with weights 1 or 2.5: same NPS and interval as npsInterval', (d, a, p) => {
    const scores = column(d, a, p);
    const expected = npsInterval({ promoters: p, passives: a, detractors: d, ignored: 0 }, 0.95);
    for (const weight of [1, 2.5]) {
      const result = weightedNps(scores, scores.map(() => [weight]));
      expect(result.effectiveResponses).toBeCloseTo(d + a + p, 9);
      expect(result.nps).toBeCloseTo(((p - d) / (d + a + p)) * 100, 9);
      expect(result.ci[0]).toBeCloseTo(expected[0], 9);
      expect(result.ci[1]).toBeCloseTo(expected[1], 9);
    }
  });

  test('(10, 20, 70) with weights 1 gives the R package NPS reference interval [45.2698, 71.2351]', () => {
    const result = weightedNps(column(10, 20, 70), Array(100).fill([1]));
    expect(result.ci[0]).toBeCloseTo(45.2698, 3);
    expect(result.ci[1]).toBeCloseTo(71.2351, 3);
  });

  test('weightedInterval with n = 100 and shares 0.7, 0.1 at 90 %: by the SPEC formula', () => {
    // p′ = 70.75/103, d′ = 10.75/103, z = 1.644854.
    const p = 70.75 / 103;
    const d = 10.75 / 103;
    const half = 1.6448536269514722 * Math.sqrt((p + d - (p - d) ** 2) / 103);
    const [low, high] = weightedInterval(0.7, 0.1, 100, 0.9);
    expect(low).toBeCloseTo((p - d - half) * 100, 9);
    expect(high).toBeCloseTo((p - d + half) * 100, 9);
  });
});

describe('weightedNps: edge cases', () => {
  test('one heavy weight: n_eff near 1 widens the interval', () => {
    // Weights 100, 1, 1 on 10, 0, 0: Σw = 102, Σw² = 10002, n_eff = 10404/10002 = 1.040192.
    // p_w = 100/102 = 0.980392, d_w = 2/102 = 0.019608, NPS = 96.0784.
    const result = weightedNps([10, 0, 0], [100, 1, 1]);
    expect(result.effectiveResponses).toBeCloseTo(1.040192, 5);
    expect(result.nps).toBeCloseTo(96.0784, 3);
    // p′ = (1.040192 × 0.980392 + 0.75)/4.040192 = 1.769796/4.040192 = 0.438047
    // d′ = (1.040192 × 0.019608 + 0.75)/4.040192 = 0.770396/4.040192 = 0.190683
    // centre 0.247364; V′ = 0.628730 − 0.061189 = 0.567541; half = 1.959964 × √(0.567541/4.040192) = 1.959964 × 0.374798 = 0.734591
    expect(result.ci[0]).toBeCloseTo(-48.7227, 3);
    expect(result.ci[1]).toBeCloseTo(98.1956, 3);
  });

  test('all weights 0: NaN NPS and interval, responses still counted', () => {
    const result = weightedNps([[9], [3]], [[0], [0]]);
    expect(result.nps).toBeNaN();
    expect(result.ci).toEqual([NaN, NaN]);
    expect(result.responses).toBe(2);
    expect(result.totalWeight).toBe(0);
  });

  test('booleans, dates and Infinity are not weights', () => {
    const result = weightedNps([9, 9, 9, 3], [true, new Date(0), Infinity, 1]);
    expect(result.ignored).toBe(3);
    expect(result.nps).toBe(-100);
  });

  test('ranges of different lengths are an error', () => {
    expect(() => weightedNps([9, 9], [1])).toThrow(/same number of cells \(2 vs 1\)/);
  });

  test('the interval is clipped to [−100, 100]', () => {
    expect(weightedInterval(1, 0, 50)[1]).toBe(100);
    expect(weightedInterval(0, 1, 50)[0]).toBe(-100);
    // Still the SPEC formula below the clip: p′ = 50.75/53, d′ = 0.75/53.
    const p = 50.75 / 53;
    const d = 0.75 / 53;
    expect(weightedInterval(1, 0, 50)[0]).toBeCloseTo((p - d - Z95 * Math.sqrt((p + d - (p - d) ** 2) / 53)) * 100, 9);
  });
});
