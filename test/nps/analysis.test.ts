import { analyzeTable, type AnalysisSettings } from '../../src/nps/analysis';
import { columnsOfGrid } from '../../src/nps/tableColumns';
import type { ColumnMapping, TablePosition } from '../../src/shared/contract';
import { FIXTURE_NAMES, readFixture, readTruth } from '../helpers/readCsv';

import { adjustedWald } from '../helpers/adjustedWald';

function settings(over: Partial<AnalysisSettings> = {}): AnalysisSettings {
  return { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95, timeZone: 'UTC', locale: 'en_US', ...over };
}

function tableOf(values: unknown[][], headerRows = 1): TablePosition {
  return { headerRow: 1, headerRows, firstDataRow: headerRows + 1, lastRow: values.length };
}

describe('analyzeTable on the fixtures (truth files)', () => {
  for (const name of FIXTURE_NAMES) {
    test(`${name}: overall and monthly counts match the truth file`, () => {
      const truth = readTruth(name);
      const values = readFixture(truth.file);
      const mapping: ColumnMapping = { score: truth.scoreColumn, date: truth.dateColumn, segments: truth.segmentColumns, comments: truth.commentColumns };
      const a = analyzeTable(columnsOfGrid(values, tableOf(values, truth.headerRows)), tableOf(values, truth.headerRows), mapping, settings({ timeZone: truth.timeZone, segmentColumn: truth.segmentColumns[0] }));
      const o = truth.overall;
      expect([a.overall.responses, a.overall.promoters, a.overall.passives, a.overall.detractors]).toEqual([o.responses, o.promoters, o.passives, o.detractors]);
      expect(a.overall.nps).toBeCloseTo(o.nps, 9);
      const months = Object.fromEntries(
        a.periods.rows.filter((r) => r.responses > 0).map((r) => [r.startDate, [r.responses, r.promoters, r.passives, r.detractors]]),
      );
      const expected = Object.fromEntries(Object.entries(truth.byMonth).map(([k, t]) => [k, [t.responses, t.promoters, t.passives, t.detractors]]));
      expect(months).toEqual(expected);
      for (const row of a.periods.rows) {
        if (row.responses > 0) expect(row.nps).toBeCloseTo(truth.byMonth[row.startDate].nps, 9);
      }
      const segments = Object.fromEntries(a.segments!.rows.map((s) => [s.value, [s.responses, s.promoters, s.passives, s.detractors]]));
      const expectedSegments = Object.fromEntries(Object.entries(truth.bySegment).map(([k, t]) => [k, [t.responses, t.promoters, t.passives, t.detractors]]));
      expect(segments).toEqual(expectedSegments);
    });
  }
});

