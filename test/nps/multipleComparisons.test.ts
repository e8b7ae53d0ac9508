import { holmAdjust } from '../../src/nps/multipleComparisons';

describe('holmAdjust (Holm 1979 step-down)', () => {
  test('four p-values: sorted 0.005, 0.01, 0.03, 0.04 become 4·0.005, 3·0.01, max(2·0.03, …), max(1·0.04, 0.06)', () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((want, i) => expect(adjusted[i]).toBeCloseTo(want, 15));
  });

  test('significance at 5 % is exactly the step-down: stop at the first p above α/(m − k)', () => {
    // m = 3: 0.01 < 0.05/3 rejects; 0.03 > 0.05/2 stops, so 0.04 is not rejected either.
    const adjusted = holmAdjust([0.04, 0.01, 0.03]);
    expect(adjusted.map((p) => p < 0.05)).toEqual([false, true, false]);
    expect(adjusted[1]).toBeCloseTo(0.03, 15);
    expect(adjusted[2]).toBeCloseTo(0.06, 15);
    expect(adjusted[0]).toBeCloseTo(0.06, 15);
  });

  test('NaN entries are not comparisons: they stay NaN and do not count in m', () => {
    const adjusted = holmAdjust([0.2, NaN, 0.01]);
    expect(adjusted[0]).toBeCloseTo(0.2, 15);
    expect(adjusted[1]).toBeNaN();
    expect(adjusted[2]).toBeCloseTo(0.02, 15);
  });

  test('adjusted p-values never exceed 1 and one p-value is left as it is', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([0.3])).toEqual([0.3]);
    expect(holmAdjust([])).toEqual([]);
  });

  test('ties keep their order and share the same adjusted value', () => {
    expect(holmAdjust([0.02, 0.02])).toEqual([0.04, 0.04]);
  });
});
