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

describe('a column the import half-read in the locale order', () => {
  // A day-first export opened in a US sheet: Sheets turns 01/02/2025 06:45
  // into the date January 2 and leaves 13/01/2025 as text.
  test('day-first text in a month-first locale: the date cells are read day-first again', () => {
    const out = readDateColumn([new Date(U(2025, 0, 2, 6, 45)), '13/01/2025 10:00', '25/02/2025', new Date(U(2025, 11, 3))], utc, { locale: 'en_US' });
    expect(Array.from(out)).toEqual([U(2025, 1, 1, 6, 45), U(2025, 0, 13, 10), U(2025, 1, 25), U(2025, 2, 12)]);
  });

  test('month-first text in a day-first locale: the same the other way', () => {
    // en_GB read "01/02/2025" as 1 February; the column is month-first (01/13/2025).
    const out = readDateColumn([new Date(U(2025, 1, 1)), '01/13/2025'], utc, { locale: 'en_GB' });
    expect(Array.from(out)).toEqual([U(2025, 0, 2), U(2025, 0, 13)]);
  });

  test('the wall clock is swapped in the zone, across a DST change', () => {
    const ny = zoneFor('America/New_York');
    // 4 March 2025 09:00 EST (14:00Z) was "03/04/2025 09:00" = 3 April, 09:00 EDT = 13:00Z.
    const out = readDateColumn([new Date(U(2025, 2, 4, 14)), '20/03/2025 09:00'], ny, { locale: 'en_US' });
    expect(Array.from(out)).toEqual([U(2025, 3, 3, 13), U(2025, 2, 20, 13)]);
  });

  test('with a "(UTC)" header the swapped wall clock is UTC', () => {
    const ny = zoneFor('America/New_York');
    // Shown as 2 Jan 2025 06:45 in New York (11:45Z); really 1 Feb 2025 06:45 UTC.
    const out = readDateColumn([new Date(U(2025, 0, 2, 11, 45)), '13/01/2025 10:00'], ny, { locale: 'en_US', textIsUtc: true, dateCellsAreUtc: true });
    expect(Array.from(out)).toEqual([U(2025, 1, 1, 6, 45), U(2025, 0, 13, 10)]);
  });

  test('left alone when a date cell falls after the 12th, or the text agrees with the locale, or shows no order', () => {
    const after12 = [new Date(U(2025, 0, 20)), new Date(U(2025, 0, 2)), '13/01/2025'];
    expect(Array.from(readDateColumn(after12, utc, { locale: 'en_US' }))).toEqual([U(2025, 0, 20), U(2025, 0, 2), U(2025, 0, 13)]);
    const agrees = [new Date(U(2025, 0, 2)), '01/13/2025'];
    expect(Array.from(readDateColumn(agrees, utc, { locale: 'en_US' }))).toEqual([U(2025, 0, 2), U(2025, 0, 13)]);
    const noOrder = [new Date(U(2025, 0, 2)), '2025-01-13', '05/06/2025'];
    expect(Array.from(readDateColumn(noOrder, utc, { locale: 'en_US' }))).toEqual([U(2025, 0, 2), U(2025, 0, 13), U(2025, 4, 6)]);
    const explicit = [new Date(U(2025, 0, 2)), '13/01/2025'];
    expect(Array.from(readDateColumn(explicit, utc, { order: 'day-first', locale: 'en_US' }))).toEqual([U(2025, 0, 2), U(2025, 0, 13)]);
  });
});
