/**
 * The bundle contract: dist/ is what Apps Script runs, so it is what is
 * tested here. Every dist/*.js is loaded into a bare V8 context (no require,
 * process, Buffer or timers), arguments are made inside that context (Dates
 * too), and every custom function is called. The process time zone differs
 * from both the spreadsheet's and the script's (appsscript.json: Etc/UTC).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadBareBundle, DIST } from '../helpers/bareBundle';
import { readFixture, readTruth, FIXTURE_NAMES, type TruthCounts } from '../helpers/readCsv';

process.env.TZ = 'Asia/Kolkata';

const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  NPS: ['scores', 'strict'],
  NPS_SUMMARY: ['scores', 'confidence'],
  NPS_CATEGORY: ['scores'],
  NPS_CI: ['scores', 'confidence', 'method'],
  NPS_MOE: ['scores', 'confidence'],
  NPS_TEST: ['scores_a', 'scores_b', 'confidence'],
  NPS_BY_PERIOD: ['dates', 'scores', 'period', 'confidence'],
  NPS_ROLLING: ['dates', 'scores', 'window_days', 'period', 'confidence'],
  NPS_BY_SEGMENT: ['segments', 'scores', 'min_responses', 'confidence'],
  NPS_LATEST: ['people', 'dates', 'scores', 'confidence'],
  NPS_MOVEMENT: ['people', 'dates', 'scores'],
  NPS_WEIGHTED: ['scores', 'weights', 'confidence'],
  NPS_SAMPLE_SIZE: ['margin', 'scores', 'confidence'],
  NPS_THEMES: ['comments', 'scores', 'max_themes', 'min_mentions'],
  NPS_DRIVERS: ['answers', 'scores', 'min_responses', 'confidence'],
};

/** A column of answers with the given counts (detractors, passives, promoters). */
function column(detractors: number, passives: number, promoters: number): number[][] {
  return [
    ...Array.from({ length: detractors }, (_, i) => [i % 7]),
    ...Array.from({ length: passives }, (_, i) => [7 + (i % 2)]),
    ...Array.from({ length: promoters }, (_, i) => [9 + (i % 2)]),
  ];
}

/** The local calendar date of an instant in a zone, as YYYY-MM-DD. */
function localDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

describe('dist/ as Apps Script loads it', () => {
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

  test('every custom function is a top-level function with its JSDoc help card and real parameter names', () => {
    for (const [name, params] of Object.entries(CUSTOM_FUNCTIONS)) {
      const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(${params.join(', ')}\\) \\{`);
      const match = code.match(declaration);
      expect(match).not.toBeNull();
      const jsdoc = match![1];
      expect(jsdoc).toContain('@customfunction');
      for (const param of params) expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]*\\} ${param} `));
      expect(jsdoc).toMatch(/Example: =/);
    }
  });

  test('no module syntax and no Node global anywhere in the server code', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\s*\(|\bprocess\.|\bBuffer\b|\bsetTimeout\b|\b__dirname\b/);
  });

  test('the server bundle stays within 150 KB (SPEC section 8)', () => {
    expect(statSync(join(DIST, 'Code.js')).size).toBeLessThanOrEqual(150 * 1024);
  });

  test('the bare context has no Node globals, yet every custom function is callable', () => {
    const bundle = loadBareBundle({ timeZone: 'America/Los_Angeles', locale: 'en_US' });
    for (const name of ['require', 'process', 'Buffer', 'setTimeout', 'module', 'exports']) {
      expect(bundle.context[name]).toBeUndefined();
    }
    for (const name of Object.keys(CUSTOM_FUNCTIONS)) expect(typeof bundle.context[name]).toBe('function');
  });
});

