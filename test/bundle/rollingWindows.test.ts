/**
 * NPS_ROLLING whose windows miss every answer says so (and how long a window
 * would reach one), instead of blaming the data; data with no dated valid
 * score keeps that message. Through the built functions in a bare V8 context.
 * Window days worked out by hand: a W-day window ending with a period holds
 * the local days [end − W, end), end being the first day of the next period.
 */
import { loadBareBundle } from '../helpers/bareBundle';

const bundle = loadBareBundle({ timeZone: 'UTC', locale: 'en_US' });

const errorOf = (...args: unknown[]): string => bundle.errorOf('NPS_ROLLING', ...args);

const responses = (table: unknown) => (table as unknown[][]).slice(1).map((r) => [r[1], r[2]]);

describe('every window empty', () => {
  // Jan 1, Feb 3, Mar 5. A 7-day monthly window holds Jan 25–31, Feb 22–28, Mar 25–31: none.
  // Reach from the period's end: Jan 1 → Feb 1 is 31 days, Feb 3 → Mar 1 is 26, Mar 5 → Apr 1 is 27.
  const DATES = [['2025-01-01'], ['2025-02-03'], ['2025-03-05']];
  const SCORES = [[9], [7], [3]];

  test('monthly, 7 days: says the windows are empty and that 26 days reach an answer', () => {
    expect(errorOf(DATES, SCORES, 7, 'month')).toBe(
      'NPS_ROLLING: every window is empty: each 7-day window ends with its month, and no answer falls in the last 7 days of a month. ' +
        'Use a window_days of at least 26, or a shorter period.',
    );
    expect(errorOf(DATES, SCORES, 25, 'month')).toMatch(/^NPS_ROLLING: every window is empty: each 25-day window/);
  });

  test('26 days is indeed enough: the February window (Feb 3–28) holds the passive', () => {
    expect(responses(bundle.call('NPS_ROLLING', DATES, SCORES, 26, 'month'))).toEqual([
      ['Jan 2025', 0],
      ['Feb 2025', 1],
      ['Mar 2025', 0],
    ]);
  });

  test('weekly windows of 3 days miss answers given on Mondays; 7 days reach them', () => {
    // Mondays Jan 6 and Jan 20, 2025 (ISO weeks run Monday–Sunday): a 3-day window is Fri–Sun.
    const mondays = [['2025-01-06'], ['2025-01-20']];
    expect(errorOf(mondays, [[10], [0]], 3)).toBe(
      'NPS_ROLLING: every window is empty: each 3-day window ends with its week, and no answer falls in the last 3 days of a week. ' +
        'Use a window_days of at least 7, or a shorter period.',
    );
    // Weeks starting Sunday end on Saturday: from Monday Jan 6 the window must reach back 6 days (Jan 6–11).
    expect(errorOf(mondays, [[10], [0]], 2, 'week-sunday')).toMatch(/each 2-day window ends with its week, .* at least 6, or a shorter period\.$/);
    expect(responses(bundle.call('NPS_ROLLING', mondays, [[10], [0]], 7))).toEqual([
      ['2025-W02', 1],
      ['2025-W03', 0],
      ['2025-W04', 1],
    ]);
  });
});

describe('no dated valid score: the data message stays', () => {
  const DATA_MESSAGE = /^NPS_ROLLING: no row has both a readable date and a valid 0–10 score\./;

  test('unreadable dates', () => {
    expect(errorOf([['soon'], ['later']], [[9], [10]], 7, 'month')).toMatch(DATA_MESSAGE);
  });

  test('readable dates but no valid score', () => {
    expect(errorOf([['2025-01-01'], ['2025-01-02']], [['n/a'], [11]], 7, 'month')).toMatch(DATA_MESSAGE);
  });
});
