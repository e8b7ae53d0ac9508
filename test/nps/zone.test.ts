import { isKnownZone, zoneFor } from '../../src/nps/zone';

const U = Date.UTC;
const MIN = 60000;

describe('zoneFor', () => {
  test('UTC, Etc/UTC and GMT have offset 0 and wall clock = instant', () => {
    for (const id of ['UTC', 'Etc/UTC', 'GMT']) {
      const z = zoneFor(id);
      expect(z.id).toBe(id);
      expect(z.offsetMinutes(U(2025, 6, 1))).toBe(0);
      expect(z.toInstant(U(2025, 6, 1, 12))).toBe(U(2025, 6, 1, 12));
    }
  });

  test('zones are cached per name', () => {
    expect(zoneFor('America/New_York')).toBe(zoneFor('America/New_York'));
  });

  test('an unknown zone is a readable error', () => {
    expect(() => zoneFor('Mars/Olympus_Mons')).toThrow(
      'Unknown time zone "Mars/Olympus_Mons": use an IANA name such as "America/New_York"',
    );
    expect(() => zoneFor('')).toThrow('Unknown time zone ""');
  });

  test('NaN in, NaN out', () => {
    const ny = zoneFor('America/New_York');
    expect(ny.offsetMinutes(NaN)).toBeNaN();
    expect(ny.toInstant(NaN)).toBeNaN();
  });
});

describe('America/New_York around the 2025 transitions', () => {
  const ny = zoneFor('America/New_York');

  // Spring forward: Sunday 2025-03-09 02:00 EST (UTC−5) jumps to 03:00 EDT (UTC−4),
  // i.e. at 02:00 + 5 h = 07:00Z.
  test('offsets change at 2025-03-09 07:00Z', () => {
    expect(ny.offsetMinutes(U(2025, 2, 9, 6, 59, 59, 999))).toBe(-300);
    expect(ny.offsetMinutes(U(2025, 2, 9, 7))).toBe(-240);
  });

  // Fall back: Sunday 2025-11-02 02:00 EDT (UTC−4) goes back to 01:00 EST, at 02:00 + 4 h = 06:00Z.
  test('offsets change at 2025-11-02 06:00Z', () => {
    expect(ny.offsetMinutes(U(2025, 10, 2, 5, 59, 59, 999))).toBe(-240);
    expect(ny.offsetMinutes(U(2025, 10, 2, 6))).toBe(-300);
  });

  test('local midnights: 05:00Z in winter, 04:00Z in summer', () => {
    expect(ny.toInstant(U(2025, 2, 9))).toBe(U(2025, 2, 9, 5)); // EST
    expect(ny.toInstant(U(2025, 2, 10))).toBe(U(2025, 2, 10, 4)); // EDT
    expect(ny.toInstant(U(2025, 10, 2))).toBe(U(2025, 10, 2, 4)); // still EDT
    expect(ny.toInstant(U(2025, 10, 3))).toBe(U(2025, 10, 3, 5)); // EST
  });

  // 01:30 on 2025-11-02 happens twice: 01:30 EDT = 05:30Z, then 01:30 EST = 06:30Z.
  test('a doubled wall time is the earlier instant (EDT)', () => {
    expect(ny.toInstant(U(2025, 10, 2, 1, 30))).toBe(U(2025, 10, 2, 5, 30));
    // 01:00 itself is doubled too (05:00Z EDT and 06:00Z EST).
    expect(ny.toInstant(U(2025, 10, 2, 1))).toBe(U(2025, 10, 2, 5));
    // 02:00 happens once, in EST: 07:00Z.
    expect(ny.toInstant(U(2025, 10, 2, 2))).toBe(U(2025, 10, 2, 7));
  });

  // 02:00–02:59 on 2025-03-09 does not exist; the first instant after the gap is 03:00 EDT = 07:00Z.
  test('a skipped wall time is the first instant after the gap', () => {
    expect(ny.toInstant(U(2025, 2, 9, 2, 30))).toBe(U(2025, 2, 9, 7));
    expect(ny.toInstant(U(2025, 2, 9, 2))).toBe(U(2025, 2, 9, 7));
    expect(ny.toInstant(U(2025, 2, 9, 1, 59))).toBe(U(2025, 2, 9, 6, 59));
    expect(ny.toInstant(U(2025, 2, 9, 3))).toBe(U(2025, 2, 9, 7));
  });

  test('answers do not depend on the order of the questions', () => {
    // The same instants asked forwards, backwards and interleaved across years.
    const instants: number[] = [];
    for (let h = 0; h < 24 * 731; h += 7) instants.push(U(2024, 0, 1) + h * 3600000 + 1234);
    const expected = (t: number) => {
      // EDT from the second Sunday of March 07:00Z to the first Sunday of November 06:00Z.
      const inDst = (t >= U(2024, 2, 10, 7) && t < U(2024, 10, 3, 6)) || (t >= U(2025, 2, 9, 7) && t < U(2025, 10, 2, 6));
      return inDst ? -240 : -300;
    };
    // Three names with the same rules since 2007, so three zones with empty caches.
    const [forward, backward, jumping] = ['US/Eastern', 'EST5EDT', 'America/Detroit'].map((id) => zoneFor(id));
    for (const t of instants) expect(forward.offsetMinutes(t)).toBe(expected(t));
    for (const t of [...instants].reverse()) expect(backward.offsetMinutes(t)).toBe(expected(t));
    for (let i = 0; i < instants.length; i++) {
      const t = instants[(i * 7919) % instants.length];
      expect(jumping.offsetMinutes(t)).toBe(expected(t));
    }
  });
});

