import * as vm from 'node:vm';
import { readDateColumn } from '../../src/nps/dateColumn';
import { zoneFor } from '../../src/nps/zone';

const U = Date.UTC;
const utc = zoneFor('UTC');

describe('readDateColumn', () => {
  test('Date cells, from any realm, are their instants; the rest NaN', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 5, 1))');
    const out = readDateColumn([new Date(U(2025, 0, 1)), foreign, '', 42, null, new Date(NaN)], utc);
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out)).toEqual([U(2025, 0, 1), U(2025, 5, 1), NaN, NaN, NaN, NaN]);
  });

  test('an object with no prototype is not a date', () => {
    expect(Array.from(readDateColumn([Object.create(null), new Date(0), Object.create(null)], utc))).toEqual([NaN, 0, NaN]);
  });

  test('the day order is detected once for the whole column', () => {
    // 25/03/2025 can only be day-first, so 01/04/2025 is April 1 too.
    const out = readDateColumn(['01/04/2025', '25/03/2025'], utc);
    expect(Array.from(out)).toEqual([U(2025, 3, 1), U(2025, 2, 25)]);
  });

  test('without evidence the locale decides; an explicit order wins', () => {
    expect(Array.from(readDateColumn(['01/04/2025'], utc))).toEqual([U(2025, 0, 4)]); // default month-first
    expect(Array.from(readDateColumn(['01/04/2025'], utc, { locale: 'en_GB' }))).toEqual([U(2025, 3, 1)]);
    expect(Array.from(readDateColumn(['01/04/2025'], utc, { locale: 'en_US' }))).toEqual([U(2025, 0, 4)]);
    expect(Array.from(readDateColumn(['01/04/2025', '25/03/2025'], utc, { order: 'month-first' }))).toEqual([U(2025, 0, 4), NaN]);
  });

  test('text is read in the zone, or as UTC with textIsUtc', () => {
    const la = zoneFor('America/Los_Angeles');
    // 2025-01-31 23:30 PST = 2025-02-01 07:30Z.
    expect(Array.from(readDateColumn(['2025-01-31 23:30'], la))).toEqual([U(2025, 1, 1, 7, 30)]);
    expect(Array.from(readDateColumn(['2025-01-31 23:30'], la, { textIsUtc: true }))).toEqual([U(2025, 0, 31, 23, 30)]);
  });

  test('a one-column 2-D range is read as a column', () => {
    expect(Array.from(readDateColumn([[new Date(5)], ['2025-01-01'], ['']], utc))).toEqual([5, U(2025, 0, 1), NaN]);
  });
});

describe('date cells of a column whose times are UTC', () => {
  test('a date cell shown as 00:27 in New York is read as 00:27 UTC', () => {
    // Sheets imported "2025-03-01 00:27:00" as 00:27 New York time (EST, UTC−5) = 05:27Z.
    const cell = new Date(Date.UTC(2025, 2, 1, 5, 27));
    const [asShown] = readDateColumn([cell], zoneFor('America/New_York'));
    const [asUtc] = readDateColumn([cell], zoneFor('America/New_York'), { dateCellsAreUtc: true });
    expect(asShown).toBe(Date.UTC(2025, 2, 1, 5, 27));
    expect(asUtc).toBe(Date.UTC(2025, 2, 1, 0, 27));
  });
});
