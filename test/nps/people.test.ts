import { peopleSummary, personKey, personName, CATEGORIES } from '../../src/nps/people';
import { zoneFor } from '../../src/nps/zone';

const utc = zoneFor('UTC');
const newYork = zoneFor('America/New_York');

/** Rows as [person, date, score]. */
function columns(rows: unknown[][]): [unknown[][], unknown[][], unknown[][]] {
  return [rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]])];
}

// The adjusted Wald interval of SPEC section 2, written out from the SPEC
// (not from src/): 0.75 promoters, 1.5 passives, 0.75 detractors added.
const Z95 = 1.959963984540054; // Φ⁻¹(0.975), published tables: 1.95996
function adjustedWald(P: number, passives: number, D: number, z = Z95): [number, number] {
  const n = P + passives + D + 3;
  const p = (P + 0.75) / n;
  const d = (D + 0.75) / n;
  const half = z * Math.sqrt((p + d - (p - d) ** 2) / n);
  return [(p - d - half) * 100, (p - d + half) * 100];
}

// Anna writes her e-mail three ways and answers three times, out of date
// order; "C 42" (an id with a space) answers twice at the same instant; "c 42"
// is another id (ids keep their case); Bob's first three rows cannot count.
const ROWS = [
  ['Anna@Example.com', '2025-01-10', 3], // 0  Anna, oldest: detractor
  [' anna@example.COM ', '2025-03-05', 8], // 1  Anna, latest: passive
  ['anna@example.com', '2025-02-01', 10], // 2  Anna, previous: promoter
  ['C 42', '2025-01-15 10:00', 9], // 3  C 42, tie, upper row
  ['  C 42  ', '2025-01-15 10:00', 6], // 4  C 42, tie, lower row → latest
  ['c 42', '2025-02-01', 10], // 5  another person
  ['', '2025-01-20', 10], // 6  blank person: ignored
  ['bob@x.org', '', 9], // 7  no date: ignored
  ['bob@x.org', 'not a date', 7], // 8  unreadable date: ignored
  ['bob@x.org', '2025-01-02', 'n/a'], // 9  invalid score: ignored
  ['BOB@X.ORG', '2025-01-03', 9], // 10 Bob's only answer
  ['', '', ''], // 11 an empty row: not counted anywhere
  ['dan', '2025-01-04', ''], // 12 no answer: not counted anywhere
  ['Eve', '2025-01-05', 5], // 13 Eve, previous: detractor
  ['Eve', '2025-01-06', 2], // 14 Eve, latest: detractor
];

describe('peopleSummary: latest answer per person (NPS_LATEST)', () => {
  const summary = peopleSummary(...columns(ROWS), { zone: utc });

  test('counts each person once, by their latest dated valid answer', () => {
    // Latest: Anna 8 (passive), C 42 6 (detractor), c 42 10, Bob 9 (promoters), Eve 2 (detractor).
    expect(summary.people).toBe(5);
    expect([summary.promoters, summary.passives, summary.detractors]).toEqual([2, 1, 2]);
    // (2 − 2) / 5 × 100
    expect(summary.nps).toBe(0);
  });

  test('interval: adjusted Wald of the latest answers, by hand', () => {
    // P′ = 2.75, D′ = 2.75, n′ = 8: p′ = d′ = 0.34375, centre 0, V′ = 0.6875,
    // half-width 1.959964 × √(0.6875 / 8) = 1.959964 × 0.2931515 = 0.5745654.
    expect(summary.ci[0]).toBeCloseTo(-57.45654, 4);
    expect(summary.ci[1]).toBeCloseTo(57.45654, 4);
  });

  test('responses are the valid dated answers of non-blank people; repeat people have two or more', () => {
    // Rows 0–5, 10, 13, 14.
    expect(summary.responses).toBe(9);
    // Anna (3), C 42 (2), Eve (2).
    expect(summary.repeatPeople).toBe(3);
    // Rows 6 (blank person), 7 and 8 (no date), 9 (invalid score); not 11 or 12 (no answer).
    expect(summary.ignored).toBe(4);
  });

  test('latest answers are listed newest first, each with its row, score and number of answers', () => {
    expect(summary.latest.map((a) => [a.person, a.index, a.score, a.category, a.answers])).toEqual([
      ['Anna@Example.com', 1, 8, 'Passive', 3],
      ['c 42', 5, 10, 'Promoter', 1],
      ['C 42', 4, 6, 'Detractor', 2],
      ['Eve', 14, 2, 'Detractor', 2],
      ['bob@x.org', 10, 9, 'Promoter', 1],
    ]);
    expect(summary.latest[0].instant).toBe(Date.UTC(2025, 2, 5));
    expect(summary.latest[2].instant).toBe(Date.UTC(2025, 0, 15, 10));
  });

  test('a person is named as first written (trimmed), even by a row that did not count', () => {
    expect(summary.latest.find((a) => a.index === 10)!.person).toBe('bob@x.org');
  });
});

