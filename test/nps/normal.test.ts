import { normalCdf, normalQuantile, zForConfidence } from '../../src/nps/normal';

// Reference values: mpmath at 50+ significant digits (ncdf, and √2·erfinv(2p − 1)).
function expectRelative(actual: number, expected: number, tolerance = 1e-13): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThan(tolerance);
}

describe('normalCdf', () => {
  it('matches published values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 15);
    expect(normalCdf(0.5)).toBeCloseTo(0.6914624612740131, 15);
    expect(normalCdf(-0.5)).toBeCloseTo(0.3085375387259869, 15);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 15);
  });

  it('keeps full relative precision in the lower tail', () => {
    expectRelative(normalCdf(-1.96), 0.024997895148220435);
    expectRelative(normalCdf(-8), 6.220960574271784e-16);
    expectRelative(normalCdf(-10), 7.619853024160525e-24);
    expectRelative(normalCdf(-37), 5.725571222524577e-300);
  });

  it('handles infinities and NaN', () => {
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe('normalQuantile', () => {
  it('matches published values', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 14);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080408, 14);
  });

  it('is precise far in the tails (all three AS 241 regions)', () => {
    expectRelative(normalQuantile(1e-10), -6.361340902404057);
    expectRelative(normalQuantile(1e-300), -37.0470962993612);
  });

  it('is the inverse of normalCdf (lower tail, where Φ keeps full precision)', () => {
    for (const x of [-37, -9, -5.9, -3.3, -1, -0.2, 0.1, 0.6744, 0.7, 2.5]) {
      expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 9);
    }
  });

  it('gives ±Infinity at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });
});

describe('zForConfidence', () => {
  it('is two-sided', () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(zForConfidence(0.9)).toBeCloseTo(1.6448536269514722, 14);
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829303548901, 14);
  });
});
