import { daysFromCivil } from '../../src/nps/civil';
import { PeriodBucket, periodIndexOfDay, periodLabel, periodOf, periodStartDate, tallyByPeriod } from '../../src/nps/periods';
import { BLANK, INVALID } from '../../src/nps/score';
import { zoneFor } from '../../src/nps/zone';

const U = Date.UTC;
const utc = zoneFor('UTC');
const ny = zoneFor('America/New_York');

/** Label and counts of each bucket, as [label, promoters, passives, detractors, ignored]. */
const rows = (buckets: PeriodBucket[]) =>
  buckets.map((b) => [b.label, b.tally.promoters, b.tally.passives, b.tally.detractors, b.tally.ignored]);

const labelOf = (y: number, m: number, d: number, kind: Parameters<typeof periodLabel>[1]) =>
  periodLabel(periodIndexOfDay(daysFromCivil(y, m, d), kind), kind);

describe('period labels', () => {
  // ISO 8601: week 1 is the week (Monday–Sunday) holding the year's first Thursday.
  test('ISO week 1 across New Year', () => {
    // 2025-01-01 is a Wednesday: week 1 of 2025 runs Monday 2024-12-30 to Sunday 2025-01-05.
    expect(labelOf(2024, 12, 30, 'week')).toBe('2025-W01');
    expect(labelOf(2024, 12, 29, 'week')).toBe('2024-W52');
    expect(labelOf(2025, 1, 5, 'week')).toBe('2025-W01');
    // 2020 began on a Wednesday and was a leap year: it has 53 weeks, and
    // Friday 2021-01-01 to Sunday 2021-01-03 are in 2020-W53.
    expect(labelOf(2021, 1, 1, 'week')).toBe('2020-W53');
    expect(labelOf(2021, 1, 3, 'week')).toBe('2020-W53');
    expect(labelOf(2021, 1, 4, 'week')).toBe('2021-W01');
    // SPEC's example: Friday 2025-01-31 is in week 5 (Monday 2025-01-27).
    expect(labelOf(2025, 1, 31, 'week')).toBe('2025-W05');
  });

  test('week-sunday is labelled by its first day', () => {
    // The Sunday on or before Friday 2025-01-31 is 2025-01-26.
    expect(labelOf(2025, 1, 31, 'week-sunday')).toBe('2025-01-26');
    expect(labelOf(2025, 1, 26, 'week-sunday')).toBe('2025-01-26');
    expect(labelOf(2025, 1, 25, 'week-sunday')).toBe('2025-01-19');
  });

  test('the leap day 2024-02-29 (a Thursday)', () => {
    expect(labelOf(2024, 2, 29, 'day')).toBe('2024-02-29');
    expect(labelOf(2024, 2, 29, 'month')).toBe('Feb 2024');
    expect(labelOf(2024, 2, 29, 'quarter')).toBe('2024 Q1');
    expect(labelOf(2024, 2, 29, 'year')).toBe('2024');
    // 2024-01-01 is a Monday, so week n starts on day 7(n−1)+1 of the year;
    // Monday 2024-02-26 is day 57 → week 9.
    expect(labelOf(2024, 2, 29, 'week')).toBe('2024-W09');
    expect(labelOf(2024, 3, 1, 'month')).toBe('Mar 2024');
  });

  test('quarters and months', () => {
    expect(labelOf(2025, 3, 31, 'quarter')).toBe('2025 Q1');
    expect(labelOf(2025, 4, 1, 'quarter')).toBe('2025 Q2');
    expect(labelOf(2025, 12, 31, 'quarter')).toBe('2025 Q4');
    expect(labelOf(2025, 12, 31, 'month')).toBe('Dec 2025');
  });

  test('periodStartDate and periodOf', () => {
    expect(periodStartDate(U(2024, 1, 29, 12), 'week', utc)).toBe('2024-02-26');
    expect(periodStartDate(U(2024, 1, 29, 12), 'quarter', utc)).toBe('2024-01-01');
    // 2025-02-01 03:00Z is still January 31 in New York; January starts at 05:00Z (EST).
    expect(periodOf(U(2025, 1, 1, 3), 'month', ny)).toEqual({
      start: U(2025, 0, 1, 5), startDate: '2025-01-01', label: 'Jan 2025',
      tally: { promoters: 0, passives: 0, detractors: 0, ignored: 0 },
    });
  });
});

