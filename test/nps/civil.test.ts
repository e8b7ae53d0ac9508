import { civilFromDays, daysFromCivil, daysInMonth, isValidCivilDate, isoDateOfDays, weekdayOfDays } from '../../src/nps/civil';

describe('civil calendar arithmetic', () => {
  test('known day numbers', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    // 2000-03-01: 30 years × 365 + 7 leap days (72…96) + Jan 31 + Feb 29 of 2000 = 10950 + 7 + 60 = 11017.
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(isoDateOfDays(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
  });

  test('round trip over 3000 years agrees with Date.UTC', () => {
    for (let days = -400000; days < 700000; days += 373) {
      const c = civilFromDays(days);
      expect(Date.UTC(c.year, c.month - 1, c.day) / 86400000).toBe(days);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(days);
    }
  });

  test('weekdays, month lengths, valid dates', () => {
    expect(weekdayOfDays(0)).toBe(4); // Thursday
    expect(weekdayOfDays(daysFromCivil(2024, 12, 30))).toBe(1); // Monday
    expect(weekdayOfDays(-1)).toBe(3);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isValidCivilDate(2025, 2, 29)).toBe(false);
    expect(isValidCivilDate(2025, 4, 31)).toBe(false);
    expect(isValidCivilDate(2025, 12, 31)).toBe(true);
  });
});
