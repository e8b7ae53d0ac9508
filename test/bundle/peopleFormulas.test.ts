/**
 * NPS_LATEST and NPS_MOVEMENT (SPEC section 10) through the built bundle in a
 * bare V8 context, as Apps Script runs them: golden numbers by hand, the help
 * card examples, and the errors. The process zone (Auckland) differs from the
 * spreadsheet's (Chicago) on purpose.
 */
import { loadBareBundle } from '../helpers/bareBundle';

process.env.TZ = 'Pacific/Auckland';

const bundle = loadBareBundle({ timeZone: 'America/Chicago', locale: 'en_US' });

const errorOf = bundle.errorOf;

/** Rows as [date, person, score] → the three one-column ranges (people, dates, scores). */
function ranges(rows: unknown[][]): [unknown[][], unknown[][], unknown[][]] {
  return [rows.map((r) => [r[1]]), rows.map((r) => [r[0]]), rows.map((r) => [r[2]])];
}

// 9:00 in Chicago on 3 Feb 2025 (UTC−6) is 15:00 UTC: rows 1 and 2 tie.
const ROWS = [
  [new Date(Date.UTC(2025, 1, 3, 15)), 'Mia@Shop.example', 6], // 1  Mia, tie, upper row
  ['2025-02-03 09:00', 'mia@shop.example ', 9], // 2  Mia, tie, lower row → latest
  ['2025-01-20', '  ACME 7 ', 10], // 3  ACME 7, previous
  ['2025-03-01', 'ACME 7', 8], // 4  ACME 7, latest
  ['', 'ACME 7', 0], // 5  no date: ignored
  ['2025-02-10', '', 10], // 6  no person: ignored
  ['2025-02-11', 'Acme 7', 4], // 7  another id (ids keep their case)
  ['2025-01-05', 'zed@x.io', 9], // 8  Zed, previous
  ['2025-01-06', 'ZED@X.IO', 9], // 9  Zed, latest
  ['2025-01-04', 'Zed@X.io', 2], // 10 Zed, oldest: not the previous
  ['2025-02-20', 'lee', 'ten'], // 11 invalid score: ignored
  ['2025-02-21', 'lee', 7], // 12 lee
  ['', '', ''], // 13 an empty row
];

