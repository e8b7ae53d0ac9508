import { npsOf, npsVariance, standardError } from '../../src/nps/nps';
import { emptyTally, tallyCells, Tally } from '../../src/nps/tally';

/** A tally from (detractors, passives, promoters), the order of the R package NPS. */
function counts(detractors: number, passives: number, promoters: number, ignored = 0): Tally {
  return { promoters, passives, detractors, ignored };
}

describe('npsOf', () => {
  it('is (promoters − detractors) / responses × 100', () => {
    // (70 − 10) / 100 × 100 = 60
    expect(npsOf(counts(10, 20, 70))).toBe(60);
    // (2 − 3) / 10 × 100 = −10
    expect(npsOf(counts(3, 5, 2))).toBeCloseTo(-10, 12);
  });

  it('never puts ignored cells in the denominator', () => {
    // Same as (10, 20, 70) with 50 ignored: still 60.
    expect(npsOf(counts(10, 20, 70, 50))).toBe(60);
  });

  it('pools a mixed column: invalid and blank cells are not responses', () => {
    // Valid: 10, 9 (2 promoters), "3" (1 detractor) → (2 − 1) / 3 × 100 = 33.33…
    const t = tallyCells([[10], [9], ['x'], ['3'], [''], [11], [7.5], ['#N/A'], [null]]);
    expect(t.ignored).toBe(4);
    expect(npsOf(t)).toBeCloseTo(100 / 3, 12);
  });

  it('is 0 when every response is a passive', () => {
    expect(npsOf(counts(0, 7, 0))).toBe(0);
  });

  it('is ±100 for a single promoter or detractor', () => {
    expect(npsOf(counts(0, 0, 1))).toBe(100);
    expect(npsOf(counts(1, 0, 0))).toBe(-100);
  });

  it('is NaN without responses', () => {
    expect(npsOf(emptyTally())).toBeNaN();
    expect(npsOf(counts(0, 0, 0, 5))).toBeNaN();
  });
});

describe('npsVariance and standardError', () => {
  it('V = (p + d) − (p − d)², SE = √(V/n) × 100', () => {
    // p = 0.7, d = 0.1: V = 0.8 − 0.36 = 0.44; SE = √(0.44 / 100) × 100 = 6.6332495807107996…
    expect(npsVariance(counts(10, 20, 70))).toBeCloseTo(0.44, 14);
    expect(standardError(counts(10, 20, 70))).toBeCloseTo(6.6332495807108, 10);
  });

  it('is 0 for one category only', () => {
    // All passives: p = d = 0 → V = 0. All promoters: p = 1 → V = 1 − 1 = 0.
    expect(npsVariance(counts(0, 7, 0))).toBe(0);
    expect(standardError(counts(0, 7, 0))).toBe(0);
    expect(npsVariance(counts(0, 0, 4))).toBe(0);
  });

  it('is 1 for half promoters, half detractors', () => {
    // p = d = 0.5: V = 1 − 0 = 1; SE = √(1/4) × 100 = 50.
    expect(npsVariance(counts(2, 0, 2))).toBe(1);
    expect(standardError(counts(2, 0, 2))).toBe(50);
  });

  it('is NaN without responses', () => {
    expect(npsVariance(emptyTally())).toBeNaN();
    expect(standardError(emptyTally())).toBeNaN();
  });
});
