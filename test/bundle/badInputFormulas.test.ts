/**
 * Issue 2, "Bad input", through the built functions in a bare V8 context
 * (dist/ as Apps Script loads it), beyond test/bundle/contract.test.ts:
 * every function that takes a confidence accepts a cell holding 95 % (0.95)
 * and rejects values outside (0, 1); window_days below 1 or not whole;
 * ranges of different lengths; ranges with no valid score, naming the range;
 * and invalid cells that never crash a function and never enter a
 * denominator — checked against counts made in this file.
 */
import { loadBareBundle } from '../helpers/bareBundle';

process.env.TZ = 'Pacific/Auckland';

const bundle = loadBareBundle({ timeZone: 'America/Chicago', locale: 'en_US' });

const errorOf = bundle.errorOf;

const SCORES = [[10], [9], [8], [7], [6], [3], [0], [10], [9], [9]];
const DATES = [['2025-01-03'], ['2025-01-20'], ['2025-02-02'], ['2025-02-14'], ['2025-02-27'], ['2025-03-01'], ['2025-03-09'], ['2025-03-15'], ['2025-04-01'], ['2025-04-30']];
const SEGMENTS = [['Pro'], ['Free'], ['Pro'], ['Free'], ['Pro'], ['Team'], ['Free'], ['Pro'], ['Team'], ['Pro']];

/** Each function that takes a confidence, called with it. */
const WITH_CONFIDENCE: [string, (confidence: unknown) => unknown[]][] = [
  ['NPS_SUMMARY', (c) => [SCORES, c]],
  ['NPS_CI', (c) => [SCORES, c]],
  ['NPS_MOE', (c) => [SCORES, c]],
  ['NPS_TEST', (c) => [SCORES, [[0], [10], [7]], c]],
  ['NPS_BY_PERIOD', (c) => [DATES, SCORES, 'month', c]],
  ['NPS_BY_SEGMENT', (c) => [SEGMENTS, SCORES, 1, c]],
  ['NPS_LATEST', (c) => [SEGMENTS, DATES, SCORES, c]],
  ['NPS_WEIGHTED', (c) => [SCORES, SCORES.map((_, i) => [1 + (i % 3)]), c]],
  ['NPS_SAMPLE_SIZE', (c) => [5, SCORES, c]],
];

describe('confidence', () => {
  test.each(WITH_CONFIDENCE)('%s: a cell holding 95 %% (0.95), a one-cell range and an empty cell all mean 0.95; 0.8 changes the figures', (name, args) => {
    const byDefault = bundle.call(name, ...args(undefined).slice(0, -1));
    expect(bundle.call(name, ...args(0.95))).toEqual(byDefault);
    expect(bundle.call(name, ...args([[0.95]]))).toEqual(byDefault);
    expect(bundle.call(name, ...args(''))).toEqual(byDefault);
    expect(bundle.call(name, ...args(0.8))).not.toEqual(byDefault);
  });

  test('significance is p < 1 − confidence: the reference pair (p = 0.0594) is significant at 0.9, not at 0.95', () => {
    const column = (d: number, p: number, q: number) => [...Array(d).fill([3]), ...Array(p).fill([7]), ...Array(q).fill([10])];
    const at = (confidence: number) => (bundle.call('NPS_TEST', column(10, 20, 70), column(20, 20, 60), confidence) as unknown[][])[1][6];
    expect(at(0.95)).toBe(false);
    expect(at(0.9)).toBe(true);
  });

  test.each(WITH_CONFIDENCE)('%s: 0, 1, −0.5, 95, "95%%", "abc" and TRUE are errors naming the function, the problem and the fix', (name, args) => {
    for (const bad of [0, 1, -0.5, 95, '95%', 'abc', true]) {
      const message = errorOf(name, ...args(bad));
      expect(message.startsWith(`${name}: confidence must be a number strictly between 0 and 1, such as 0.95`)).toBe(true);
    }
    expect(errorOf(name, ...args(95))).toMatch(/for 95 % use 0\.95/);
  });
});

