import type { TrendPoint } from '../../src/shared/contract';
import { sparklineGeometry, trendDescription } from '../../src/sidebar/trendSparkline';

function point(label: string, nps: number | null, ci: [number, number] | null = null): TrendPoint {
  return { start: '2025-01-01', label, displayLabel: label, fewResponses: false, responses: nps === null ? 0 : 10, promoters: 0, passives: 0, detractors: 0, nps, ci };
}

describe('sparklineGeometry', () => {
  test('spreads periods over the width and maps the highest NPS to the top', () => {
    const g = sparklineGeometry([point('a', 0), point('b', 20)], 100, 40, 0);
    expect(g.line).toBe('M0 40L100 0');
    expect(g.range).toEqual([0, 20]);
    expect(g.zeroY).toBe(40);
    expect(g.dots).toEqual([{ x: 0, y: 40 }, { x: 100, y: 0 }]);
  });

  test('a flat trend spans at least 20 points around its level', () => {
    const g = sparklineGeometry([point('a', 50), point('b', 50)], 100, 40, 0);
    expect(g.range).toEqual([40, 60]);
    expect(g.line).toBe('M0 20L100 20');
    expect(g.zeroY).toBeNull();
  });

  test('the range includes the interval and stays within −100…100', () => {
    const g = sparklineGeometry([point('a', 90, [70, 100]), point('b', 95, [80, 100])], 100, 30, 0);
    expect(g.range).toEqual([70, 100]);
    expect(g.band).toBe('M0 0L100 0L100 20L0 30Z');
    const top = sparklineGeometry([point('a', 100), point('b', 98)], 100, 40, 0);
    expect(top.range).toEqual([89, 100]);
  });

  test('a period without responses breaks the line and the band', () => {
    const g = sparklineGeometry([point('a', 0, [-10, 10]), point('b', null), point('c', 10, [0, 20])], 100, 30, 0);
    expect(g.range).toEqual([-10, 20]);
    expect(g.line).toBe('M0 20M100 10');
    expect(g.band).toBe('M0 10L0 30ZM100 0L100 20Z');
    expect(g.dots).toHaveLength(2);
  });

  test('a single period sits in the middle', () => {
    expect(sparklineGeometry([point('a', 10)], 100, 40, 4).line).toBe('M50 20');
  });
});

test('the description lists every period', () => {
  expect(trendDescription([point('Jan 2025', 23.21), point('Feb 2025', null)], 'month')).toBe('NPS per month: Jan 2025 23.2, Feb 2025 no responses');
  expect(trendDescription([point('2025-01-26', -5)], 'week-sunday')).toBe('NPS per week: 2025-01-26 -5.0');
});
