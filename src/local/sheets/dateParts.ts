/** Wall-clock parts of an instant in an IANA time zone (Intl, cached per zone). */

/** Local calendar and clock fields of an instant. Month is 1–12, weekday 0 = Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  /** Offset of the zone from UTC at that instant, in minutes (local = UTC + offset). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a readable error for an unknown zone; returns the canonical formatter. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`Invalid time zone "${timeZone}": use an IANA name such as "Europe/Berlin" or "UTC".`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this machine knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall clock of `instantMs` in `timeZone`.
 * @example wallClock(Date.UTC(2025, 0, 1, 5), 'America/New_York').hour // 0
 */
export function wallClock(instantMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  const floored = Math.floor(instantMs / 1000) * 1000;
  for (const p of formatterFor(timeZone).formatToParts(new Date(floored))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const localMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: instantMs - floored,
    weekday: new Date(localMs).getUTCDay(),
    offsetMinutes: Math.round((localMs - floored) / 60000),
  };
}
