import * as vm from 'node:vm';
import { dayOrderForLocale, detectDayOrder, readDate } from '../../src/nps/dateText';
import { zoneFor } from '../../src/nps/zone';

const U = Date.UTC;
const ny = zoneFor('America/New_York');
const utc = zoneFor('UTC');

describe('readDate: date cells and non-text', () => {
  test('a Date is its instant', () => {
    expect(readDate(new Date(U(2025, 2, 4, 17)), ny, 'month-first')).toBe(U(2025, 2, 4, 17));
  });

  test('a Date from another realm is recognised', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 0, 2))');
    expect(foreign instanceof Date).toBe(false);
    expect(readDate(foreign, ny, 'month-first')).toBe(U(2025, 0, 2));
  });

  test('an invalid Date, numbers, booleans, blanks and objects are NaN', () => {
    // Numbers are never serial dates: Sheets passes date cells as Date objects.
    for (const cell of [new Date(NaN), 45000, 45000.5, true, '', null, undefined, {}, ['2025-01-01']]) {
      expect(readDate(cell, ny, 'month-first')).toBeNaN();
    }
  });
});

describe('readDate: ISO 8601 text', () => {
  // 2025-03-04 is in EST (UTC−5) in New York.
  test('a date alone is local midnight in the zone', () => {
    expect(readDate('2025-03-04', ny, 'month-first')).toBe(U(2025, 2, 4, 5));
    expect(readDate('  2025-03-04 ', ny, 'day-first')).toBe(U(2025, 2, 4, 5));
  });

  test('a time without offset is a wall clock in the zone', () => {
    expect(readDate('2025-03-04 17:22', ny, 'month-first')).toBe(U(2025, 2, 4, 22, 22));
    expect(readDate('2025-03-04T17:22:10', ny, 'month-first')).toBe(U(2025, 2, 4, 22, 22, 10));
  });

  test('Z and offsets are instants, whatever the zone', () => {
    expect(readDate('2025-03-04T17:22:10Z', ny, 'month-first')).toBe(U(2025, 2, 4, 17, 22, 10));
    // 17:22:10 at UTC+2 is 15:22:10Z.
    expect(readDate('2025-03-04T17:22:10+02:00', ny, 'month-first')).toBe(U(2025, 2, 4, 15, 22, 10));
    expect(readDate('2025-03-04T17:22:10+0200', ny, 'month-first')).toBe(U(2025, 2, 4, 15, 22, 10));
    // 17:22:10 at UTC−5 is 22:22:10Z.
    expect(readDate('2025-03-04T17:22:10-05', utc, 'month-first')).toBe(U(2025, 2, 4, 22, 22, 10));
    // 00:30 at UTC+05:45 is 18:45Z the day before.
    expect(readDate('2025-03-04 00:30 +05:45', utc, 'month-first')).toBe(U(2025, 2, 3, 18, 45));
  });

  test('fractional seconds keep milliseconds', () => {
    expect(readDate('2025-03-04T17:22:10.5Z', ny, 'month-first')).toBe(U(2025, 2, 4, 17, 22, 10, 500));
    expect(readDate('2025-03-04T17:22:10.123456Z', ny, 'month-first')).toBe(U(2025, 2, 4, 17, 22, 10, 123));
  });

  test('textIsUtc reads offset-less text as UTC', () => {
    expect(readDate('2025-03-04 17:22', ny, 'month-first', true)).toBe(U(2025, 2, 4, 17, 22));
    expect(readDate('2025-03-04T17:22+01:00', ny, 'month-first', true)).toBe(U(2025, 2, 4, 16, 22));
  });

  test('DST: a doubled time is the earlier instant, a skipped one the first after the gap', () => {
    // 01:30 on 2025-11-02 happens in EDT (05:30Z) and again in EST (06:30Z).
    expect(readDate('2025-11-02 01:30', ny, 'month-first')).toBe(U(2025, 10, 2, 5, 30));
    // 02:30 on 2025-03-09 does not exist; 03:00 EDT = 07:00Z follows the gap.
    expect(readDate('2025-03-09 02:30', ny, 'month-first')).toBe(U(2025, 2, 9, 7));
  });

  test('impossible dates and clocks are NaN', () => {
    for (const text of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-03-04 24:00',
      '2025-03-04 12:60', '2025-03-04 12:00:60', '2025-03-04T10:00+19:00', '2025-03-04x', '20250304', '25-03-04']) {
      expect([text, readDate(text, utc, 'month-first')]).toEqual([text, NaN]);
    }
    expect(readDate('2024-02-29', utc, 'month-first')).toBe(U(2024, 1, 29));
  });
});