describe('NPS_ROLLING window_days', () => {
  test.each([0.5, 1.5, 0, -3, 'x', '7 days', true])('%p is an error: a whole number of at least 1', (days) => {
    expect(errorOf('NPS_ROLLING', DATES, SCORES, days)).toMatch(/^NPS_ROLLING: window_days must be a whole number of at least 1/);
  });

  test('numbers typed as text ("7", "0.9") read as those numbers, as Sheets users type them in formulas', () => {
    expect(bundle.call('NPS_ROLLING', DATES, SCORES, '7')).toEqual(bundle.call('NPS_ROLLING', DATES, SCORES, 7));
    expect(bundle.call('NPS_CI', SCORES, ' 0.9 ')).toEqual(bundle.call('NPS_CI', SCORES, 0.9));
    expect(bundle.call('NPS_BY_SEGMENT', SEGMENTS, SCORES, '3')).toEqual(bundle.call('NPS_BY_SEGMENT', SEGMENTS, SCORES, 3));
  });

  test('missing or blank window_days says it is required', () => {
    expect(errorOf('NPS_ROLLING', DATES, SCORES)).toMatch(/^NPS_ROLLING: window_days is required: give a whole number of at least 1/);
    expect(errorOf('NPS_ROLLING', DATES, SCORES, '')).toMatch(/^NPS_ROLLING: window_days is required/);
  });

  test('1 day is the smallest window: each day pools only itself', () => {
    const table = bundle.call('NPS_ROLLING', [['2025-01-01'], ['2025-01-02'], ['2025-01-02']], [[10], [0], [8]], 1, 'day') as unknown[][];
    expect(table.slice(1).map((r) => [r[1], r[2], r[6]])).toEqual([
      ['2025-01-01', 1, 100],
      ['2025-01-02', 2, -50],
    ]);
  });
});

describe('ranges, periods and methods', () => {
  test('ranges of different lengths: NPS_ROLLING and NPS_BY_SEGMENT name both counts and the fix', () => {
    expect(errorOf('NPS_ROLLING', DATES, SCORES.slice(1), 7)).toMatch(/^NPS_ROLLING: dates and scores must have the same number of rows \(10 vs 9\)\. Select ranges of the same height/);
    expect(errorOf('NPS_BY_SEGMENT', SEGMENTS.slice(2), SCORES)).toMatch(/^NPS_BY_SEGMENT: segments and scores must have the same number of rows \(8 vs 10\)\. Select ranges of the same height/);
  });

  test('NPS_TEST compares independent groups: ranges of different lengths are fine', () => {
    const table = bundle.call('NPS_TEST', [[10], [10], [0]], [[9], [7], [7], [7], [3]]) as unknown[][];
    expect(table[1].slice(0, 3)).toEqual([((2 - 1) / 3) * 100, 0, ((2 - 1) / 3) * 100]);
  });

  test('an unknown period in NPS_ROLLING; blank period and method fall back to the defaults', () => {
    expect(errorOf('NPS_ROLLING', DATES, SCORES, 7, 'biweekly')).toMatch(/^NPS_ROLLING: unknown period "biweekly"\. Use one of: "day", "week"/);
    expect(bundle.call('NPS_BY_PERIOD', DATES, SCORES, '')).toEqual(bundle.call('NPS_BY_PERIOD', DATES, SCORES, 'month'));
    expect(bundle.call('NPS_CI', SCORES, 0.95, '')).toEqual(bundle.call('NPS_CI', SCORES, 0.95, 'adjusted-wald'));
  });

  test('strict mode shows a boolean cell as Sheets does: TRUE', () => {
    expect(errorOf('NPS', [[9], [true]], true)).toMatch(/^NPS: TRUE at row 2, column 1 of the range is not a 0–10 score/);
  });

  test('a dated invalid answer before the first or after the last response adds no period', () => {
    const table = bundle.call('NPS_BY_PERIOD', [['2025-01-05'], ['2025-03-05'], ['2025-05-05']], [['x'], [9], ['n/a']], 'month') as unknown[][];
    expect(table.slice(1).map((r) => [r[1], r[2]])).toEqual([['Mar 2025', 1]]);
  });

  test('a time-only cell (Sheets gives it the date 1899-12-30) is not a date', () => {
    const timeOnly = new Date(Date.UTC(1899, 11, 30, 15, 30)); // 09:30 in Chicago (−05:50:36 LMT then; any time of that day)
    const table = bundle.call('NPS_BY_PERIOD', [[timeOnly], ['2025-03-05']], [[10], [9]], 'day') as unknown[][];
    expect(table.slice(1).map((r) => [r[1], r[2]])).toEqual([['2025-03-05', 1]]);
  });

  test('no valid score: every function that needs one says so, NPS_TEST names which range', () => {
    const none = [['N/A'], [''], [11], [true]];
    const dates = DATES.slice(0, 4);
    expect(errorOf('NPS_CI', none)).toMatch(/^NPS_CI: no valid 0–10 scores in the range\. Select the column of answers/);
    expect(errorOf('NPS_MOE', none)).toMatch(/^NPS_MOE: no valid 0–10 scores in the range/);
    expect(errorOf('NPS_TEST', none, SCORES)).toMatch(/^NPS_TEST: no valid 0–10 scores in the first range \(scores_a\)/);
    expect(errorOf('NPS_TEST', SCORES, none)).toMatch(/^NPS_TEST: no valid 0–10 scores in the second range \(scores_b\)/);
    expect(errorOf('NPS_BY_PERIOD', dates, none)).toMatch(/^NPS_BY_PERIOD: no row has both a readable date and a valid 0–10 score\. Check that the first range holds dates/);
    expect(errorOf('NPS_ROLLING', dates, none, 7)).toMatch(/^NPS_ROLLING: no row has both a readable date and a valid 0–10 score/);
    expect(errorOf('NPS_BY_SEGMENT', SEGMENTS.slice(0, 4), none)).toMatch(/^NPS_BY_SEGMENT: no valid 0–10 scores/);
    // NPS_SUMMARY is a table: zeros and blanks; NPS_CATEGORY marks each cell.
    expect((bundle.call('NPS_SUMMARY', none) as unknown[][])[1]).toEqual([0, 0, 0, 0, '', '', '', '', '', '', 3]);
    expect(bundle.call('NPS_CATEGORY', none)).toEqual([['Invalid'], [''], ['Invalid'], ['Invalid']]);
  });
});