describe('peopleSummary: movement (NPS_MOVEMENT)', () => {
  test('counts people by their previous (second newest) answer → latest, not by their first row', () => {
    const { movement } = peopleSummary(...columns(ROWS), { zone: utc });
    expect(CATEGORIES).toEqual(['Promoter', 'Passive', 'Detractor']);
    // Anna: Promoter (Feb 1) → Passive (Mar 5); her Jan 10 detractor answer plays no part.
    // C 42: Promoter (row 3) → Detractor (row 4, the lower row of the tie).
    // Eve: Detractor → Detractor.
    expect(movement).toEqual([
      [0, 1, 1],
      [0, 0, 0],
      [0, 0, 1],
    ]);
  });

  test('the sum of the table is the number of repeat people', () => {
    const rows = [
      ['p1', '2025-05-01', 10], ['p1', '2025-05-02', 7], ['p1', '2025-04-01', 0],
      ['p2', '2025-05-01', 7], ['p2', '2025-05-03', 9],
      ['p3', '2025-05-01', 8], ['p3', '2025-05-02', 8],
      ['p4', '2025-05-09', 4], ['p4', '2025-05-08', 10],
      ['p5', '2025-05-01', 9],
    ];
    const s = peopleSummary(...columns(rows), { zone: utc });
    // p1 Promoter → Passive, p2 Passive → Promoter, p3 Passive → Passive, p4 Promoter → Detractor.
    expect(s.movement).toEqual([
      [0, 1, 1],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(s.repeatPeople).toBe(4);
    expect(s.movement.flat().reduce((a, b) => a + b, 0)).toBe(4);
    // Latest: p1 7, p2 9, p3 8, p4 4, p5 9 → 2 promoters, 2 passives, 1 detractor: (2 − 1) / 5 = 20.
    expect(s.nps).toBeCloseTo(20, 10);
    expect(s.responses).toBe(10);
  });
});

describe('peopleSummary: dates and zones', () => {
  test('a date cell and a text date of the same instant tie; the lower row wins', () => {
    // 10:00 in New York on 15 Jan 2025 (UTC−5) is 15:00 UTC.
    const rows = [
      ['x@y.z', new Date(Date.UTC(2025, 0, 15, 15)), 10],
      ['X@Y.Z', '2025-01-15 10:00', 0],
      ['X@y.z', '2025-01-15T15:00:00Z', 7],
      ['w', '2025-01-14T23:59:59-05:00', 9],
    ];
    const s = peopleSummary(...columns(rows), { zone: newYork });
    expect(s.latest.map((a) => [a.person, a.index, a.score, a.answers])).toEqual([
      ['x@y.z', 2, 7, 3],
      ['w', 3, 9, 1],
    ]);
    // Previous: row 1 (0, detractor) → latest row 2 (7, passive).
    expect(s.movement[2]).toEqual([0, 1, 0]);
  });

  test('text dates without an offset are wall-clock times in the zone', () => {
    // 2025-01-15 23:30 in New York is 2025-01-16 04:30 UTC: later than 2025-01-16T01:00Z.
    const rows = [
      ['a', '2025-01-15 23:30', 3],
      ['a', '2025-01-16T01:00:00Z', 10],
    ];
    const s = peopleSummary(...columns(rows), { zone: newYork });
    expect(s.latest[0]).toMatchObject({ index: 0, score: 3, instant: Date.UTC(2025, 0, 16, 4, 30) });
    expect(s.movement[0]).toEqual([0, 0, 1]);
  });

  test('missing and unreadable dates are ignored and counted; a person with no dated answer is not a person', () => {
    const rows = [
      ['only@undated.com', '', 10],
      ['only@undated.com', 'soon', 3],
      ['ok', '3/4/2025', 9],
      ['ok', true, 9],
    ];
    const s = peopleSummary(...columns(rows), { zone: utc });
    expect(s.people).toBe(1);
    expect(s.responses).toBe(1);
    expect(s.ignored).toBe(3);
    expect(s.latest[0].instant).toBe(Date.UTC(2025, 2, 4));
  });

  test('no counted row: zero people, NPS and interval NaN', () => {
    const s = peopleSummary(...columns([['', '2025-01-01', 9], ['a', '', 9]]), { zone: utc });
    expect(s.people).toBe(0);
    expect(s.nps).toBeNaN();
    expect(s.ci).toEqual([NaN, NaN]);
    expect(s.ignored).toBe(2);
  });
});

describe('peopleSummary: confidence and shapes', () => {
  test('confidence 0.9 gives the 90 % adjusted Wald interval', () => {
    // Latest: 2 promoters, 1 passive, 1 detractor (the interval of the published-formula helper above).
    const rows = [['a', '2025-01-01', 10], ['b', '2025-01-01', 9], ['c', '2025-01-01', 8], ['d', '2025-01-01', 0]];
    const s = peopleSummary(...columns(rows), { zone: utc, confidence: 0.9 });
    const [low, high] = adjustedWald(2, 1, 1, 1.6448536269514722);
    expect(s.ci[0]).toBeCloseTo(low, 9);
    expect(s.ci[1]).toBeCloseTo(high, 9);
    // By hand at 95 %: P′ 2.75, D′ 1.75, n′ 7: centre 1/7, V′ = 0.642857 − 0.020408 = 0.622449,
    // half-width 1.959964 × √(0.622449 / 7) = 0.584455 → [−44.16, 72.73].
    const at95 = peopleSummary(...columns(rows), { zone: utc });
    expect(at95.ci[0]).toBeCloseTo(-44.1598, 3);
    expect(at95.ci[1]).toBeCloseTo(72.7312, 3);
  });

  test('plain cells work as well as one-cell rows; numbers are ids as text', () => {
    const s = peopleSummary([1042, ' 1042', 'x'], ['2025-01-01', '2025-01-02', '2025-01-03'], [0, 9, 8], { zone: utc });
    expect(s.people).toBe(2);
    expect(s.latest.map((a) => a.person)).toEqual(['x', '1042']);
    expect(s.movement[2]).toEqual([1, 0, 0]);
  });

  test('columns of different lengths are an error', () => {
    expect(() => peopleSummary(['a', 'b'], ['2025-01-01'], [9, 9], { zone: utc })).toThrow(/same number of cells \(2, 1 and 2\)/);
  });
});

describe('personName and personKey', () => {
  test('trims, and reads e-mail addresses case-insensitively, other ids as written', () => {
    expect(personName('  Jo Smith \u00a0', utc)).toBe('Jo Smith');
    expect(personName('   ', utc)).toBe('');
    expect(personName(null, utc)).toBe('');
    expect(personKey('Jo.Smith@Example.COM')).toBe(personKey('jo.smith@example.com'));
    expect(personKey('AB-12')).not.toBe(personKey('ab-12'));
    expect(personKey('Jo Smith')).toBe('Jo Smith');
  });
});
