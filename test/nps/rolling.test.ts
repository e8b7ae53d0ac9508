import type { PeriodBucket } from '../../src/nps/periods';
import { rollingByPeriod, smallestWindowWithResponses } from '../../src/nps/rolling';
import { BLANK, INVALID } from '../../src/nps/score';
import { zoneFor } from '../../src/nps/zone';

const U = Date.UTC;
const utc = zoneFor('UTC');

const rows = (buckets: PeriodBucket[]) =>
  buckets.map((b) => [b.label, b.tally.promoters, b.tally.passives, b.tally.detractors, b.tally.ignored]);

describe('rollingByPeriod', () => {
  // Responses: Jan 1 promoter, Jan 2 detractor, Jan 4 passive. A 2-day window
  // ending with day D holds days D−1 and D:
  //   Jan 1: Dec 31–Jan 1 → P        Jan 2: Jan 1–2 → P, D
  //   Jan 3: Jan 2–3 → D             Jan 4: Jan 3–4 → passive
  test('daily rows with a 2-day window', () => {
    const instants = [U(2025, 0, 1, 9), U(2025, 0, 2, 23, 59), U(2025, 0, 4)];
    expect(rows(rollingByPeriod(instants, [10, 0, 8], 2, 'day', utc))).toEqual([
      ['2025-01-01', 1, 0, 0, 0],
      ['2025-01-02', 1, 0, 1, 0],
      ['2025-01-03', 0, 0, 1, 0],
      ['2025-01-04', 0, 1, 0, 0],
    ]);
  });

  test('a 1-day window equals the daily tally', () => {
    const instants = [U(2025, 0, 1), U(2025, 0, 1, 12), U(2025, 0, 3)];
    expect(rows(rollingByPeriod(instants, [9, 7, 6], 1, 'day', utc))).toEqual([
      ['2025-01-01', 1, 1, 0, 0],
      ['2025-01-02', 0, 0, 0, 0],
      ['2025-01-03', 0, 0, 1, 0],
    ]);
  });

  // Weeks (ISO): W01 = Dec 30–Jan 5, W02 = Jan 6–12, W03 = Jan 13–19.
  // A 10-day window ending Sunday Jan 12 covers Jan 3–12; ending Jan 19 covers Jan 10–19.
  test('weekly rows with a 10-day window reach into the previous week', () => {
    const instants = [U(2025, 0, 2), U(2025, 0, 3), U(2025, 0, 9), U(2025, 0, 10), U(2025, 0, 19, 23)];
    const scores = [10, 9, 0, 7, 8];
    expect(rows(rollingByPeriod(instants, scores, 10, 'week', utc))).toEqual([
      // W01 window Dec 27–Jan 5: Jan 2 (P), Jan 3 (P)
      ['2025-W01', 2, 0, 0, 0],
      // W02 window Jan 3–12: Jan 3 (P), Jan 9 (D), Jan 10 (passive)
      ['2025-W02', 1, 1, 1, 0],
      // W03 window Jan 10–19: Jan 10 (passive), Jan 19 (passive)
      ['2025-W03', 0, 2, 0, 0],
    ]);
  });

  test('monthly rows with a 30-day window; empty months keep their rows', () => {
    // Window ending Jan 31: Jan 2–31. Ending Feb 28: Jan 30–Feb 28. Ending Mar 31: Mar 2–31.
    const instants = [U(2025, 0, 1), U(2025, 0, 30), U(2025, 2, 31)];
    expect(rows(rollingByPeriod(instants, [10, 0, 9], 30, 'month', utc))).toEqual([
      ['Jan 2025', 0, 0, 1, 0], // Jan 1 is 31 days before Feb 1: outside
      ['Feb 2025', 0, 0, 1, 0], // Jan 30 is inside
      ['Mar 2025', 1, 0, 0, 0],
    ]);
  });

  test('BLANK is skipped, INVALID is counted as ignored within the responses\' span, NaN dates are skipped', () => {
    // Responses on Jan 2 (9) and Jan 4 (6); the invalid answer of Jan 1 lies before them, that of Jan 3 within.
    const instants = [U(2025, 0, 1), U(2025, 0, 2), NaN, U(2025, 0, 5), U(2025, 0, 3), U(2025, 0, 4)];
    expect(rows(rollingByPeriod(instants, [INVALID, 9, 9, BLANK, INVALID, 6], 7, 'day', utc))).toEqual([
      ['2025-01-02', 1, 0, 0, 0],
      ['2025-01-03', 1, 0, 0, 1],
      ['2025-01-04', 1, 0, 1, 1],
    ]);
  });

  test('windows count local days of the zone', () => {
    const ny = zoneFor('America/New_York');
    // 2025-03-01 04:30Z is 2025-02-28 23:30 EST: inside the 1-day window of Feb 28.
    const buckets = rollingByPeriod([U(2025, 2, 1, 4, 30), U(2025, 2, 1, 5, 30)], [10, 0], 1, 'day', ny);
    expect(rows(buckets)).toEqual([
      ['2025-02-28', 1, 0, 0, 0],
      ['2025-03-01', 0, 0, 1, 0],
    ]);
    expect(buckets[1].start).toBe(U(2025, 2, 1, 5));
  });

  test('the window must be a whole number of days, 1 or more', () => {
    for (const bad of [0, -3, 1.5, NaN, Infinity, '7' as unknown as number]) {
      expect(() => rollingByPeriod([U(2025, 0, 1)], [9], bad, 'day', utc)).toThrow(
        /^the rolling window must be a whole number of days, 1 or more \(got /,
      );
    }
  });

  test('no data gives no rows', () => {
    expect(rollingByPeriod([NaN], [9], 7, 'week', utc)).toEqual([]);
  });

  test('same result whatever the row order', () => {
    const instants: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < 500; i++) {
      instants.push(U(2025, 0, 1) + ((i * 7919) % 365) * 86400000 + i * 1000);
      scores.push(i % 11);
    }
    const forward = rollingByPeriod(instants, scores, 28, 'week', utc);
    const backward = rollingByPeriod([...instants].reverse(), [...scores].reverse(), 28, 'week', utc);
    expect(backward).toEqual(forward);
  });
});

