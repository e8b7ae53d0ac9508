import { adjacentComparisons, versusRest } from '../../src/nps/comparisonTables';
import { headlineComparisons } from '../../src/nps/headlineComparisons';
import type { Tally } from '../../src/nps/tally';
import { differenceP } from '../helpers/differenceP';

const t = (promoters: number, passives: number, detractors: number): Tally => ({ promoters, passives, detractors, ignored: 0 });
const counts = (x: Tally): [number, number, number] => [x.promoters, x.passives, x.detractors];

describe('adjacentComparisons: each period against the previous one, Holm across the table', () => {
  test('three periods with one empty: p-values by hand, Holm over the one comparison that can be made', () => {
    const periods = [t(30, 10, 10), t(0, 0, 0), t(20, 10, 20), t(40, 5, 5)];
    const result = adjacentComparisons(periods, 0.95);
    expect(result[0]).toEqual({ change: null, p: null, pAdjusted: null, significant: null });
    expect(result[1].change).toBeNull();
    expect(result[2].change).toBeNull();
    // Only period 3 vs period 2 can be tested: m = 1, adjusted = unadjusted.
    const p = differenceP(counts(periods[3]), counts(periods[2]));
    expect(result[3].change).toBeCloseTo(70 - 0, 12);
    expect(result[3].p).toBeCloseTo(p, 10);
    expect(result[3].pAdjusted).toBeCloseTo(p, 10);
    expect(result[3].significant).toBe(p < 0.05);
  });

  test('two comparisons: the smaller p is doubled, the larger kept at least as large', () => {
    const periods = [t(50, 20, 30), t(55, 20, 25), t(75, 15, 10)];
    const p1 = differenceP(counts(periods[1]), counts(periods[0]));
    const p2 = differenceP(counts(periods[2]), counts(periods[1]));
    const [lo, hi] = p1 < p2 ? [p1, p2] : [p2, p1];
    const adjustedLow = Math.min(1, 2 * lo);
    const adjustedHigh = Math.max(adjustedLow, hi);
    const result = adjacentComparisons(periods, 0.95);
    expect(result[p1 < p2 ? 1 : 2].pAdjusted).toBeCloseTo(adjustedLow, 10);
    expect(result[p1 < p2 ? 2 : 1].pAdjusted).toBeCloseTo(adjustedHigh, 10);
    expect(result[2].change).toBeCloseTo(65 - 30, 12);
  });
});

describe('versusRest: each segment against every other response', () => {
  test('the rest includes responses of segments not in the table; a segment that is everything has no rest', () => {
    const pro = t(40, 10, 10);
    const free = t(20, 20, 40);
    const total = t(65, 35, 55); // 5 promoters, 5 passives, 5 detractors in a segment left out
    const result = versusRest([pro, free], total, 0.95);
    const restOfPro = t(25, 25, 45);
    const restOfFree = t(45, 15, 15);
    expect(result[0].change).toBeCloseTo(50 - (-20 / 95) * 100, 10);
    const pPro = differenceP(counts(pro), counts(restOfPro));
    const pFree = differenceP(counts(free), counts(restOfFree));
    expect(result[0].p).toBeCloseTo(pPro, 10);
    expect(result[1].p).toBeCloseTo(pFree, 10);
    expect(result[0].pAdjusted).toBeCloseTo(Math.min(1, Math.max(2 * Math.min(pPro, pFree), pPro)), 10);
    expect(versusRest([pro], pro, 0.95)[0]).toEqual({ change: null, p: null, pAdjusted: null, significant: null });
  });
});