describe('invalid cells never crash a function and never enter a denominator', () => {
  // Every kind of invalid value SPEC §3 lists, as Sheets passes them to a custom function.
  const INVALID: unknown[] = ['N/A', 11, -1, 7.5, true, false, '#N/A', '#DIV/0!', new Date(Date.UTC(2025, 0, 5)), 'ten', '12 - great', 'about 8', 'NaN', 'Infinity', '1e1'];
  const VALID = [10, 9, 8, 7, 6, 3, 0, 10, 9, 9, 5, 8, 10, 2];
  const MONTHS = ['2025-01', '2025-02', '2025-03'];
  const PLANS = ['Free', 'Pro', 'Team'];

  // Row i: a valid score, then an invalid one, in the same month and plan.
  const rows: { date: string; plan: string; score: unknown; valid: boolean }[] = [];
  VALID.forEach((score, i) => {
    const date = `${MONTHS[i % 3]}-${String(10 + (i % 15)).padStart(2, '0')}`;
    rows.push({ date, plan: PLANS[i % 3], score, valid: true });
    rows.push({ date, plan: PLANS[i % 3], score: INVALID[i % INVALID.length], valid: false });
  });
  const dates = rows.map((r) => [r.date]);
  const plans = rows.map((r) => [r.plan]);
  const scores = rows.map((r) => [r.score]);
  const valid = rows.filter((r) => r.valid);

  function counts(group: { score: unknown }[]) {
    const s = group.map((r) => r.score as number);
    const promoters = s.filter((x) => x >= 9).length;
    const detractors = s.filter((x) => x <= 6).length;
    return { responses: s.length, promoters, passives: s.length - promoters - detractors, detractors, nps: ((promoters - detractors) / s.length) * 100 };
  }

  test('NPS, NPS_SUMMARY, NPS_CI, NPS_MOE and NPS_TEST equal their values on the valid cells alone', () => {
    const only = valid.map((r) => [r.score]);
    const expected = counts(valid);
    expect(bundle.call('NPS', scores)).toBeCloseTo(expected.nps, 10);
    const summary = (bundle.call('NPS_SUMMARY', scores) as unknown[][])[1];
    expect(summary.slice(0, 4)).toEqual([expected.responses, expected.promoters, expected.passives, expected.detractors]);
    expect(summary[4]).toBeCloseTo(expected.promoters / expected.responses, 12);
    expect(summary[10]).toBe(rows.length - valid.length);
    expect(bundle.call('NPS_CI', scores)).toEqual(bundle.call('NPS_CI', only));
    expect(bundle.call('NPS_CI', scores, 0.9, 'score')).toEqual(bundle.call('NPS_CI', only, 0.9, 'score'));
    expect(bundle.call('NPS_CI', scores, 0.9, 'wald')).toEqual(bundle.call('NPS_CI', only, 0.9, 'wald'));
    expect(bundle.call('NPS_MOE', scores)).toEqual(bundle.call('NPS_MOE', only));
    expect(bundle.call('NPS_TEST', scores, [[0], [10]])).toEqual(bundle.call('NPS_TEST', only, [[0], [10]]));
  });

  test('NPS_BY_PERIOD: each month counts only its valid scores', () => {
    const table = bundle.call('NPS_BY_PERIOD', dates, scores, 'month') as unknown[][];
    expect(table.slice(1).map((r) => r[1])).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    MONTHS.forEach((month, m) => {
      const expected = counts(valid.filter((r) => r.date.startsWith(month)));
      const row = table[m + 1];
      expect(row.slice(2, 6)).toEqual([expected.responses, expected.promoters, expected.passives, expected.detractors]);
      expect(row[6] as number).toBeCloseTo(expected.nps, 10);
    });
    expect(table).toEqual(bundle.call('NPS_BY_PERIOD', valid.map((r) => [r.date]), valid.map((r) => [r.score]), 'month'));
  });

  test('NPS_ROLLING: windows pool only valid scores', () => {
    const table = bundle.call('NPS_ROLLING', dates, scores, 45, 'month') as unknown[][];
    expect(table).toEqual(bundle.call('NPS_ROLLING', valid.map((r) => [r.date]), valid.map((r) => [r.score]), 45, 'month'));
    // March's window (Feb 15 – Mar 31) holds the valid rows dated in it.
    const expected = counts(valid.filter((r) => r.date >= '2025-02-15' && r.date <= '2025-03-31'));
    expect(table[3].slice(2, 6)).toEqual([expected.responses, expected.promoters, expected.passives, expected.detractors]);
  });

  test('NPS_BY_SEGMENT: each segment counts only its valid scores; a segment with no valid score is not listed', () => {
    const withEmpty = [...plans, ['Enterprise'], ['Enterprise']];
    const table = bundle.call('NPS_BY_SEGMENT', withEmpty, [...scores, ['N/A'], [11]]) as unknown[][];
    expect(table.slice(1).map((r) => r[0]).sort()).toEqual([...PLANS].sort());
    for (const plan of PLANS) {
      const expected = counts(valid.filter((r) => r.plan === plan));
      const row = table.find((r) => r[0] === plan)!;
      expect(row.slice(1, 5)).toEqual([expected.responses, expected.promoters, expected.passives, expected.detractors]);
      expect(row[5] as number).toBeCloseTo(expected.nps, 10);
    }
  });

  test('rows whose date cannot be read are skipped by NPS_BY_PERIOD, not counted', () => {
    const table = bundle.call('NPS_BY_PERIOD', [['2025-01-10'], ['not a date'], [''], [true], ['2025-01-11']], [[10], [10], [0], [0], [0]], 'month') as unknown[][];
    expect(table.slice(1).map((r) => r.slice(1, 7))).toEqual([['Jan 2025', 2, 1, 0, 1, 0]]);
  });

  test('every function given a range of nothing but invalid cells answers or throws its own message, never a crash', () => {
    const bad = INVALID.map((v) => [v]);
    const badDates = INVALID.map(() => ['2025-01-01']);
    const calls: [string, unknown[]][] = [
      ['NPS', [bad]],
      ['NPS', [bad, true]],
      ['NPS_SUMMARY', [bad]],
      ['NPS_CATEGORY', [bad]],
      ['NPS_CI', [bad]],
      ['NPS_MOE', [bad]],
      ['NPS_TEST', [bad, bad]],
      ['NPS_BY_PERIOD', [badDates, bad]],
      ['NPS_BY_PERIOD', [bad, bad]],
      ['NPS_ROLLING', [badDates, bad, 7]],
      ['NPS_BY_SEGMENT', [bad, bad]],
    ];
    for (const [name, args] of calls) {
      try {
        bundle.call(name, ...args);
      } catch (e) {
        expect([name, (e as Error).message.startsWith(`${name}: `)]).toEqual([name, true]);
      }
    }
  });
});