describe('zones with unusual offsets', () => {
  // Nepal: UTC+05:45 since 1986, no DST.
  test('Asia/Kathmandu is UTC+05:45', () => {
    const k = zoneFor('Asia/Kathmandu');
    expect(k.offsetMinutes(U(2025, 0, 1))).toBe(345);
    expect(k.offsetMinutes(U(2025, 6, 1))).toBe(345);
    expect(k.toInstant(U(2025, 0, 1))).toBe(U(2024, 11, 31, 18, 15));
  });

  // India: UTC+05:30.
  test('Asia/Kolkata is UTC+05:30', () => {
    expect(zoneFor('Asia/Kolkata').offsetMinutes(U(2025, 0, 1))).toBe(330);
  });

  // Chile: DST starts at 24:00 on Saturday 2024-09-07 (UTC−4), the clock shows
  // 01:00 on Sunday 2024-09-08 (UTC−3). Midnight of 2024-09-08 does not exist;
  // the first instant of that day is 04:00Z (01:00 −03).
  test('America/Santiago: a day whose midnight does not exist starts at 01:00', () => {
    const s = zoneFor('America/Santiago');
    expect(s.offsetMinutes(U(2024, 8, 8, 3, 59))).toBe(-240);
    expect(s.offsetMinutes(U(2024, 8, 8, 4))).toBe(-180);
    expect(s.toInstant(U(2024, 8, 8))).toBe(U(2024, 8, 8, 4));
    expect(s.toInstant(U(2024, 8, 8, 0, 30))).toBe(U(2024, 8, 8, 4));
    expect(s.toInstant(U(2024, 8, 8, 1))).toBe(U(2024, 8, 8, 4));
    expect(s.toInstant(U(2024, 8, 7))).toBe(U(2024, 8, 7, 4));
  });

  // Cuba: DST starts at 00:00 on Sunday 2025-03-09 (UTC−5 → UTC−4): midnight is skipped.
  test('America/Havana: midnight of 2025-03-09 is skipped', () => {
    const h = zoneFor('America/Havana');
    expect(h.toInstant(U(2025, 2, 9))).toBe(U(2025, 2, 9, 5));
    expect(h.offsetMinutes(U(2025, 2, 9, 5))).toBe(-240);
    expect(h.offsetMinutes(U(2025, 2, 9, 4, 59))).toBe(-300);
  });

  // Lord Howe Island moves its clock by 30 minutes: UTC+10:30 in winter, +11 in summer.
  test('Australia/Lord_Howe has a 30-minute DST', () => {
    const l = zoneFor('Australia/Lord_Howe');
    expect(l.offsetMinutes(U(2025, 6, 1))).toBe(630);
    expect(l.offsetMinutes(U(2025, 0, 1))).toBe(660);
  });

  test('offsets are whole minutes in ms terms', () => {
    const k = zoneFor('Asia/Kathmandu');
    expect(k.offsetMinutes(U(2025, 0, 1)) * MIN).toBe(20700000);
  });
});

