import * as vm from 'vm';
import { foldSegments, segmentName, tallyBySegment } from '../../src/nps/segments';
import { BLANK, INVALID } from '../../src/nps/score';
import type { Zone } from '../../src/nps/zone';

/** A zone with a fixed offset, so the expected local dates are plain arithmetic. */
function fixedZone(offsetMinutes: number): Zone {
  return {
    id: `Fixed/${offsetMinutes}`,
    offsetMinutes: () => offsetMinutes,
    toInstant: (localMs: number) => localMs - offsetMinutes * 60000,
  };
}
const utc = fixedZone(0);

describe('segmentName', () => {
  it('trims text', () => {
    expect(segmentName('  Pro plan ', utc)).toBe('Pro plan');
  });

  it('names blank cells "(blank)"', () => {
    for (const cell of ['', '   ', null, undefined]) expect(segmentName(cell, utc)).toBe('(blank)');
  });

  it('names "no answer" markers "(blank)", but not words that merely contain them', () => {
    for (const cell of ['NA', ' n/a ', 'N/A', '-', '—', '#N/A', 'null', 'None', 'nan', '\u200B']) expect(segmentName(cell, utc)).toBe('(blank)');
    for (const cell of ['NAM', 'Nano', 'no', 'N/A plan']) expect(segmentName(cell, utc)).toBe(cell);
  });

  it('keeps formula-like text verbatim', () => {
    expect(segmentName('+1', utc)).toBe('+1');
    expect(segmentName('=x', utc)).toBe('=x');
    expect(segmentName(' -3 ', utc)).toBe('-3');
    expect(segmentName('@team', utc)).toBe('@team');
  });

  it('writes numbers and booleans as text', () => {
    expect(segmentName(3, utc)).toBe('3');
    expect(segmentName(2.5, utc)).toBe('2.5');
    expect(segmentName(true, utc)).toBe('TRUE');
    expect(segmentName(false, utc)).toBe('FALSE');
  });

  it('writes a date as YYYY-MM-DD in the spreadsheet zone', () => {
    // 2025-03-01 03:00 UTC is 2025-02-28 22:00 at UTC−5 and 2025-03-01 04:00 at UTC+1.
    const instant = new Date(Date.UTC(2025, 2, 1, 3, 0));
    expect(segmentName(instant, fixedZone(-300))).toBe('2025-02-28');
    expect(segmentName(instant, fixedZone(60))).toBe('2025-03-01');
    // 2024-12-31 23:30 UTC is 2025-01-01 00:30 at UTC+1: the year changes too.
    expect(segmentName(new Date(Date.UTC(2024, 11, 31, 23, 30)), fixedZone(60))).toBe('2025-01-01');
  });

  it('recognises a date of another realm', () => {
    const foreign: unknown = vm.runInNewContext('new Date(Date.UTC(2025, 0, 9, 12))');
    expect(segmentName(foreign, utc)).toBe('2025-01-09');
  });
});