describe('tallyByPeriod', () => {
  test('empty periods in the middle are included; the range ends at the last period with data', () => {
    const instants = [U(2025, 0, 5), U(2025, 0, 20), U(2025, 2, 1), U(2025, 4, 1)];
    const scores = [10, 7, 3, BLANK];
    // May has only a blank score: no data, so the rows stop at March.
    expect(rows(tallyByPeriod(instants, scores, 'month', utc))).toEqual([
      ['Jan 2025', 1, 1, 0, 0],
      ['Feb 2025', 0, 0, 0, 0],
      ['Mar 2025', 0, 0, 1, 0],
    ]);
  });

  test('NaN instants are skipped, INVALID is ignored in its period, BLANK is skipped', () => {
    const instants = [NaN, U(2025, 0, 1), U(2025, 0, 2), U(2025, 0, 3), U(2025, 1, 1), U(2025, 2, 1)];
    const scores = [10, 9, INVALID, BLANK, INVALID, 3];
    expect(rows(tallyByPeriod(instants, scores, 'month', utc))).toEqual([
      ['Jan 2025', 1, 0, 0, 1],
      ['Feb 2025', 0, 0, 0, 1],
      ['Mar 2025', 0, 0, 1, 0],
    ]);
  });

  test('invalid answers dated before the first or after the last response do not add periods', () => {
    const instants = [U(2025, 0, 5), U(2025, 2, 5), U(2025, 4, 5)];
    expect(rows(tallyByPeriod(instants, [INVALID, 9, INVALID], 'month', utc))).toEqual([['Mar 2025', 1, 0, 0, 0]]);
    expect(tallyByPeriod(instants, [INVALID, INVALID, BLANK], 'month', utc)).toEqual([]);
  });

  test('nothing to tally gives no rows', () => {
    expect(tallyByPeriod([], [], 'week', utc)).toEqual([]);
    expect(tallyByPeriod([NaN, U(2025, 0, 1)], [9, BLANK], 'week', utc)).toEqual([]);
  });

  test('dates and scores of different lengths are an error', () => {
    expect(() => tallyByPeriod([1, 2], [9], 'day', utc)).toThrow('dates and scores must have the same number of rows (2 vs 1)');
  });

  test('mistyped years are a readable error, not a million rows', () => {
    expect(() => tallyByPeriod([U(2025, 0, 1), U(2925, 0, 1)], [9, 9], 'day', utc)).toThrow(
      /the dates run from 2025-01-01 to 2925-01-01: 328719 periods of "day" is too many/,
    );
  });

  test('an unknown period kind is an error', () => {
    expect(() => tallyByPeriod([0], [9], 'fortnight' as never, utc)).toThrow('Unknown period "fortnight"');
  });

  test('week buckets across New Year start on Monday', () => {
    // Sunday 2024-12-29 → 2024-W52; Monday 2024-12-30 and Wednesday 2025-01-01 → 2025-W01.
    const buckets = tallyByPeriod([U(2024, 11, 29, 12), U(2024, 11, 30), U(2025, 0, 1)], [0, 9, 8], 'week', utc);
    expect(rows(buckets)).toEqual([
      ['2024-W52', 0, 0, 1, 0],
      ['2025-W01', 1, 1, 0, 0],
    ]);
    expect(buckets.map((b) => [b.startDate, b.start])).toEqual([
      ['2024-12-23', U(2024, 11, 23)],
      ['2024-12-30', U(2024, 11, 30)],
    ]);
  });

  test('leap day in month, quarter and week buckets', () => {
    const instants = [U(2024, 1, 28, 23), U(2024, 1, 29, 23, 59, 59, 999), U(2024, 2, 1)];
    const scores = [10, 6, 7];
    expect(rows(tallyByPeriod(instants, scores, 'month', utc))).toEqual([
      ['Feb 2024', 1, 0, 1, 0],
      ['Mar 2024', 0, 1, 0, 0],
    ]);
    expect(rows(tallyByPeriod(instants, scores, 'quarter', utc))).toEqual([['2024 Q1', 1, 1, 1, 0]]);
    // Wednesday 02-28, Thursday 02-29 and Friday 03-01 share the week of Monday 2024-02-26.
    expect(rows(tallyByPeriod(instants, scores, 'week', utc))).toEqual([['2024-W09', 1, 1, 1, 0]]);
    expect(rows(tallyByPeriod(instants, scores, 'day', utc))).toEqual([
      ['2024-02-28', 1, 0, 0, 0],
      ['2024-02-29', 0, 0, 1, 0],
      ['2024-03-01', 0, 1, 0, 0],
    ]);
  });

  test('years', () => {
    expect(rows(tallyByPeriod([U(2023, 11, 31), U(2025, 0, 1)], [9, 9], 'year', utc))).toEqual([
      ['2023', 1, 0, 0, 0],
      ['2024', 0, 0, 0, 0],
      ['2025', 1, 0, 0, 0],
    ]);
  });
});