describe('runtimes without Intl time zones', () => {
  // A fresh copy of zone.ts (its Intl detection is cached per module), to use while Intl is hidden.
  function freshZoneModule(): typeof import('../../src/nps/zone') {
    let loaded: typeof import('../../src/nps/zone') | undefined;
    jest.isolateModules(() => {
      loaded = require('../../src/nps/zone');
    });
    return loaded!;
  }

  // The fallback the Apps Script layer builds on Utilities.formatDate(d, tz, 'Z'):
  // here a fixed rule, EDT (−240) from 2025-03-09 07:00Z to 2025-11-02 06:00Z, else EST (−300).
  const usEastern2025 = (t: number) => (t >= U(2025, 2, 9, 7) && t < U(2025, 10, 2, 6) ? -240 : -300);

  test('the offset fallback is used, with the same DST rules for wall times', () => {
    const { zoneFor: zoneWithoutIntl } = freshZoneModule();
    const saved = globalThis.Intl;
    (globalThis as { Intl?: unknown }).Intl = undefined;
    try {
      const z = zoneWithoutIntl('America/New_York', usEastern2025);
      expect(z.offsetMinutes(U(2025, 0, 15))).toBe(-300);
      expect(z.offsetMinutes(U(2025, 6, 15))).toBe(-240);
      expect(z.toInstant(U(2025, 10, 2, 1, 30))).toBe(U(2025, 10, 2, 5, 30));
      expect(z.toInstant(U(2025, 2, 9, 2, 30))).toBe(U(2025, 2, 9, 7));
      expect(zoneWithoutIntl('UTC').offsetMinutes(0)).toBe(0);
      expect(() => zoneWithoutIntl('Europe/Paris')).toThrow('Time zone "Europe/Paris" cannot be used here');
    } finally {
      globalThis.Intl = saved;
    }
  });
});

describe('fixed-offset zones (a spreadsheet may hold GMT-07:00; Intl rejects it)', () => {
  // Offsets by hand: local wall clock = instant + offset.
  test.each([
    ['GMT-07:00', -7 * 60],
    ['GMT-7', -7 * 60],
    ['GMT-0700', -7 * 60],
    ['GMT+05:30', 5 * 60 + 30],
    ['GMT+5:30', 5 * 60 + 30],
    ['GMT+0530', 5 * 60 + 30],
    ['GMT+530', 5 * 60 + 30],
    ['GMT+10', 10 * 60], // Java: "GMT+10" is ten hours…
    ['GMT+0010', 10], // …and "GMT+0010" ten minutes
    ['GMT+23:59', 23 * 60 + 59],
    ['GMT-00:00', 0],
    ['Etc/GMT+7', -7 * 60], // POSIX sign: Etc/GMT+7 is UTC−7
    ['Etc/GMT-14', 14 * 60],
    ['Etc/GMT-5', 5 * 60],
  ])('%s is UTC%i minutes at every instant', (id, minutes) => {
    const z = zoneFor(id);
    expect(z.id).toBe(id);
    for (const t of [U(1970, 0, 1), U(2025, 0, 15, 3), U(2025, 6, 15, 22, 45), U(2100, 11, 31)]) {
      expect(z.offsetMinutes(t)).toBe(minutes);
    }
    // Local midnight of 2025-03-01 is that many minutes before/after 00:00Z.
    expect(z.toInstant(U(2025, 2, 1))).toBe(U(2025, 2, 1) - minutes * MIN);
    expect(z.offsetMinutes(NaN)).toBeNaN();
    expect(z.toInstant(NaN)).toBeNaN();
  });

  test('2025-03-01T06:30Z is Feb 28, 23:30 in GMT-07:00 and Mar 1, 12:00 in GMT+05:30', () => {
    const t = U(2025, 2, 1, 6, 30);
    expect(t + zoneFor('GMT-07:00').offsetMinutes(t) * MIN).toBe(U(2025, 1, 28, 23, 30));
    expect(t + zoneFor('GMT+05:30').offsetMinutes(t) * MIN).toBe(U(2025, 2, 1, 12));
  });

  test.each(['GMT+24', 'GMT+5:3', 'GMT+05:60', 'GMT+12345', 'GMT+', 'GMT 07:00', 'UTC-07:00', 'Etc/GMT+13', 'Etc/GMT-15', 'Mars/Base'])(
    '%s is not a zone: a readable error that names it, never UTC',
    (id) => {
      expect(() => zoneFor(id)).toThrow(`Unknown time zone "${id}": use an IANA name such as "America/New_York" or an offset such as "GMT-07:00"`);
      expect(isKnownZone(id)).toBe(false);
    },
  );

  test('isKnownZone: regions and offsets', () => {
    for (const id of ['Europe/Paris', 'UTC', 'GMT-07:00', 'GMT+5:30', 'Etc/GMT+7']) expect(isKnownZone(id)).toBe(true);
  });
});