describe('NPS_LATEST', () => {
  test('each person once, by their latest answer: golden row by hand', () => {
    const table = bundle.call('NPS_LATEST', ...ranges(ROWS)) as unknown[][];
    expect(table[0]).toEqual(['People', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high', 'Responses', 'Repeat people']);
    const [people, promoters, passives, detractors, nps, low, high, responses, repeat] = table[1] as number[];
    // Latest: Mia 9, Zed 9 (promoters); ACME 7 8, lee 7 (passives); Acme 7 4 (detractor).
    expect([people, promoters, passives, detractors]).toEqual([5, 2, 2, 1]);
    // (2 − 1) / 5 × 100 = 20.
    expect(nps).toBeCloseTo(20, 10);
    // P′ 2.75, D′ 1.75, n′ 8: p′ = 0.34375, d′ = 0.21875, centre 0.125,
    // V′ = 0.5625 − 0.015625 = 0.546875, half-width 1.959964 × √(0.546875 / 8) = 1.959964 × 0.261456 = 0.512445.
    expect(low).toBeCloseTo(-38.7445, 3);
    expect(high).toBeCloseTo(63.7445, 3);
    // Rows 1–4, 7–10 and 12; Mia, ACME 7 and Zed answered more than once.
    expect(responses).toBe(9);
    expect(repeat).toBe(3);
  });

  test('confidence 0.9: half-width 1.644854 × 0.261456 = 0.430057', () => {
    const [, , , , , low, high] = (bundle.call('NPS_LATEST', ...ranges(ROWS), 0.9) as number[][])[1];
    expect(low).toBeCloseTo(-30.5057, 3);
    expect(high).toBeCloseTo(55.5057, 3);
  });

  test('the help card example: ann 3 then 10, bob 8', () => {
    const rows = [['2025-01-02', 'ann@x.com', 3], ['2025-01-03', 'bob@x.com', 8], ['2025-02-01', 'Ann@X.com', 10]];
    const [, row] = bundle.call('NPS_LATEST', ...ranges(rows)) as number[][];
    expect(row.slice(0, 5)).toEqual([2, 1, 1, 0, 50]);
    // P′ 1.75, D′ 0.75, n′ 5: centre 0.2, V′ = 0.5 − 0.04 = 0.46, half-width 1.959964 × √0.092 = 0.594487.
    expect(row[5]).toBeCloseTo(-39.4487, 3);
    expect(row[6]).toBeCloseTo(79.4487, 3);
    expect(row.slice(7)).toEqual([3, 1]);
  });

  test('every kind of invalid score (SPEC section 3) is left out, never counted', () => {
    const invalid = ['N/A', 11, -1, 7.5, true, '#N/A', new Date(Date.UTC(2025, 0, 5)), 'ten', '12 - great'];
    // Each invalid answer is the person's newest row: it must not replace their valid answer.
    const rows = invalid.flatMap((score, i) => [
      ['2025-01-01', `p${i}@x.com`, i % 2 === 0 ? 10 : 4],
      ['2025-02-01', `P${i}@X.COM`, score],
    ]);
    const [, row] = bundle.call('NPS_LATEST', ...ranges(rows)) as number[][];
    // 9 people: p0, p2, p4, p6, p8 promoters; p1, p3, p5, p7 detractors. NPS = (5 − 4)/9 × 100.
    expect(row.slice(0, 4)).toEqual([9, 5, 0, 4]);
    expect(row[4]).toBeCloseTo(100 / 9, 10);
    expect(row.slice(7)).toEqual([9, 0]);
  });

  test('ranges of different lengths are an error naming the ranges', () => {
    const [people, dates, scores] = ranges(ROWS);
    expect(errorOf('NPS_LATEST', people, dates.slice(1), scores)).toMatch(/^NPS_LATEST: people and dates must have the same number of rows \(13 vs 12\)\. Select ranges of the same height/);
    expect(errorOf('NPS_LATEST', people, dates, scores.slice(2))).toMatch(/^NPS_LATEST: people and scores must have the same number of rows \(13 vs 11\)/);
  });

  test('no usable row is an error that says what is missing and what to select', () => {
    const rows = [['2025-01-02', '', 9], ['', 'a@b.c', 9], ['2025-01-02', 'a@b.c', 'maybe'], ['', '', '']];
    expect(errorOf('NPS_LATEST', ...ranges(rows))).toBe(
      'NPS_LATEST: no row has a person, a readable date and a valid 0–10 score (3 rows left out). Select the respondent column (e-mails or ids), then the dates, then the scores, over the same rows.',
    );
  });

  test('a confidence outside (0, 1) is an error', () => {
    expect(errorOf('NPS_LATEST', ...ranges(ROWS), 95)).toMatch(/^NPS_LATEST: confidence must be a number strictly between 0 and 1, such as 0\.95, not 95 \(for 95 % use 0\.95\)/);
  });
});

describe('NPS_MOVEMENT', () => {
  test('previous → latest category per repeat person: golden table', () => {
    // Mia: Detractor (upper row of the tie) → Promoter; ACME 7: Promoter → Passive;
    // Zed: Promoter (5 Jan) → Promoter (6 Jan), his 4 Jan detractor answer plays no part.
    expect(bundle.call('NPS_MOVEMENT', ...ranges(ROWS))).toEqual([
      ['From \\ To', 'Promoter', 'Passive', 'Detractor'],
      ['Promoter', 1, 1, 0],
      ['Passive', 0, 0, 0],
      ['Detractor', 1, 0, 0],
    ]);
  });

  test('the help card example: ann 3 then 10, bob 9 then 9, cy 9 then 6', () => {
    const rows = [
      ['2025-01-02', 'ann@x.com', 3], ['2025-01-02', 'bob@x.com', 9], ['2025-01-02', 'cy@x.com', 9],
      ['2025-02-02', 'ann@x.com', 10], ['2025-02-02', 'bob@x.com', 9], ['2025-02-02', 'cy@x.com', 6],
    ];
    expect((bundle.call('NPS_MOVEMENT', ...ranges(rows)) as unknown[][]).slice(1)).toEqual([
      ['Promoter', 1, 0, 1],
      ['Passive', 0, 0, 0],
      ['Detractor', 1, 0, 0],
    ]);
  });

  test('people who answered once give a table of zeros, not an error', () => {
    const rows = [['2025-01-02', 'a', 9], ['2025-01-03', 'b', 3]];
    expect((bundle.call('NPS_MOVEMENT', ...ranges(rows)) as unknown[][]).slice(1).map((r) => r.slice(1))).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });

  test('no usable row and ranges of different lengths are errors naming NPS_MOVEMENT', () => {
    expect(errorOf('NPS_MOVEMENT', [['a']], [['']], [[9]])).toMatch(/^NPS_MOVEMENT: no row has a person, a readable date and a valid 0–10 score \(1 row left out\)/);
    expect(errorOf('NPS_MOVEMENT', [['a'], ['b']], [['2025-01-01']], [[9], [9]])).toMatch(/^NPS_MOVEMENT: people and dates must have the same number of rows \(2 vs 1\)/);
  });
});