describe('readDate: slashed and dotted text', () => {
  test('US month-first M/D/YYYY with a 12-hour clock', () => {
    // 2025-03-04 13:05 EST = 18:05Z.
    expect(readDate('3/4/2025 1:05 PM', ny, 'month-first')).toBe(U(2025, 2, 4, 18, 5));
    expect(readDate('3/4/2025', ny, 'month-first')).toBe(U(2025, 2, 4, 5));
    expect(readDate('03/04/2025 13:05:09', ny, 'month-first')).toBe(U(2025, 2, 4, 18, 5, 9));
    expect(readDate('3/4/2025, 1:05:00 p.m.', ny, 'month-first')).toBe(U(2025, 2, 4, 18, 5));
  });

  test('12 AM is midnight, 12 PM is noon, hours outside 1–12 are NaN with AM/PM', () => {
    expect(readDate('1/2/2025 12:15 AM', utc, 'month-first')).toBe(U(2025, 0, 2, 0, 15));
    expect(readDate('1/2/2025 12:15 PM', utc, 'month-first')).toBe(U(2025, 0, 2, 12, 15));
    expect(readDate('1/2/2025 0:15 AM', utc, 'month-first')).toBeNaN();
    expect(readDate('1/2/2025 13:15 PM', utc, 'month-first')).toBeNaN();
  });

  test('SurveyMonkey 05/31/2025 07:40:24 AM', () => {
    // 07:40:24 EDT (UTC−4) = 11:40:24Z.
    expect(readDate('05/31/2025 07:40:24 AM', ny, 'month-first')).toBe(U(2025, 4, 31, 11, 40, 24));
  });

  test('day-first D/M/YYYY', () => {
    expect(readDate('4/3/2025', utc, 'day-first')).toBe(U(2025, 2, 4));
    expect(readDate('31/12/2025 23:59', utc, 'day-first')).toBe(U(2025, 11, 31, 23, 59));
    expect(readDate('31/12/2025', utc, 'month-first')).toBeNaN(); // month 31
  });

  test('dotted D.M.YYYY is always day-first', () => {
    expect(readDate('04.03.2025', utc, 'month-first')).toBe(U(2025, 2, 4));
    expect(readDate('4.3.2025 17:22', utc, 'day-first')).toBe(U(2025, 2, 4, 17, 22));
  });

  test('two-digit years are not dates', () => {
    expect(readDate('3/4/25', utc, 'month-first')).toBeNaN();
    expect(readDate('04.03.25', utc, 'day-first')).toBeNaN();
  });

  test('Google Forms CSV YYYY/MM/DD h:mm:ss AM GMT+3', () => {
    // 15:00 at UTC+3 = 12:00Z, in any spreadsheet zone.
    expect(readDate('2026/09/27 3:00:00 PM GMT+3', ny, 'day-first')).toBe(U(2026, 8, 27, 12));
    // 15:00 at UTC−4 = 19:00Z; at UTC+5:30 = 09:30Z; GMT = 15:00Z.
    expect(readDate('2026/09/27 3:00:00 PM GMT-4', ny, 'month-first')).toBe(U(2026, 8, 27, 19));
    expect(readDate('2026/09/27 3:00:00 PM GMT+5:30', ny, 'month-first')).toBe(U(2026, 8, 27, 9, 30));
    expect(readDate('2026/09/27 3:00:00 PM GMT', ny, 'month-first')).toBe(U(2026, 8, 27, 15));
    // Without a zone: a wall clock in the sheet's zone (EDT in September: 19:00Z).
    expect(readDate('2026/09/27 3:00:00 PM', ny, 'month-first')).toBe(U(2026, 8, 27, 19));
    // YYYY/MM/DD is never ambiguous.
    expect(readDate('2026/09/12', utc, 'day-first')).toBe(U(2026, 8, 12));
  });

  test('a zone west of UTC: 23:30 on the last day of a month stays in that month', () => {
    // 2025-01-31 23:30 PST (UTC−8) = 2025-02-01 07:30Z.
    expect(readDate('1/31/2025 11:30 PM', zoneFor('America/Los_Angeles'), 'month-first')).toBe(U(2025, 1, 1, 7, 30));
  });

  test('other text is NaN', () => {
    for (const text of ['hello', 'Mar 2025', 'May be later', '9 - May be', 'Mar 4', 'Mar 4, 25', '2025', '1/2', '#N/A', '10 - Extremely likely']) {
      expect(readDate(text, utc, 'month-first')).toBeNaN();
    }
  });
});