describe('tallyByPeriod in zones other than UTC', () => {
  // Los Angeles is UTC−8 in winter: 23:30 on 2025-01-31 is 2025-02-01 07:30Z.
  test('America/Los_Angeles: 23:30 on the last day of January stays in January', () => {
    const la = zoneFor('America/Los_Angeles');
    const buckets = tallyByPeriod([U(2025, 1, 1, 7, 30), U(2025, 1, 1, 8, 30)], [10, 0], 'month', la);
    expect(rows(buckets)).toEqual([
      ['Jan 2025', 1, 0, 0, 0],
      ['Feb 2025', 0, 0, 1, 0],
    ]);
    // Local midnights: 2025-01-01 00:00 PST = 08:00Z, 2025-02-01 00:00 PST = 08:00Z.
    expect(buckets.map((b) => b.start)).toEqual([U(2025, 0, 1, 8), U(2025, 1, 1, 8)]);
  });

  test('America/New_York, spring forward: days of 23 hours, weeks start at local midnight', () => {
    // Saturday 2025-03-08 23:30 EST = 03-09 04:30Z; Sunday 03-09 23:30 EDT = 03-10 03:30Z;
    // Monday 03-10 00:30 EDT = 03-10 04:30Z.
    const instants = [U(2025, 2, 9, 4, 30), U(2025, 2, 10, 3, 30), U(2025, 2, 10, 4, 30)];
    const days = tallyByPeriod(instants, [9, 8, 7], 'day', ny);
    expect(rows(days)).toEqual([
      ['2025-03-08', 1, 0, 0, 0],
      ['2025-03-09', 0, 1, 0, 0],
      ['2025-03-10', 0, 1, 0, 0],
    ]);
    // Midnights: 03-08 and 03-09 in EST (05:00Z), 03-10 in EDT (04:00Z).
    expect(days.map((b) => b.start)).toEqual([U(2025, 2, 8, 5), U(2025, 2, 9, 5), U(2025, 2, 10, 4)]);
    // ISO weeks: Monday 03-03 (EST, 05:00Z) holds the first two; Monday 03-10 (EDT, 04:00Z) the third.
    const weeks = tallyByPeriod(instants, [9, 8, 7], 'week', ny);
    expect(weeks.map((b) => [b.label, b.startDate, b.start])).toEqual([
      ['2025-W10', '2025-03-03', U(2025, 2, 3, 5)],
      ['2025-W11', '2025-03-10', U(2025, 2, 10, 4)],
    ]);
  });

  test('America/New_York, fall back: 2025-11-02 lasts 25 hours', () => {
    // 01:30 EDT = 05:30Z and 01:30 EST = 06:30Z are both on 11-02; so is 23:30 EST = 11-03 04:30Z.
    // 11-03 00:30 EST = 05:30Z is the next day.
    const instants = [U(2025, 10, 2, 5, 30), U(2025, 10, 2, 6, 30), U(2025, 10, 3, 4, 30), U(2025, 10, 3, 5, 30)];
    const days = tallyByPeriod(instants, [10, 10, 3, 9], 'day', ny);
    expect(rows(days)).toEqual([
      ['2025-11-02', 2, 0, 1, 0],
      ['2025-11-03', 1, 0, 0, 0],
    ]);
    expect(days.map((b) => b.start)).toEqual([U(2025, 10, 2, 4), U(2025, 10, 3, 5)]);
    // Week-sunday: Sunday 11-02 starts at EDT midnight (04:00Z).
    const weeks = tallyByPeriod(instants, [10, 10, 3, 9], 'week-sunday', ny);
    expect(weeks.map((b) => [b.label, b.start])).toEqual([['2025-11-02', U(2025, 10, 2, 4)]]);
  });

  test('Asia/Kathmandu (UTC+05:45): the year turns at 18:15Z', () => {
    const k = zoneFor('Asia/Kathmandu');
    // 2024-12-31 18:14Z = 23:59 local; 18:15Z = 2025-01-01 00:00 local.
    const buckets = tallyByPeriod([U(2024, 11, 31, 18, 14), U(2024, 11, 31, 18, 15)], [9, 0], 'month', k);
    expect(rows(buckets)).toEqual([
      ['Dec 2024', 1, 0, 0, 0],
      ['Jan 2025', 0, 0, 1, 0],
    ]);
    expect(buckets.map((b) => b.start)).toEqual([U(2024, 10, 30, 18, 15), U(2024, 11, 31, 18, 15)]);
  });

  test('America/Santiago: a day whose midnight does not exist starts at its first instant', () => {
    // DST starts at 24:00 on 2024-09-07 (UTC−4 → UTC−3): 2024-09-08 begins at 01:00 −03 = 04:00Z.
    const s = zoneFor('America/Santiago');
    // 03:59Z = 23:59 on 09-07 (−04); 04:00Z = 01:00 on 09-08 (−03).
    const days = tallyByPeriod([U(2024, 8, 8, 3, 59), U(2024, 8, 8, 4)], [9, 9], 'day', s);
    expect(days.map((b) => [b.label, b.start, b.tally.promoters])).toEqual([
      ['2024-09-07', U(2024, 8, 7, 4), 1],
      ['2024-09-08', U(2024, 8, 8, 4), 1],
    ]);
  });
});
