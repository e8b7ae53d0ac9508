/**
 * Wall-clock parts of an instant in a spreadsheet time zone: an IANA zone
 * (Intl, cached per zone) or a Java custom id such as `GMT-07:00`, which
 * Sheets accepts as a spreadsheet zone and Utilities.formatDate reads
 * (java.util.TimeZone: `GMT` sign hours [`:`] minutes, hours 0–23 in one or
 * two digits, minutes 00–59; `GMT+10` is ten hours, `GMT+0010` ten minutes).
 * Intl knows no such ids, so they are read here.
 */

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
      throw new Error(`Invalid time zone "${timeZone}": use an IANA name such as "Europe/Berlin", "UTC" or an offset such as "GMT-07:00".`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The offset in minutes of a Java custom zone id, or null when `timeZone` is not one.
 * @example javaCustomOffset('GMT-7') // -420
 * @example javaCustomOffset('GMT+0530') // 330
 */
function javaCustomOffset(timeZone: string): number | null {
  const m = /^GMT([+-])(\d+)(?::(\d+))?$/.exec(timeZone);
  if (!m) return null;
  let hours: number;
  let minutes: number;
  if (m[3] !== undefined) {
    // Hours : Minutes
    if (m[2].length > 2 || m[3].length !== 2) return null;
    hours = Number(m[2]);
    minutes = Number(m[3]);
  } else if (m[2].length <= 2) {
    // Hours
    hours = Number(m[2]);
    minutes = 0;
  } else {
    // Hours Minutes: the last two digits are the minutes.
    if (m[2].length > 4) return null;
    hours = Math.floor(Number(m[2]) / 100);
    minutes = Number(m[2]) % 100;
  }
  if (hours > 23 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** True when `timeZone` is an IANA zone this machine knows or a Java custom id (`GMT-07:00`). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (javaCustomOffset(timeZone) !== null) return true;
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
  const custom = javaCustomOffset(timeZone);
  if (custom !== null) return fixedWallClock(instantMs, custom);
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

/** The wall clock of an instant at a fixed offset from UTC. */
function fixedWallClock(instantMs: number, offsetMinutes: number): WallClock {
  const local = new Date(instantMs + offsetMinutes * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMinutes: offsetMinutes === 0 ? 0 : offsetMinutes,
  };
}
