import { npsInterval, marginOfError, INTERVAL_METHODS } from '../../src/nps/intervals';
import { emptyTally, Tally } from '../../src/nps/tally';

/** A tally from (detractors, passives, promoters), the order of the R package NPS. */
function counts(detractors: number, passives: number, promoters: number): Tally {
  return { promoters, passives, detractors, ignored: 0 };
}

function expectInterval(actual: [number, number], low: number, high: number, digits = 3): void {
  expect(actual[0]).toBeCloseTo(low, digits);
  expect(actual[1]).toBeCloseTo(high, digits);
}

describe('npsInterval, golden values of the R package NPS (Rocks), 95 %', () => {
  it('(10, 20, 70): Wald, adjusted Wald and score', () => {
    const t = counts(10, 20, 70);
    expectInterval(npsInterval(t, 0.95, 'wald'), 46.9991, 73.0009);
    expectInterval(npsInterval(t, 0.95, 'adjusted-wald'), 45.2698, 71.2351);
    expectInterval(npsInterval(t, 0.95, 'score'), 45.2167, 71.2768);
  });

  it('(3, 5, 2): adjusted Wald and score', () => {
    const t = counts(3, 5, 2);
    expectInterval(npsInterval(t, 0.95, 'adjusted-wald'), -45.9022, 30.5176);
    expectInterval(npsInterval(t, 0.95, 'score'), -49.8626, 33.8235);
  });

  it('(0, 0, 5): adjusted Wald clipped at 100, score upper limit 100', () => {
    const t = counts(0, 0, 5);
    expectInterval(npsInterval(t, 0.95, 'adjusted-wald'), 17.4915, 100);
    expectInterval(npsInterval(t, 0.95, 'score'), 13.1035, 100);
    expect(npsInterval(t, 0.95, 'adjusted-wald')[1]).toBe(100);
    expect(npsInterval(t, 0.95, 'score')[1]).toBe(100);
  });

  it('(5, 0, 0) mirrors (0, 0, 5): lower limit −100', () => {
    const t = counts(5, 0, 0);
    expectInterval(npsInterval(t, 0.95, 'adjusted-wald'), -100, -17.4915);
    expectInterval(npsInterval(t, 0.95, 'score'), -100, -13.1035);
    expect(npsInterval(t, 0.95, 'score')[0]).toBe(-100);
  });
});

describe('npsInterval, hand-computed', () => {
  it('defaults to adjusted Wald at 95 %', () => {
    expectInterval(npsInterval(counts(10, 20, 70)), 45.2698, 71.2351);
  });

  it('Wald of (3, 5, 2): −10 ± z·√(0.49 / 10)', () => {
    // p = 0.2, d = 0.3: V = 0.5 − 0.01 = 0.49; z·√0.049 = 1.959963984540054 × 0.2213594… = 0.4338565226131931
    expectInterval(npsInterval(counts(3, 5, 2), 0.95, 'wald'), -53.38565226131931, 33.38565226131931, 9);
  });

  it('Wald of (10, 20, 70) at 90 %: 60 ± 1.6448536269514722 × 6.6332495807108', () => {
    // half width 10.910724631306491
    expectInterval(npsInterval(counts(10, 20, 70), 0.9, 'wald'), 49.089275368693509, 70.910724631306491, 9);
  });

  it('one category only: all passives give Wald [0, 0]', () => {
    // p = d = 0 → V = 0 → zero width.
    expect(npsInterval(counts(0, 7, 0), 0.95, 'wald')).toEqual([0, 0]);
  });

  it('n = 1 promoter: adjusted Wald from n′ = 4', () => {
    // p′ = 1.75/4 = 0.4375, d′ = 0.75/4 = 0.1875, centre 0.25, V′ = 0.625 − 0.0625 = 0.5625,
    // SE′ = √(0.5625/4) = 0.375, z·SE′ = 0.73498649420252 → [−48.498649420252, 98.498649420252].
    expectInterval(npsInterval(counts(0, 0, 1)), -48.498649420252, 98.498649420252, 9);
    // Wald has no width here: V = 1 − 1 = 0.
    expect(npsInterval(counts(0, 0, 1), 0.95, 'wald')).toEqual([100, 100]);
  });

  it('the score interval is symmetric for symmetric counts and contains the NPS', () => {
    const [low, high] = npsInterval(counts(4, 2, 4), 0.95, 'score');
    expect(low).toBeCloseTo(-high, 8);
    expect(low).toBeLessThan(0);
    expect(high).toBeGreaterThan(0);
  });

  it('a higher confidence gives a wider interval for every method', () => {
    for (const method of INTERVAL_METHODS) {
      const [low95, high95] = npsInterval(counts(3, 5, 2), 0.95, method);
      const [low99, high99] = npsInterval(counts(3, 5, 2), 0.99, method);
      expect(low99).toBeLessThan(low95);
      expect(high99).toBeGreaterThan(high95);
    }
  });

  it('is [NaN, NaN] without responses, for every method', () => {
    for (const method of INTERVAL_METHODS) expect(npsInterval(emptyTally(), 0.95, method)).toEqual([NaN, NaN]);
  });

  it('lists the three methods', () => {
    expect(INTERVAL_METHODS).toEqual(['adjusted-wald', 'wald', 'score']);
  });
});

describe('marginOfError', () => {
  it('is half the adjusted-Wald width', () => {
    // (71.2351 − 45.2698) / 2 = 12.98265
    expect(marginOfError(counts(10, 20, 70))).toBeCloseTo(12.98265, 3);
  });

  it('is half the clipped width', () => {
    // (100 − 17.4915) / 2 = 41.25425
    expect(marginOfError(counts(0, 0, 5))).toBeCloseTo(41.25425, 3);
  });

  it('is NaN without responses', () => {
    expect(marginOfError(emptyTally())).toBeNaN();
  });
});