describe('smallestWindowWithResponses', () => {
  // A W-day window ending with a period holds [end − W, end); an answer on day d needs W ≥ end − d.
  test('monthly: Jan 1 needs 31 days (to Feb 1), Feb 10 needs 19 (to Mar 1): 19', () => {
    expect(smallestWindowWithResponses([U(2025, 0, 1, 12), U(2025, 1, 10, 23, 59)], [9, 3], 'month', utc)).toBe(19);
  });

  test('the local day counts: 2025-03-01T06:30Z is Feb 28 in GMT-07:00, 1 day before Mar 1', () => {
    expect(smallestWindowWithResponses([U(2025, 2, 1, 6, 30)], [7], 'month', zoneFor('GMT-07:00'))).toBe(1);
    expect(smallestWindowWithResponses([U(2025, 2, 1, 6, 30)], [7], 'month', utc)).toBe(31);
  });

  test('quarterly and yearly: Apr 2 needs 90 days to Jul 1; Dec 30 needs 2 days to the new year', () => {
    expect(smallestWindowWithResponses([U(2025, 3, 2)], [10], 'quarter', utc)).toBe(90);
    expect(smallestWindowWithResponses([U(2025, 11, 30)], [10], 'year', utc)).toBe(2);
  });

  test('undated rows, blank and invalid scores do not count; none left is Infinity', () => {
    expect(smallestWindowWithResponses([NaN, U(2025, 0, 31), U(2025, 0, 5)], [10, INVALID, 8], 'month', utc)).toBe(27);
    expect(smallestWindowWithResponses([U(2025, 0, 31), U(2025, 0, 30)], [BLANK, INVALID], 'month', utc)).toBe(Infinity);
  });
});