describe('reference numbers (R package NPS by Rocks), through the built functions', () => {
  const bundle = loadBareBundle({ timeZone: 'America/Los_Angeles', locale: 'en_US' });
  const ci = (scores: number[][], method: string) => (bundle.call('NPS_CI', scores, 0.95, method) as number[][])[0];

  test('(10, 20, 70): NPS 60 and its Wald, adjusted Wald and score intervals', () => {
    const scores = column(10, 20, 70);
    expect(bundle.call('NPS', scores)).toBeCloseTo(60, 10);
    const [wLow, wHigh] = ci(scores, 'wald');
    expect(wLow).toBeCloseTo(46.9991, 3);
    expect(wHigh).toBeCloseTo(73.0009, 3);
    const [aLow, aHigh] = ci(scores, 'adjusted-wald');
    expect(aLow).toBeCloseTo(45.2698, 3);
    expect(aHigh).toBeCloseTo(71.2351, 3);
    const [sLow, sHigh] = ci(scores, 'score');
    expect(sLow).toBeCloseTo(45.2167, 3);
    expect(sHigh).toBeCloseTo(71.2768, 3);
    // Half of the adjusted Wald width: (71.2351 − 45.2698) / 2.
    expect(bundle.call('NPS_MOE', scores)).toBeCloseTo(12.98265, 3);
  });

  test('(3, 5, 2): adjusted Wald and score intervals', () => {
    const [aLow, aHigh] = ci(column(3, 5, 2), 'adjusted-wald');
    expect(aLow).toBeCloseTo(-45.9022, 3);
    expect(aHigh).toBeCloseTo(30.5176, 3);
    const [sLow, sHigh] = ci(column(3, 5, 2), 'score');
    expect(sLow).toBeCloseTo(-49.8626, 3);
    expect(sHigh).toBeCloseTo(33.8235, 3);
  });

  test('(0, 0, 5): intervals clipped at 100', () => {
    const [aLow, aHigh] = ci(column(0, 0, 5), 'adjusted-wald');
    expect(aLow).toBeCloseTo(17.4915, 3);
    expect(aHigh).toBe(100);
    const [sLow, sHigh] = ci(column(0, 0, 5), 'score');
    expect(sLow).toBeCloseTo(13.1035, 3);
    expect(sHigh).toBe(100);
  });

  test('(10, 20, 70) vs (20, 20, 60): the difference test', () => {
    const table = bundle.call('NPS_TEST', column(10, 20, 70), column(20, 20, 60), 0.95) as unknown[][];
    expect(table[0]).toEqual(['NPS A', 'NPS B', 'Difference (A − B)', 'CI low (adjusted A − B)', 'CI high (adjusted A − B)', 'p-value', 'Significant']);
    const [npsA, npsB, difference, low, high, p, significant] = table[1] as number[];
    expect(npsA).toBeCloseTo(60, 10);
    expect(npsB).toBeCloseTo(40, 10);
    expect(difference).toBeCloseTo(20, 10);
    expect(low).toBeCloseTo(-0.7669, 3);
    expect(high).toBeCloseTo(39.6018, 3);
    expect(p).toBeCloseTo(0.05936, 4);
    expect(significant).toBe(false);
  });
});