describe('headlineComparisons', () => {
  const month = (y: number, m: number, tally: Tally) => ({
    startDate: `${y}-${String(m).padStart(2, '0')}-01`,
    label: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`,
    tally,
  });

  test('latest vs previous non-empty, a year earlier and the first; Holm over the three; sentences', () => {
    const rows = [
      month(2024, 1, t(20, 20, 60)), // NPS −40
      month(2024, 2, t(30, 30, 40)),
      month(2024, 3, t(40, 30, 30)), // a year before Mar 2025: NPS 10
      // Apr 2024 … Dec 2024, then Jan 2025: NPS 10 each.
      ...Array.from({ length: 10 }, (_, i) => (i < 9 ? month(2024, 4 + i, t(40, 30, 30)) : month(2025, 1, t(40, 30, 30)))),
      month(2025, 2, t(0, 0, 0)), // empty: skipped for "previous"
      month(2025, 3, t(60, 30, 10)), // NPS 50
    ];
    const found = headlineComparisons(rows, 'month', 0.95);
    expect(found.map((c) => [c.kind, c.from, c.to])).toEqual([
      ['previous', 'Jan 2025', 'Mar 2025'],
      ['yearAgo', 'Mar 2024', 'Mar 2025'],
      ['first', 'Jan 2024', 'Mar 2025'],
    ]);
    const ps = [differenceP([60, 30, 10], [40, 30, 30]), differenceP([60, 30, 10], [40, 30, 30]), differenceP([60, 30, 10], [20, 20, 60])];
    // Holm by hand over three: sorted ascending, multipliers 3, 2, 1, running maximum.
    const order = [2, 0, 1];
    const adjusted: number[] = [];
    let running = 0;
    order.forEach((i, k) => {
      running = Math.max(running, Math.min(1, (3 - k) * ps[i]));
      adjusted[i] = running;
    });
    found.forEach((c, i) => {
      expect(c.p).toBeCloseTo(ps[i], 10);
      expect(c.pAdjusted).toBeCloseTo(adjusted[i], 10);
    });
    expect(found[0].change).toBeCloseTo(40, 12);
    expect(found[2].change).toBeCloseTo(90, 12);
    expect(found[2].sentence).toMatch(/^Up 90 points since Jan 2024 — a real change \(p < 0\.001\)$/);
    // The verdict follows the hand-adjusted p: below 0.05 is a real change.
    const verdict = adjusted[0] < 0.05 ? 'a real change' : 'could be noise';
    const pText = adjusted[0] < 0.001 ? 'p < 0.001' : `p = ${Number(adjusted[0].toPrecision(2))}`;
    expect(found[0].sentence).toBe(`Up 40 points since Jan 2025 — ${verdict} (${pText})`);
    expect(found[1].sentence).toMatch(/^Up 40 points on a year earlier \(Mar 2024\) — /);
  });

  test('a small drop on few responses could be noise, and says so', () => {
    const rows = [month(2025, 5, t(10, 5, 5)), month(2025, 6, t(9, 6, 5))];
    const [only] = headlineComparisons(rows, 'month', 0.95);
    expect(only.kind).toBe('previous');
    expect(only.change).toBeCloseTo(20 - 25, 12);
    expect(only.significant).toBe(false);
    expect(only.sentence).toBe(`Down 5 points since May 2025 — could be noise (few responses) (p = ${Number(differenceP([9, 6, 5], [10, 5, 5]).toPrecision(2))})`);
  });

  test('weeks are named "Week of …" and one period alone has nothing to compare', () => {
    const week = (start: string, label: string, tally: Tally) => ({ startDate: start, label, tally });
    const [c] = headlineComparisons([week('2025-04-21', '2025-W17', t(50, 30, 20)), week('2025-04-28', '2025-W18', t(50, 30, 20))], 'week', 0.95);
    expect(c.sentence).toMatch(/^About level since Week of Apr 21, 2025 — could be noise \(p = 1\)$/);
    expect(headlineComparisons([week('2025-04-28', '2025-W18', t(5, 0, 0))], 'week', 0.95)).toEqual([]);
  });

  test('a year earlier: the same quarter of the year before, and 52 weeks before for weeks', () => {
    const quarter = (y: number, q: number, tally: Tally) => ({ startDate: `${y}-${String(3 * q - 2).padStart(2, '0')}-01`, label: `${y} Q${q}`, tally });
    const quarters = [quarter(2024, 1, t(10, 10, 10)), quarter(2024, 2, t(10, 10, 10)), quarter(2024, 3, t(10, 10, 10)), quarter(2024, 4, t(10, 10, 10)), quarter(2025, 1, t(10, 10, 10)), quarter(2025, 2, t(10, 10, 10))];
    expect(headlineComparisons(quarters, 'quarter', 0.95).map((c) => [c.kind, c.from])).toEqual([
      ['previous', '2025 Q1'],
      ['yearAgo', '2024 Q2'],
      ['first', '2024 Q1'],
    ]);
    // 60 ISO weeks from the week of Jan 6, 2025: the latest (index 59) against index 7, 52 weeks before.
    const weeks = Array.from({ length: 60 }, (_, i) => {
      const start = new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10);
      return { startDate: start, label: `W${i}`, tally: t(5, 5, 5) };
    });
    const found = headlineComparisons(weeks, 'week', 0.95);
    expect(found.map((c) => [c.kind, c.from])).toEqual([
      ['previous', 'W58'],
      ['yearAgo', 'W7'],
      ['first', 'W0'],
    ]);
    expect(found[1].sentence).toMatch(/^About level on a year earlier \(Week of Feb 24, 2025\) — could be noise/);
  });
});