describe('tallyBySegment', () => {
  it('pools each trimmed segment value and orders by responses, most first', () => {
    const segments = [' EU', 'US', 'EU ', 'APAC', 'EU', 'US'];
    const scores = [10, 3, 8, 9, 0, 7];
    expect(tallyBySegment(segments, scores, utc)).toEqual([
      { value: 'EU', tally: { promoters: 1, passives: 1, detractors: 1, ignored: 0 } },
      { value: 'US', tally: { promoters: 0, passives: 1, detractors: 1, ignored: 0 } },
      { value: 'APAC', tally: { promoters: 1, passives: 0, detractors: 0, ignored: 0 } },
    ]);
  });

  it('orders segments with equal responses by name, case-insensitively as Sheets\' SORT does', () => {
    // 'b', 'B', 'b' are one segment of 3 (shown 'b', written twice); the rest have 1 each,
    // case folded: '(blank)' < '10' < 'a' < 'alpha' < 'beta'.
    const segments = ['b', 'a', 'B', '10', '', 'b', 'Beta', 'alpha'];
    const scores = [9, 9, 9, 9, 9, 9, 9, 9];
    expect(tallyBySegment(segments, scores, utc).map((s) => s.value)).toEqual(['b', '(blank)', '10', 'a', 'alpha', 'Beta']);
  });

  it('groups case variants of a value into one segment, shown in its most frequent spelling', () => {
    // Female: 'Female' ×1 (10), 'female' ×2 (9, 3), ' FEMALE ' ×1 (7) → 4 responses, 2 promoters, 1 passive, 1 detractor.
    // Male: 'Male' ×2 (10, 0), 'male' ×1 (8), 'mALE' ×1 (6) → 4 responses, 1 promoter, 1 passive, 2 detractors.
    const segments = ['Female', 'Male', 'female', 'male', ' FEMALE ', 'Male', 'female', 'mALE'];
    const scores = [10, 10, 9, 8, 7, 0, 3, 6];
    expect(tallyBySegment(segments, scores, utc)).toEqual([
      { value: 'female', tally: { promoters: 2, passives: 1, detractors: 1, ignored: 0 } },
      { value: 'Male', tally: { promoters: 1, passives: 1, detractors: 2, ignored: 0 } },
    ]);
  });

  it('treats runs of spaces and composed or decomposed accents as the same spelling', () => {
    const segments = ['North America', 'north  america', 'Caf\u00e9', 'cafe\u0301', 'CAF\u00c9'];
    const rows = tallyBySegment(segments, [9, 9, 9, 9, 9], utc);
    expect(rows.map((s) => [s.value, s.tally.promoters])).toEqual([
      // Café: three spellings once each; the first in code order ('CAFÉ' < 'Café' < 'café').
      ['CAF\u00c9', 3],
      ['North America', 2],
    ]);
  });

  it('puts "no answer" markers (NA, N/A, -, #N/A, n.a.) in the (blank) segment', () => {
    const segments = ['NA', 'Pro', 'N/A', ' - ', '#N/A', 'n.a.', '', 'pro', '(blank)', 'Free'];
    const scores = [10, 9, 0, 8, 6, 7, 10, 2, 9, 10];
    // (blank): NA 10, N/A 0, - 8, #N/A 6, n.a. 7, '' 10, (blank) 9 → 7 responses: 3 promoters, 2 passives, 2 detractors.
    expect(tallyBySegment(segments, scores, utc)).toEqual([
      { value: '(blank)', tally: { promoters: 3, passives: 2, detractors: 2, ignored: 0 } },
      { value: 'Pro', tally: { promoters: 1, passives: 0, detractors: 1, ignored: 0 } },
      { value: 'Free', tally: { promoters: 1, passives: 0, detractors: 0, ignored: 0 } },
    ]);
  });

  it('names blank segment cells "(blank)" and keeps "+1" and "=x" as text', () => {
    const rows = tallyBySegment(['', null, '+1', '=x'], [9, 6, 8, 7], utc);
    expect(rows.map((s) => [s.value, s.tally.promoters + s.tally.passives + s.tally.detractors])).toEqual([
      ['(blank)', 2],
      ['+1', 1],
      ['=x', 1],
    ]);
  });

  it('skips rows with a blank score and counts invalid scores as ignored', () => {
    const rows = tallyBySegment(['A', 'A', 'B', 'C'], [9, INVALID, BLANK, INVALID], utc);
    // B has only a blank score: no segment. C has one invalid score: 0 responses, below the default minimum of 1.
    expect(rows).toEqual([{ value: 'A', tally: { promoters: 1, passives: 0, detractors: 0, ignored: 1 } }]);
  });

  it('leaves out segments below min_responses', () => {
    const segments = ['A', 'A', 'A', 'B', 'B', 'C'];
    const scores = [9, 9, 1, 7, 8, 10];
    expect(tallyBySegment(segments, scores, utc, 2).map((s) => s.value)).toEqual(['A', 'B']);
    expect(tallyBySegment(segments, scores, utc, 3).map((s) => s.value)).toEqual(['A']);
    expect(tallyBySegment(segments, scores, utc, 4)).toEqual([]);
  });

  it('keeps a segment with only invalid scores when min_responses is 0', () => {
    const rows = tallyBySegment(['A', 'C'], [9, INVALID], utc, 0);
    expect(rows.map((s) => s.value)).toEqual(['A', 'C']);
    expect(rows[1].tally).toEqual({ promoters: 0, passives: 0, detractors: 0, ignored: 1 });
  });

  it('groups date segment cells by local day', () => {
    // At UTC−5: 04:00 UTC on Mar 1 is Feb 28 local; 06:00 UTC on Mar 1 is Mar 1 local.
    const dates = [new Date(Date.UTC(2025, 2, 1, 4)), new Date(Date.UTC(2025, 2, 1, 6)), new Date(Date.UTC(2025, 1, 28, 12))];
    const rows = tallyBySegment(dates, [9, 9, 0], fixedZone(-300));
    expect(rows.map((s) => [s.value, s.tally.promoters, s.tally.detractors])).toEqual([
      ['2025-02-28', 1, 1],
      ['2025-03-01', 1, 0],
    ]);
  });

  it('accepts typed score arrays', () => {
    const rows = tallyBySegment(['A', 'B'], Int8Array.from([9, 0]), utc);
    expect(rows.map((s) => s.value)).toEqual(['A', 'B']);
  });
});