describe('custom functions on hand-computed cases', () => {
  const bundle = loadBareBundle({ timeZone: 'America/Los_Angeles', locale: 'en_US' });

  test('NPS_SUMMARY: counts, shares as fractions, ignored values outside the denominator', () => {
    // 2 promoters (10, "9/10"), 1 passive ("7: ok"), 1 detractor (0); "N/A", 11 and TRUE ignored; blank skipped.
    const table = bundle.call('NPS_SUMMARY', [[10], ['9/10'], ['7: ok'], [0], ['N/A'], [11], [true], ['']]) as unknown[][];
    expect(table[0]).toEqual(['Responses', 'Promoters', 'Passives', 'Detractors', '% Promoters', '% Passives', '% Detractors', 'NPS', 'CI low', 'CI high', 'Ignored']);
    expect(table[1].slice(0, 8)).toEqual([4, 2, 1, 1, 0.5, 0.25, 0.25, 25]);
    expect(table[1][10]).toBe(3);
  });

  test('NPS_SUMMARY of a range with no valid score is a table of zeros, not an error', () => {
    const table = bundle.call('NPS_SUMMARY', [['x'], ['']]) as unknown[][];
    expect(table[1]).toEqual([0, 0, 0, 0, '', '', '', '', '', '', 1]);
  });

  test('NPS_CATEGORY keeps the shape of its input', () => {
    expect(bundle.call('NPS_CATEGORY', [[10, 7], [3, ''], ['abc', '8']])).toEqual([
      ['Promoter', 'Passive'],
      ['Detractor', ''],
      ['Invalid', 'Passive'],
    ]);
    expect(bundle.call('NPS_CATEGORY', 9)).toBe('Promoter');
  });

  test('one category only and a single response', () => {
    expect(bundle.call('NPS', column(0, 4, 0))).toBe(0);
    expect(bundle.call('NPS', [[3]])).toBe(-100);
    expect(bundle.call('NPS', 10)).toBe(100);
  });

  test('NPS_BY_SEGMENT: trimmed names, (blank), most responses first, ties by name, min_responses', () => {
    const segments = [[' EMEA '], ['APAC'], ['EMEA'], [''], ['APAC'], ['Americas'], ['=HYPERLINK("x")']];
    const scores = [[10], [0], [8], [9], [10], [5], [9]];
    const table = bundle.call('NPS_BY_SEGMENT', segments, scores) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(['Segment', 'APAC', 'EMEA', '(blank)', '=HYPERLINK("x")', 'Americas']);
    // APAC: 0 and 10 → 1 promoter, 1 detractor → NPS 0. EMEA: 10 and 8 → 50.
    expect(table[1].slice(1, 6)).toEqual([2, 1, 0, 1, 0]);
    expect(table[2].slice(1, 6)).toEqual([2, 1, 1, 0, 50]);
    const filtered = bundle.call('NPS_BY_SEGMENT', segments, scores, 2) as unknown[][];
    expect(filtered.map((row) => row[0])).toEqual(['Segment', 'APAC', 'EMEA']);
  });

  test('NPS_BY_SEGMENT: case variants are one segment in their most frequent spelling; NA, N/A and - are (blank)', () => {
    const segments = [['Male'], ['male'], ['Female'], ['NA'], ['MALE'], ['female'], ['N/A'], ['-'], ['Male']];
    const scores = [[10], [6], [9], [9], [8], [3], [0], [7], [10]];
    const table = bundle.call('NPS_BY_SEGMENT', segments, scores) as unknown[][];
    // Male: 10, 6, 8, 10 → 2 promoters, 1 passive, 1 detractor, NPS 25. (blank): 9, 0, 7 → 1, 1, 1, NPS 0.
    // Female (and female): 9, 3 → 1 promoter, 1 detractor, NPS 0; the tie of spellings shows 'Female' (code order).
    expect(table.map((row) => row.slice(0, 6))).toEqual([
      ['Segment', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS'],
      ['Male', 4, 2, 1, 1, 25],
      ['(blank)', 3, 1, 1, 1, 0],
      ['Female', 2, 1, 0, 1, 0],
    ]);
  });

  test('NPS_BY_SEGMENT: difference vs the rest (segments left out by min_responses included), Holm across the segments', () => {
    // Pro: 40 promoters, 10 passives, 10 detractors (NPS 50). Free: 20, 20, 40 (NPS −25). Trial: 5, 5, 5 (left out at 16).
    const segments = [...new Array(60).fill(['Pro']), ...new Array(80).fill(['Free']), ...new Array(15).fill(['Trial'])];
    const scores = [
      ...column(10, 10, 40),
      ...column(40, 20, 20),
      ...column(5, 5, 5),
    ];
    const table = bundle.call('NPS_BY_SEGMENT', segments, scores, 16) as unknown[][];
    expect(table[0].slice(8)).toEqual(['Difference vs rest', 'Significant vs rest']);
    expect(table.map((row) => row[0])).toEqual(['Segment', 'Free', 'Pro']);
    // Rest of Pro: Free + Trial = 25 promoters, 25 passives, 45 detractors → NPS −20/95 × 100.
    expect(table[2][8] as number).toBeCloseTo(50 - (-20 / 95) * 100, 10);
    // Rest of Free: Pro + Trial = 45, 15, 15 → NPS 40.
    expect(table[1][8] as number).toBeCloseTo(-25 - 40, 10);
    // Both differences are far beyond chance (|z| > 5 by SPEC §2's test): significant after Holm.
    expect([table[1][9], table[2][9]]).toEqual([true, true]);
    // One segment alone has no rest: "" for both columns.
    const alone = bundle.call('NPS_BY_SEGMENT', [['A'], ['A']], [[9], [3]]) as unknown[][];
    expect(alone[1].slice(8)).toEqual(['', '']);
  });

  test('NPS_ROLLING takes a confidence for its intervals', () => {
    const dates = Array.from({ length: 10 }, () => ['2025-01-07']);
    const scores = column(1, 2, 7);
    const at90 = bundle.call('NPS_ROLLING', dates, scores, 7, 'week', 0.9) as unknown[][];
    // Adjusted Wald at 90 % (z = 1.6448536269514722) for 7 promoters, 2 passives, 1 detractor, written out.
    const n = 13;
    const p = 7.75 / n;
    const d = 1.75 / n;
    const half = 1.6448536269514722 * Math.sqrt((p + d - (p - d) ** 2) / n);
    expect(at90[1][7] as number).toBeCloseTo((p - d - half) * 100, 10);
    expect(at90[1][8] as number).toBeCloseTo((p - d + half) * 100, 10);
    expect(() => bundle.call('NPS_ROLLING', dates, scores, 7, 'week', 2)).toThrow(/^NPS_ROLLING: .*confidence/);
  });

  test('NPS_BY_PERIOD: a response at 23:30 on the last day of the month, west of UTC, stays in that month', () => {
    // 2025-01-31 23:30 in Los Angeles (UTC−8) is 2025-02-01 07:30 UTC.
    const lateJanuary = new Date(Date.UTC(2025, 1, 1, 7, 30));
    const march = new Date(Date.UTC(2025, 2, 10, 18, 0));
    const table = bundle.call('NPS_BY_PERIOD', [[lateJanuary], [march]], [[10], [0]], 'month') as unknown[][];
    expect(table[0]).toEqual(['Period start', 'Period', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high', 'Change vs previous', 'Significant change']);
    expect(table.slice(1).map((row) => row[1])).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    // Period start is local midnight in the sheet's zone: 2025-01-01 00:00 PST = 08:00 UTC.
    expect((table[1][0] as Date).getTime()).toBe(Date.UTC(2025, 0, 1, 8));
    expect(Object.prototype.toString.call(table[1][0])).toBe('[object Date]');
    expect(table[1].slice(2, 7)).toEqual([1, 1, 0, 0, 100]);
    // February is empty: 0 responses and "" for NPS, interval, change and significance.
    expect(table[2].slice(2)).toEqual([0, 0, 0, 0, '', '', '', '', '']);
    expect(table[3].slice(9)).toEqual(['', '']);
  });

  test('NPS_BY_PERIOD reads text dates with Z and with offsets into the sheet zone', () => {
    // 2025-03-01T05:00:00Z is Feb 28 21:00 in Los Angeles; 2025-03-01T09:00:00+01:00 is Mar 1 00:00 there.
    const table = bundle.call('NPS_BY_PERIOD', [['2025-03-01T05:00:00Z'], ['2025-03-01T09:00:00+01:00']], [[9], [9]], 'day') as unknown[][];
    expect(table.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['2025-02-28', 1],
      ['2025-03-01', 1],
    ]);
  });

  test('NPS_BY_PERIOD: change and significance between consecutive periods', () => {
    // January: 10 promoters of 10 (NPS 100); February: 10 detractors of 10 (NPS −100).
    const jan = Array.from({ length: 10 }, () => ['2025-01-15']);
    const feb = Array.from({ length: 10 }, () => ['2025-02-15']);
    const scores = [...Array.from({ length: 10 }, () => [10]), ...Array.from({ length: 10 }, () => [0])];
    const table = bundle.call('NPS_BY_PERIOD', [...jan, ...feb], scores, 'month') as unknown[][];
    expect(table[1].slice(9)).toEqual(['', '']);
    expect(table[2][9]).toBe(-200);
    expect(table[2][10]).toBe(true);
  });

  test('NPS_ROLLING pools the window ending with each period', () => {
    // Weeks (ISO) of 2025-01-06, 01-13, 01-20; a 14-day window at each week's end.
    const dates = [['2025-01-06'], ['2025-01-14'], ['2025-01-21']];
    const table = bundle.call('NPS_ROLLING', dates, [[10], [0], [10]], 14, 'week') as unknown[][];
    expect(table[0]).toEqual(['Period start', 'Period', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high']);
    expect(table.slice(1).map((row) => [row[1], row[2], row[6]])).toEqual([
      ['2025-W02', 1, 100],
      ['2025-W03', 2, 0],
      ['2025-W04', 2, 0],
    ]);
  });
});

describe('bad input: errors name the function, the problem and the fix', () => {
  const bundle = loadBareBundle({ timeZone: 'Europe/Berlin', locale: 'de_DE' });
  const error = (name: string, ...args: unknown[]) => {
    try {
      bundle.call(name, ...args);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error(`${name} did not throw`);
  };

  test('ranges of different lengths', () => {
    const dates = Array.from({ length: 120 }, () => ['2025-01-01']);
    const scores = Array.from({ length: 118 }, () => [9]);
    expect(error('NPS_BY_PERIOD', dates, scores)).toMatch(/^NPS_BY_PERIOD: dates and scores must have the same number of rows \(120 vs 118\)/);
  });

  test('unknown period and method names, confidence outside (0, 1), window_days below 1', () => {
    expect(error('NPS_BY_PERIOD', [['2025-01-01']], [[9]], 'fortnight')).toMatch(/^NPS_BY_PERIOD: unknown period "fortnight"\. Use one of: "day", "week"/);
    expect(error('NPS_CI', [[9]], 0.95, 'bootstrap')).toMatch(/^NPS_CI: unknown method "bootstrap"\. Use one of: "adjusted-wald", "wald", "score"/);
    expect(error('NPS_CI', [[9]], 95)).toMatch(/^NPS_CI: confidence must be a number strictly between 0 and 1.*for 95 % use 0\.95/);
    expect(error('NPS_SUMMARY', [[9]], 1)).toMatch(/^NPS_SUMMARY: confidence must be/);
    expect(error('NPS_ROLLING', [['2025-01-01']], [[9]], 0)).toMatch(/^NPS_ROLLING: window_days must be a whole number of at least 1/);
  });

  test('a range with no valid score', () => {
    expect(error('NPS', [['a'], ['']])).toMatch(/^NPS: no valid 0–10 scores in the range/);
    expect(error('NPS_BY_SEGMENT', [['x']], [['']])).toMatch(/^NPS_BY_SEGMENT: no valid 0–10 scores/);
  });

  test('strict mode names the value and its place in the range', () => {
    expect(error('NPS', [[9, 10], [8, 'eleven']], true)).toMatch(/^NPS: "eleven" at row 2, column 2 of the range is not a 0–10 score/);
    expect(bundle.call('NPS', [[9], ['']], true)).toBe(100);
  });
});

describe('the fixtures through the built functions (independent truth files)', () => {
  test.each(FIXTURE_NAMES)('%s: overall, month, ISO week, quarter and segments match its truth file', (name) => {
    const truth = readTruth(name);
    const rows = readFixture(`${name}.csv`).slice(truth.headerRows).filter((row) => row.length > 1);
    const bundle = loadBareBundle({ timeZone: truth.timeZone, locale: 'en_US' });
    const dates = rows.map((row) => [row[truth.dateColumn]]);
    const scores = rows.map((row) => [row[truth.scoreColumn]]);
    expect(bundle.call('NPS', scores)).toBeCloseTo(truth.overall.nps, 9);

    const check = (period: string, expected: Record<string, TruthCounts>) => {
      const table = bundle.call('NPS_BY_PERIOD', dates, scores, period) as unknown[][];
      const seen: Record<string, TruthCounts> = {};
      for (const row of table.slice(1)) {
        if (row[2] === 0) continue;
        seen[localDate(row[0] as Date, truth.timeZone)] = {
          responses: row[2] as number,
          promoters: row[3] as number,
          passives: row[4] as number,
          detractors: row[5] as number,
          nps: row[6] as number,
        };
      }
      expect(Object.keys(seen).sort()).toEqual(Object.keys(expected).sort());
      for (const [start, counts] of Object.entries(expected)) {
        expect(seen[start].responses).toBe(counts.responses);
        expect(seen[start].promoters).toBe(counts.promoters);
        expect(seen[start].passives).toBe(counts.passives);
        expect(seen[start].detractors).toBe(counts.detractors);
        expect(seen[start].nps).toBeCloseTo(counts.nps, 9);
      }
    };
    check('month', truth.byMonth);
    check('week', truth.byWeek);
    check('quarter', truth.byQuarter);

    const segmentColumn = truth.segmentColumns[0];
    const table = bundle.call('NPS_BY_SEGMENT', rows.map((row) => [row[segmentColumn]]), scores) as unknown[][];
    const bySegment = Object.fromEntries(table.slice(1).map((row) => [row[0], row[1]]));
    for (const [segment, counts] of Object.entries(truth.bySegment)) expect(bySegment[segment]).toBe(counts.responses);
  });
});
