/**
 * "Significance that doesn't cry wolf" (issue 10), on the built formulas:
 * simulated years of a stable survey must rarely flag any change, and a
 * real 45-point jump inside such a year must be flagged. Seeded, so the
 * counts are the same on every run; the rates come from SPEC §2's Holm
 * rule, not from the code: without it, about 4 reports in 10 flag a change.
 */
import { loadBareBundle } from '../helpers/bareBundle';
import { seededRandom } from '../helpers/seededRandom';

const bundle = loadBareBundle({ timeZone: 'America/New_York', locale: 'en_US' });

/** One answer from a mix of promoter and detractor shares. */
function answer(random: () => number, promoters: number, detractors: number): number {
  const u = random();
  if (u < promoters) return 9 + Math.floor(random() * 2);
  if (u < promoters + detractors) return Math.floor(random() * 7);
  return 7 + Math.floor(random() * 2);
}

/** A year of months: `sizes[m]` answers in month m, drawn from `mixes[m]` ([promoters, detractors]). */
function year(random: () => number, sizes: number[], mixes: [number, number][]): { dates: string[][]; scores: number[][] } {
  const dates: string[][] = [];
  const scores: number[][] = [];
  sizes.forEach((size, m) => {
    for (let i = 0; i < size; i++) {
      dates.push([`2025-${String(m + 1).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')} 12:00`]);
      scores.push([answer(random, mixes[m][0], mixes[m][1])]);
    }
  });
  return { dates, scores };
}

/** The "Significant change" column of NPS_BY_PERIOD by month. */
function flags(dates: string[][], scores: number[][]): unknown[] {
  const table = bundle.call('NPS_BY_PERIOD', dates, scores, 'month', 0.95) as unknown[][];
  expect(table[0][10]).toBe('Significant change');
  return table.slice(1).map((row) => row[10]);
}

describe('NPS_BY_PERIOD does not cry wolf (Holm across the table)', () => {
  test('12 months of a stable survey, 30 answers a month: fewer than 1 report in 12 flags any change', () => {
    const random = seededRandom(20261202);
    const reports = 300;
    let flagged = 0;
    for (let r = 0; r < reports; r++) {
      // A stable mix, different in each simulated survey: 30–55 % promoters, 15–35 % detractors.
      const mix: [number, number] = [0.3 + random() * 0.25, 0.15 + random() * 0.2];
      const { dates, scores } = year(random, new Array(12).fill(30), new Array(12).fill(mix));
      if (flags(dates, scores).some((f) => f === true)) flagged++;
    }
    expect(flagged / reports).toBeLessThan(1 / 12);
  });

  test('a 45-point jump between two months of 100 answers inside such a year is flagged at least 4 times in 5', () => {
    const random = seededRandom(7);
    const reports = 100;
    let found = 0;
    for (let r = 0; r < reports; r++) {
      const sizes = new Array(12).fill(30);
      sizes[5] = 100;
      sizes[6] = 100;
      // NPS 10 (40 % promoters, 30 % detractors) until June, then NPS 55 (65 %, 10 %).
      const mixes: [number, number][] = sizes.map((_, m) => (m < 6 ? [0.4, 0.3] : [0.65, 0.1]));
      const { dates, scores } = year(random, sizes, mixes);
      if (flags(dates, scores)[6] === true) found++;
    }
    expect(found / reports).toBeGreaterThanOrEqual(0.8);
  });
});