describe('analyzeTable, hand-computed', () => {
  // Row numbers are sheet rows: the header is row 1.
  const values: unknown[][] = [
    ['Date', 'Score', 'Plan'],
    ['2025-01-05', 10, 'Pro'], // row 2
    ['2025-01-20', 6, 'Free'], // row 3
    ['2025-03-02', '9', '=HYPERLINK("x")'], // row 4
    ['', 8, 'Pro'], // row 5: no date
    ['2025-03-10', 'n/a', 'Pro'], // row 6: invalid score
    ['2025-03-11', '', 'Free'], // row 7: blank score
  ];
  const mapping: ColumnMapping = { score: 1, date: 0, segments: [2], comments: [] };
  const a = analyzeTable(columnsOfGrid(values, tableOf(values)), tableOf(values), mapping, settings({ segmentColumn: 2 }));

  test('overall: 2 promoters, 1 passive, 1 detractor → NPS 25, adjusted-Wald interval, margin of error', () => {
    expect(a.overall).toMatchObject({ responses: 4, promoters: 2, passives: 1, detractors: 1, ignored: 1 });
    expect(a.overall.nps).toBe(25);
    const [low, high] = adjustedWald(2, 1, 1);
    expect(a.overall.ci![0]).toBeCloseTo(low, 9);
    expect(a.overall.ci![1]).toBeCloseTo(high, 9);
    expect(a.overall.moe).toBeCloseTo((high - low) / 2, 9);
  });

  test('the header repeated under the table (two exports pasted together) is neither a response nor ignored', () => {
    const pasted = [...values, ['Date', ' score ', 'Plan'], ['2025-03-12', 10, 'Pro']];
    const b = analyzeTable(columnsOfGrid(pasted, tableOf(pasted)), tableOf(pasted), mapping, settings({ segmentColumn: 2 }));
    expect(b.overall).toMatchObject({ responses: 5, promoters: 3, passives: 1, detractors: 1, ignored: 1 });
    expect(b.ignoredCells).toEqual([{ row: 6, value: 'n/a' }]);
    expect(b.segments!.rows.map((s) => s.value)).not.toContain('Plan');
  });

  test('ignored cells and undated rows are listed by sheet row', () => {
    expect(a.ignoredCells).toEqual([{ row: 6, value: 'n/a' }]);
    expect(a.undated).toEqual({ total: 1, rows: [5] });
    expect(a.warnings.join(' ')).toMatch(/1 response has a date that cannot be read \(row 5\)/);
  });

  test('months from first to last, the empty month with null NPS, change and significance', () => {
    expect(a.periods.rows.map((r) => [r.startDate, r.label, r.responses, r.nps, r.change, r.significant, r.ignored])).toEqual([
      ['2025-01-01', 'Jan 2025', 2, 0, null, null, 0],
      ['2025-02-01', 'Feb 2025', 0, null, null, null, 0],
      ['2025-03-01', 'Mar 2025', 1, 100, null, null, 1],
    ]);
    expect(a.periods.rows[1].ci).toBeNull();
    expect(a.periods.rows[0].start).toBe(Date.UTC(2025, 0, 1));
  });

  test('segments: trimmed text kept verbatim, most responses first', () => {
    expect(a.segments!.header).toBe('Plan');
    expect(a.segments!.rows[0]).toMatchObject({ value: 'Pro', responses: 2, promoters: 1, passives: 1, nps: 50 });
    expect(a.segments!.rows.map((s) => s.value).sort()).toEqual(['=HYPERLINK("x")', 'Free', 'Pro']);
    expect(a.headers).toEqual({ score: 'Score', date: 'Date', segment: 'Plan' });
  });

  test('a significant change: 10 promoters in January, 10 detractors in February', () => {
    const rows: unknown[][] = [['When', 'NPS']];
    for (let i = 0; i < 10; i++) rows.push([`2025-01-${10 + i}`, 10]);
    for (let i = 0; i < 10; i++) rows.push([`2025-02-${10 + i}`, 0]);
    const b = analyzeTable(columnsOfGrid(rows, tableOf(rows)), tableOf(rows), { score: 1, date: 0, segments: [], comments: [] }, settings());
    expect(b.periods.rows.map((r) => [r.nps, r.change, r.significant])).toEqual([
      [100, null, null],
      [-100, -200, true],
    ]);
  });

  test('rolling window: each month pools the 62 days ending with it', () => {
    const rows: unknown[][] = [['Date', 'Score'], ['2025-01-15', 10], ['2025-02-15', 0], ['2025-03-15', 8]];
    const b = analyzeTable(columnsOfGrid(rows, tableOf(rows)), tableOf(rows), { score: 1, date: 0, segments: [], comments: [] }, settings({ rollingDays: 62 }));
    expect(b.rolling!.rows.map((r) => [r.label, r.promoters, r.passives, r.detractors])).toEqual([
      ['Jan 2025', 1, 0, 0],
      ['Feb 2025', 1, 0, 1], // Dec 29 … Feb 28
      ['Mar 2025', 0, 1, 1], // Jan 29 … Mar 31: not Jan 15
    ]);
  });

  test('a date column whose header says (UTC) reads text dates as UTC', () => {
    const rows: unknown[][] = [['Submitted (UTC)', 'Score'], ['2025-02-01 02:00', 9]];
    const map = { score: 1, date: 0, segments: [], comments: [] };
    const utc = analyzeTable(columnsOfGrid(rows, tableOf(rows)), tableOf(rows), map, settings({ timeZone: 'America/New_York' }));
    expect(utc.datesAreUtc).toBe(true);
    expect(utc.periods.rows.map((r) => r.label)).toEqual(['Jan 2025']); // 21:00 on Jan 31 in New York
    const plain = analyzeTable(columnsOfGrid([['Submitted', 'Score'], ['2025-02-01 02:00', 9]], tableOf(rows)), tableOf(rows), map, settings({ timeZone: 'America/New_York' }));
    expect(plain.periods.rows.map((r) => r.label)).toEqual(['Feb 2025']);
  });

  test('no date column: no trend, a warning; no score column: a plain error', () => {
    const b = analyzeTable(columnsOfGrid(values, tableOf(values)), tableOf(values), { score: 1, date: null, segments: [], comments: [] }, settings());
    expect(b.periods.rows).toEqual([]);
    expect(b.rolling).toBeNull();
    expect(b.warnings[0]).toMatch(/No date column/);
    expect(() => analyzeTable(columnsOfGrid(values, tableOf(values)), tableOf(values), { score: null, date: 0, segments: [], comments: [] }, settings())).toThrow(/No score column/);
  });

  test('dates spanning too many periods: an error that says why', () => {
    const rows: unknown[][] = [['Date', 'Score'], [new Date(Date.UTC(1901, 0, 1)), 9], [new Date(Date.UTC(2300, 0, 1)), 9]];
    expect(() => analyzeTable(columnsOfGrid(rows, tableOf(rows)), tableOf(rows), { score: 1, date: 0, segments: [], comments: [] }, settings({ period: 'day' }))).toThrow(
      /The trend cannot be built: the dates run from/,
    );
  });

  test('100,000 rows of numbers and dates are analysed in one pass', () => {
    const rows: unknown[][] = [['Date', 'Score', 'Plan']];
    const plans = ['Free', 'Pro', 'Team'];
    for (let i = 0; i < 100000; i++) rows.push([new Date(Date.UTC(2024, 0, 1) + (i % 366) * 86400000), i % 11, plans[i % 3]]);
    const t0 = performance.now();
    const b = analyzeTable(columnsOfGrid(rows, tableOf(rows)), tableOf(rows), { score: 1, date: 0, segments: [2], comments: [] }, settings({ segmentColumn: 2, rollingDays: 28, timeZone: 'Europe/Berlin' }));
    const ms = performance.now() - t0;
    expect(b.overall.responses).toBe(100000);
    expect(b.segments!.rows).toHaveLength(3);
    // Scores 0..10 cycle: 2 of 11 promoters, 2 passives, 7 detractors.
    expect(b.overall.promoters + b.overall.passives + b.overall.detractors).toBe(100000);
    console.log(`analyzeTable: 100,000 rows in ${ms.toFixed(0)} ms`);
  });
});

