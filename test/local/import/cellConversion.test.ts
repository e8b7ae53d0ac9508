import { cellConverter } from '../../../src/local/import/cellConversion';

describe('cellConverter, en_US', () => {
  const convert = cellConverter('en_US', 'UTC');

  test.each([
    ['9', 9],
    ['-3', -3],
    ['0', 0],
    ['-0', 0],
    ['3.25', 3.25],
    ['.5', 0.5],
    ['00123', 123],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['12%', 0.12],
    ['0.7%', 0.007],
    ['-5%', -0.05],
    ['1e5', 100000],
    ['2.5E-3', 0.0025],
    [' 9 ', 9],
    ['11400000000', 11400000000],
    // Sheets keeps 15 significant digits; we keep the JavaScript number.
    ['12345678901234567890', 12345678901234567000],
  ])('%j is the number %p', (text, expected) => {
    expect(convert(text)).toBe(expected);
  });

  test.each([
    ['TRUE', true],
    ['FALSE', false],
    ['True', true],
    ['false', false],
  ])('%j is the boolean %p', (text, expected) => {
    expect(convert(text)).toBe(expected);
  });

  test.each([
    ['8/15/2025', Date.UTC(2025, 7, 15)],
    ['8/15/2025 5:23:54', Date.UTC(2025, 7, 15, 5, 23, 54)],
    ['8/15/2025 17:23', Date.UTC(2025, 7, 15, 17, 23)],
    ['05/31/2025 07:40:24 AM', Date.UTC(2025, 4, 31, 7, 40, 24)],
    ['05/31/2025 12:04:43 PM', Date.UTC(2025, 4, 31, 12, 4, 43)],
    ['05/31/2025 12:04:43 AM', Date.UTC(2025, 4, 31, 0, 4, 43)],
    ['5/31/2025 3:00 pm', Date.UTC(2025, 4, 31, 15, 0)],
    ['1/2/25', Date.UTC(2025, 0, 2)],
    ['1/2/95', Date.UTC(1995, 0, 2)],
    ['2025-03-04', Date.UTC(2025, 2, 4)],
    ['2025-03-04 17:22', Date.UTC(2025, 2, 4, 17, 22)],
    ['2025-03-04 17:22:10', Date.UTC(2025, 2, 4, 17, 22, 10)],
    ['2025/09/27', Date.UTC(2025, 8, 27)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
  ])('%j is a date', (text, expected) => {
    expect(convert(text)).toEqual(new Date(expected));
  });

  test.each([
    '=HYPERLINK("x")',
    '=1+1',
    '+1',
    '+44 20 7946 0000',
    '@x',
    '-',
    '--3',
    '<script>alert(1)</script>',
    '$5',
    '1,5',
    '1.234.567',
    '10 - Extremely likely',
    '9/10',
    '8/15',
    '5:23',
    '2025-03-04T17:22:10Z',
    '2026/09/27 3:00:00 PM GMT+3',
    '15/8/2025',
    '2/30/2025',
    '2025-02-29',
    '8/15/2025 25:00',
    '8/15/2025 13:00 PM',
    '24.12.2025',
    'Infinity',
    '1e400',
    '0x1F',
    'TRUEish',
    ' ',
  ])('%j stays text exactly', (text) => {
    expect(convert(text)).toBe(text);
  });

  test('an empty field is ""', () => {
    expect(convert('')).toBe('');
  });
});

describe('cellConverter, day-first and decimal-comma locales', () => {
  test('de_DE: decimal comma, dot thousands, D.M.YYYY in Berlin time', () => {
    const convert = cellConverter('de_DE', 'Europe/Berlin');
    expect(convert('3,5')).toBe(3.5);
    expect(convert('-0,25')).toBe(-0.25);
    expect(convert('1.234,5')).toBe(1234.5);
    expect(convert('1.234')).toBe(1234);
    expect(convert('12,5%')).toBe(0.125);
    // CET is UTC+1 in December, CEST UTC+2 in July.
    expect(convert('24.12.2025')).toEqual(new Date(Date.UTC(2025, 11, 23, 23)));
    expect(convert('24.12.2025 14:30')).toEqual(new Date(Date.UTC(2025, 11, 24, 13, 30)));
    expect(convert('1.7.2025 08:00:05')).toEqual(new Date(Date.UTC(2025, 6, 1, 6, 0, 5)));
    expect(convert('24/12/2025')).toEqual(new Date(Date.UTC(2025, 11, 23, 23)));
    expect(convert('2025-12-24')).toEqual(new Date(Date.UTC(2025, 11, 23, 23)));
    expect(convert('3.5')).toBe('3.5');
    expect(convert('12/24/2025')).toBe('12/24/2025');
  });

  test('en_GB: D/M/YYYY, decimal point', () => {
    const convert = cellConverter('en_GB', 'Europe/London');
    expect(convert('15/8/2025 5:23:54')).toEqual(new Date(Date.UTC(2025, 7, 15, 4, 23, 54))); // BST
    expect(convert('1/2/2025')).toEqual(new Date(Date.UTC(2025, 1, 1))); // 1 February, GMT
    expect(convert('1,234.5')).toBe(1234.5);
    expect(convert('3,5')).toBe('3,5');
  });

  test('fr_FR: decimal comma, space thousands (plain and narrow no-break)', () => {
    const convert = cellConverter('fr_FR', 'UTC');
    expect(convert('3,5')).toBe(3.5);
    expect(convert('1 234,5')).toBe(1234.5);
    expect(convert('1\u202f234')).toBe(1234);
    expect(convert('12 %')).toBe(0.12);
    expect(convert('31/01/2025')).toEqual(new Date(Date.UTC(2025, 0, 31)));
  });

  test('de_CH: decimal point, apostrophe thousands', () => {
    const convert = cellConverter('de_CH', 'UTC');
    expect(convert("1'234.5")).toBe(1234.5);
    expect(convert('3.5')).toBe(3.5);
  });
});

describe('cellConverter, wall clock → instant around DST', () => {
  const convert = cellConverter('en_US', 'America/New_York');

  test('a time in the spring-forward gap becomes the first instant after it', () => {
    // 2025-03-09 02:30 does not exist in New York; 03:00 EDT = 07:00Z.
    expect(convert('3/9/2025 2:30')).toEqual(new Date(Date.UTC(2025, 2, 9, 7, 0)));
  });

  test('a doubled fall-back time is the earlier instant', () => {
    // 2025-11-02 01:30 happens twice; the first is EDT (UTC−4).
    expect(convert('11/2/2025 1:30')).toEqual(new Date(Date.UTC(2025, 10, 2, 5, 30)));
  });
});

describe('cellConverter, dates with an English month name', () => {
  test('English locales read them as a wall clock in the zone, as Sheets does', () => {
    const us = cellConverter('en_US', 'America/New_York');
    expect(us('Mar 4, 2025 5:22 PM')).toEqual(new Date(Date.UTC(2025, 2, 4, 22, 22)));
    expect(us('Tuesday, March 4, 2025')).toEqual(new Date(Date.UTC(2025, 2, 4, 5)));
    const gb = cellConverter('en_GB', 'UTC');
    expect(gb('04-Mar-2025')).toEqual(new Date(Date.UTC(2025, 2, 4)));
    expect(gb('4 Mar 2025 17:22')).toEqual(new Date(Date.UTC(2025, 2, 4, 17, 22)));
  });

  test('text with a zone, other text and other locales stay text (the engine reads them)', () => {
    const us = cellConverter('en_US', 'UTC');
    for (const text of ['Mar 4, 2025 5:22 PM GMT+3', 'Mar 4, 2025 17:22 UTC', 'May be later', 'Mar 2025', 'Feb 30, 2025']) expect(us(text)).toBe(text);
    expect(cellConverter('de_DE', 'UTC')('Mar 4, 2025')).toBe('Mar 4, 2025');
  });
});
