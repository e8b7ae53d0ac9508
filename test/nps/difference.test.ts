import { differenceTest } from '../../src/nps/difference';
import { emptyTally, Tally } from '../../src/nps/tally';

/** A tally from (detractors, passives, promoters), the order of the R package NPS. */
function counts(detractors: number, passives: number, promoters: number): Tally {
  return { promoters, passives, detractors, ignored: 0 };
}

describe('differenceTest', () => {
  it('(10, 20, 70) vs (20, 20, 60): golden values of the R package NPS', () => {
    const test = differenceTest(counts(10, 20, 70), counts(20, 20, 60));
    expect(test.npsA).toBe(60);
    expect(test.npsB).toBe(40);
    expect(test.difference).toBe(20);
    expect(test.low).toBeCloseTo(-0.7669, 3);
    expect(test.high).toBeCloseTo(39.6018, 3);
    // 0.0593628974354439 by mpmath at 30 digits.
    expect(test.pValue).toBeCloseTo(0.05936, 5);
    expect(test.significant).toBe(false);
  });

  it('the adjusted difference is the centre of the interval', () => {
    // NPS′A = 60/103, NPS′B = 40/103: δ′ = 20/103 × 100 = 19.41747572815534
    const test = differenceTest(counts(10, 20, 70), counts(20, 20, 60));
    expect(test.adjustedDifference).toBeCloseTo(2000 / 103, 10);
    expect((test.low + test.high) / 2).toBeCloseTo(2000 / 103, 10);
  });

  it('is signed A − B: swapping the groups flips the signs and keeps p', () => {
    const ab = differenceTest(counts(10, 20, 70), counts(20, 20, 60));
    const ba = differenceTest(counts(20, 20, 60), counts(10, 20, 70));
    expect(ba.difference).toBe(-20);
    expect(ba.low).toBeCloseTo(-ab.high, 10);
    expect(ba.high).toBeCloseTo(-ab.low, 10);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 14);
  });

  it('at 90 % the same difference is significant (p = 0.0594 < 0.10)', () => {
    expect(differenceTest(counts(10, 20, 70), counts(20, 20, 60), 0.9).significant).toBe(true);
  });

  it('identical groups: no difference, p = 1', () => {
    // δ′ = 0 → |δ′|/SE = 0 → p = 2(1 − Φ(0)) = 1.
    const test = differenceTest(counts(3, 5, 2), counts(3, 5, 2));
    expect(test.difference).toBe(0);
    expect(test.adjustedDifference).toBe(0);
    expect(test.pValue).toBe(1);
    expect(test.significant).toBe(false);
    expect(test.low).toBeCloseTo(-test.high, 12);
  });

  it('one category only in both groups still has a positive SE thanks to the adjustment', () => {
    // All passives in both: P′ = D′ = 0.75, n′ = 10 → V′ = 0.15, SE = √(2 × 0.15/10) = √0.03;
    // δ′ = 0 → p = 1, interval ±z·√0.03 × 100 = ±33.9475…
    const test = differenceTest(counts(0, 7, 0), counts(0, 7, 0));
    expect(test.pValue).toBe(1);
    expect(test.high).toBeCloseTo(1.959963984540054 * Math.sqrt(0.03) * 100, 10);
  });

  it('all promoters vs all detractors is significant', () => {
    // A: P′ = 100.75, D′ = 0.75 of 103; δ′ = 2 × 100/103 = 1.9417…, tiny SE → p far below 0.001.
    const test = differenceTest(counts(0, 0, 100), counts(100, 0, 0));
    expect(test.difference).toBe(200);
    expect(test.pValue).toBeLessThan(1e-10);
    expect(test.significant).toBe(true);
  });

  it('an empty group gives NaN and not significant', () => {
    const test = differenceTest(counts(10, 20, 70), emptyTally());
    expect(test.npsA).toBe(60);
    expect(test.npsB).toBeNaN();
    expect(test.difference).toBeNaN();
    expect(test.pValue).toBeNaN();
    expect(test.low).toBeNaN();
    expect(test.high).toBeNaN();
    expect(test.significant).toBe(false);
  });
});