describe('foldSegments (counts per name, as a data engine returns them)', () => {
  const t = (promoters: number, passives: number, detractors: number, ignored = 0) => ({ promoters, passives, detractors, ignored });

  it('pools the spellings of one name and shows the one of the most rows, ignored answers counted', () => {
    // By hand: "north  america" has 1 + 0 + 0 + 3 ignored = 4 rows, "North America" 3, "NORTH AMERICA" 2.
    const rows = foldSegments(new Map([['North America', t(2, 1, 0)], ['north  america', t(1, 0, 0, 3)], ['NORTH AMERICA', t(0, 0, 2)], ['Asia', t(1, 0, 0)]]));
    expect(rows).toEqual([
      { value: 'north  america', tally: t(3, 1, 2, 3) },
      { value: 'Asia', tally: t(1, 0, 0) },
    ]);
  });

  it('breaks a tie of rows by code-unit order, whatever the map order', () => {
    expect(foldSegments(new Map([['male', t(1, 0, 0)], ['Male', t(0, 1, 0)]]))[0].value).toBe('Male');
    expect(foldSegments(new Map([['Male', t(0, 1, 0)], ['male', t(1, 0, 0)]]))[0].value).toBe('Male');
  });

  it('leaves the given tallies as they were and drops segments under minResponses', () => {
    const given = new Map([['A', t(1, 0, 0)], ['a', t(1, 0, 0)], ['B', t(0, 0, 0, 2)]]);
    expect(foldSegments(given, 2).map((s) => s.value)).toEqual(['A']);
    expect(given.get('A')).toEqual(t(1, 0, 0));
  });

  it('gives what tallyBySegment gives from the same rows', () => {
    const cells = ['Pro', 'pro', ' PRO ', 'Basic', 'N/A', '-', '', 'basic', 'Pro', 'Café', 'Cafe\u0301', 'NA'];
    const scores = [10, 9, 3, 7, INVALID, 8, 0, 10, BLANK, 6, 9, 2];
    const byName = new Map<string, ReturnType<typeof t>>();
    cells.forEach((cell, i) => {
      if (scores[i] === BLANK) return;
      const name = segmentName(cell, utc);
      const tally = byName.get(name) ?? t(0, 0, 0);
      if (scores[i] === INVALID) tally.ignored++;
      else if (scores[i] >= 9) tally.promoters++;
      else if (scores[i] >= 7) tally.passives++;
      else tally.detractors++;
      byName.set(name, tally);
    });
    expect(foldSegments(byName)).toEqual(tallyBySegment(cells, scores, utc));
    // By hand: (blank) = N/A (ignored), -, '', NA → 8, 0, 2: 0 promoters, 1 passive, 2 detractors, 1 ignored.
    expect(foldSegments(byName).find((s) => s.value === '(blank)')!.tally).toEqual(t(0, 1, 2, 1));
  });
});