describe('readDate: English month names (Jotform, SurveySparrow, Excel\'s dd-mmm-yyyy)', () => {
  test('month first, with a weekday, a comma, "at" and a 12-hour clock', () => {
    expect(readDate('Mar 4, 2025', utc, 'day-first')).toBe(U(2025, 2, 4));
    expect(readDate('Mar 4, 2025 5:22 PM', ny, 'day-first')).toBe(U(2025, 2, 4, 22, 22));
    expect(readDate('Tuesday, March 4, 2025 at 5:22 PM', utc, 'month-first')).toBe(U(2025, 2, 4, 17, 22));
    expect(readDate('Sept. 30, 2025 09:05:10', utc, 'month-first')).toBe(U(2025, 8, 30, 9, 5, 10));
    expect(readDate('dec 1st 2025', utc, 'month-first')).toBe(U(2025, 11, 1));
  });

  test('day first, with spaces or dashes', () => {
    expect(readDate('4 Mar 2025 17:22', ny, 'month-first')).toBe(U(2025, 2, 4, 22, 22));
    expect(readDate('04-Mar-2025', utc, 'month-first')).toBe(U(2025, 2, 4));
    expect(readDate('4th March 2025', utc, 'month-first')).toBe(U(2025, 2, 4));
    expect(readDate('Tue, 4 Mar 2025 17:22:10 GMT', ny, 'month-first')).toBe(U(2025, 2, 4, 17, 22, 10));
  });

  test('calendar and clock are checked', () => {
    for (const text of ['Feb 30, 2025', '31 Apr 2025', 'Mar 4, 2025 13:00 PM', 'Mar 4, 2025 24:00', 'Marc 4, 2025']) {
      expect(readDate(text, utc, 'month-first')).toBeNaN();
    }
  });
});

describe('day order', () => {
  test('locales', () => {
    expect(dayOrderForLocale('en_US')).toBe('month-first');
    expect(dayOrderForLocale('en-US')).toBe('month-first');
    expect(dayOrderForLocale('en_CA')).toBe('month-first');
    expect(dayOrderForLocale('fil_PH')).toBe('month-first');
    expect(dayOrderForLocale('en_GB')).toBe('day-first');
    expect(dayOrderForLocale('en_AU')).toBe('day-first');
    expect(dayOrderForLocale('de_DE')).toBe('day-first');
    expect(dayOrderForLocale('fr_FR')).toBe('day-first');
    expect(dayOrderForLocale('pt_BR')).toBe('day-first');
  });

  test('a first part above 12 means day-first', () => {
    expect(detectDayOrder(['03/04/2025', '25/04/2025 10:00', ''], 'month-first')).toBe('day-first');
  });

  test('a second part above 12 means month-first', () => {
    expect(detectDayOrder(['03/04/2025', '04/25/2025 10:00 AM'], 'day-first')).toBe('month-first');
  });

  test('no evidence: the fallback', () => {
    expect(detectDayOrder(['03/04/2025', '2025-04-25', '2025/04/25', new Date(), 13], 'day-first')).toBe('day-first');
    expect(detectDayOrder([], 'month-first')).toBe('month-first');
  });

  test('one-element rows of a 2-D range are read', () => {
    expect(detectDayOrder([['13/01/2025'], ['01/02/2025']], 'month-first')).toBe('day-first');
  });
});
