/**
 * Spreadsheet zones that are a fixed offset (File › Settings offers
 * `GMT-07:00`; the Sheets API documents "a custom time zone such as
 * GMT-07:00"), and Utilities.formatDate with Java's custom zone ids
 * (java.util.TimeZone: `GMT` sign hours [`:`] minutes; "GMT+10" is ten hours,
 * "GMT+0010" ten minutes). Expected wall clocks worked out by hand.
 */
import { formatDate } from '../../../src/local/sheets';
import { setup } from './helpers';

// 2025-03-01 06:30:00Z.
const INSTANT = new Date(Date.UTC(2025, 2, 1, 6, 30));

describe('Utilities.formatDate with fixed-offset zones', () => {
  test.each([
    ['GMT-07:00', '2025-02-28 23:30 -0700'],
    ['GMT-7', '2025-02-28 23:30 -0700'],
    ['GMT-0700', '2025-02-28 23:30 -0700'],
    ['Etc/GMT+7', '2025-02-28 23:30 -0700'], // IANA, POSIX sign
    ['GMT+05:30', '2025-03-01 12:00 +0530'],
    ['GMT+5:30', '2025-03-01 12:00 +0530'],
    ['GMT+530', '2025-03-01 12:00 +0530'],
    ['GMT+10', '2025-03-01 16:30 +1000'],
    ['GMT+0010', '2025-03-01 06:40 +0010'],
    ['GMT-00:00', '2025-03-01 06:30 +0000'],
    ['GMT', '2025-03-01 06:30 +0000'],
  ])('%s → %s', (zone, expected) => {
    expect(formatDate(INSTANT, zone, 'yyyy-MM-dd HH:mm Z')).toBe(expected);
  });

  test('the weekday and the XXX offset follow the local day', () => {
    // Saturday 06:30Z is still Friday in GMT-07:00.
    expect(formatDate(INSTANT, 'GMT-07:00', "EEE XXX")).toBe('Fri -07:00');
    expect(formatDate(INSTANT, 'GMT+14', "EEE d")).toBe('Sat 1');
  });

  test.each(['GMT+24', 'GMT+5:3', 'GMT+05:60', 'GMT+12345', 'GMT+', 'UTC-07:00'])('%s is not a Java zone id: it fails loudly (Java would use GMT)', (zone) => {
    expect(() => formatDate(INSTANT, zone, 'yyyy')).toThrow(`Invalid time zone "${zone}"`);
  });
});

describe('a spreadsheet in a fixed-offset zone', () => {
  test('setSpreadsheetTimeZone accepts GMT-07:00 and the display values follow it', () => {
    const { ss, app } = setup();
    ss.setSpreadsheetTimeZone('GMT-07:00');
    expect(ss.getSpreadsheetTimeZone()).toBe('GMT-07:00');
    const cell = app.getActiveSheet().getRange('A1');
    cell.setValue(INSTANT);
    cell.setNumberFormat('yyyy-mm-dd hh:mm');
    expect(cell.getDisplayValue()).toBe('2025-02-28 23:30');
    ss.setSpreadsheetTimeZone('GMT+05:30');
    expect(cell.getDisplayValue()).toBe('2025-03-01 12:00');
  });

  test('created in one, as the playground and the CLI do with --tz GMT+5:30', () => {
    const { ss } = setup({ timeZone: 'GMT+5:30' });
    expect(ss.getSpreadsheetTimeZone()).toBe('GMT+5:30');
    expect(() => setup({ timeZone: 'GMT+5:3' })).toThrow('Invalid time zone "GMT+5:3"');
  });
});
