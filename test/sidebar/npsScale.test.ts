import { scalePercent } from '../../src/sidebar/npsScale';

test('the scale runs from −100 (0 %) to 100 (100 %); the band lines sit at 50 %, 75 % and 85 %', () => {
  expect(scalePercent(-100)).toBe(0);
  expect(scalePercent(0)).toBe(50);
  expect(scalePercent(50)).toBe(75);
  expect(scalePercent(70)).toBe(85);
  expect(scalePercent(100)).toBe(100);
  expect(scalePercent((110 - 60) / 237 * 100)).toBeCloseTo(60.549, 3); // (21.097 + 100) / 2
});

test('values outside the scale stay at its ends', () => {
  expect(scalePercent(-130)).toBe(0);
  expect(scalePercent(250)).toBe(100);
});
