import { sampleSize } from '../../src/nps/sampleSize';

// z from published normal tables: Φ⁻¹(0.975) = 1.959964, Φ⁻¹(0.95) = 1.644854, Φ⁻¹(0.995) = 2.575829.
describe('sampleSize: ⌈z²·V / (margin/100)²⌉ − 3, by hand', () => {
  test('margin 5 at the worst case (V = 1): 1.959964² = 3.841459; / 0.0025 = 1536.58 → 1537 − 3 = 1534', () => {
    expect(sampleSize(5)).toBe(1534);
    expect(sampleSize(5, 1, 0.95)).toBe(1534);
  });

  test('margin 3: 3.841459 / 0.0009 = 4268.29 → 4269 − 3 = 4266', () => {
    expect(sampleSize(3)).toBe(4266);
  });

  test('margin 2.5: 3.841459 / 0.000625 = 6146.33 → 6147 − 3 = 6144', () => {
    expect(sampleSize(2.5)).toBe(6144);
  });

  test('the mix 70 % promoters, 10 % detractors: V = 0.8 − 0.6² = 0.44; 3.841459 × 0.44 / 0.0025 = 676.10 → 677 − 3 = 674', () => {
    expect(sampleSize(5, 0.44)).toBe(674);
  });

  test('a third of each: V = 2/3; 3.841459 × 2/3 / 0.0025 = 1024.39 → 1025 − 3 = 1022', () => {
    expect(sampleSize(5, 2 / 3)).toBe(1022);
  });

  test('90 %: 1.644854² = 2.705544; margin 10: / 0.01 = 270.55 → 271 − 3 = 268', () => {
    expect(sampleSize(10, 1, 0.9)).toBe(268);
  });

  test('99 %: 2.575829² = 6.634897; margin 5: / 0.0025 = 2653.96 → 2654 − 3 = 2651', () => {
    expect(sampleSize(5, 1, 0.99)).toBe(2651);
  });

  test('at least 1: no spread (V = 0), or a margin wider than the scale', () => {
    expect(sampleSize(5, 0)).toBe(1);
    // 3.841459 / 1.5² = 1.71 → 2 − 3 = −1 → 1.
    expect(sampleSize(150)).toBe(1);
  });

  test('a margin of 0, below 0 or not a number is an error', () => {
    for (const margin of [0, -1, NaN]) expect(() => sampleSize(margin)).toThrow(/margin must be a number of points above 0/);
  });
});