describe('answers per score and the span of the dates', () => {
  test('counts valid scores 0…10; the span is the first and last dated valid answer', () => {
    const values = [
      ['Date', 'Score'],
      ['2025-03-04 10:00', 10],
      ['2025-01-02 08:00', 0],
      ['2025-02-01 09:00', 'n/a'], // invalid: neither counted nor in the span
      ['not a date', 7], // undated: counted, not in the span
      ['2025-05-06 12:00', 7],
      ['2026-01-01 00:00', ''], // blank score: not in the span
      ['2025-04-05 11:00', 10],
    ];
    const a = analyzeTable(columnsOfGrid(values, tableOf(values)), tableOf(values), { score: 1, date: 0, segments: [], comments: [] }, settings());
    expect(a.scoreCounts).toEqual([1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2]);
    expect(a.dateSpan).toEqual({ first: Date.UTC(2025, 0, 2, 8), last: Date.UTC(2025, 4, 6, 12) });
  });

  test('no date column: no span', () => {
    const values = [['Score'], [9], [3]];
    const a = analyzeTable(columnsOfGrid(values, tableOf(values)), tableOf(values), { score: 0, date: null, segments: [], comments: [] }, settings());
    expect(a.dateSpan).toBeNull();
    expect(a.scoreCounts.reduce((n, c) => n + c, 0)).toBe(2);
  });
});
