/**
 * Time zones that are one fixed UTC offset, as a spreadsheet can hold them
 * (File › Settings offers `GMT-07:00` and friends; the Sheets API says the
 * zone "may be a custom time zone such as GMT-07:00"). V8's `Intl` rejects
 * these ids, so they are read here, without any time-zone data.
 */
import type { Zone } from './zone';

/** Instants a `Date` can hold; offsets outside are NaN. */
const MAX_INSTANT = 8.64e15;

/** UTC itself under its usual names (the Intl-free check, case as IANA: any). */
const UTC_NAMES = /^(?:Etc\/)?(?:UTC|GMT|UCT|Universal|Zulu|Greenwich)$/i;

/**
 * Java's custom zone ids (what Apps Script's `Utilities.formatDate` and
 * Sheets accept): `GMT` sign hours [`:`] minutes, hours 0–23 in one or two
 * digits, minutes 00–59 in two (`GMT-7`, `GMT+5:30`, `GMT+0530`, `GMT-07:00`).
 */
const JAVA_CUSTOM = /^GMT([+-])(\d{1,2})(?::(\d\d)|(\d\d))?$/;

/** The IANA `Etc/GMT±N` zones, whose sign is POSIX's: `Etc/GMT+7` is UTC−7. */
const ETC_GMT = /^Etc\/GMT([+-])(\d{1,2})$/i;

/**
 * The UTC offset of a fixed-offset zone id in minutes (local wall clock =
 * instant + offset), or null when the id is not one (a region such as
 * "America/New_York", or an unknown id).
 *
 * @param id a zone id: "UTC", "GMT", "Etc/UTC", "GMT-07:00", "GMT+5:30", "GMT+0530", "Etc/GMT+7"…
 * @example
 * fixedOffsetMinutes('GMT-07:00');  // -420
 * fixedOffsetMinutes('GMT+5:30');   // 330
 * fixedOffsetMinutes('Etc/GMT+7');  // -420 (POSIX sign)
 * fixedOffsetMinutes('UTC');        // 0
 * fixedOffsetMinutes('GMT+24');     // null (hours run 0–23)
 * fixedOffsetMinutes('Europe/Paris'); // null
 */
export function fixedOffsetMinutes(id: string): number | null {
  if (UTC_NAMES.test(id)) return 0;
  const custom = JAVA_CUSTOM.exec(id);
  if (custom) {
    const hours = Number(custom[2]);
    const minutes = Number(custom[3] ?? custom[4] ?? 0);
    if (hours > 23 || minutes > 59) return null;
    return (custom[1] === '-' ? -1 : 1) * (hours * 60 + minutes) || 0;
  }
  const etc = ETC_GMT.exec(id);
  if (etc) {
    const hours = Number(etc[2]);
    // The tz database has Etc/GMT-14 … Etc/GMT+12.
    if (etc[1] === '+' ? hours > 12 : hours > 14) return null;
    return (etc[1] === '+' ? -60 : 60) * hours || 0;
  }
  return null;
}

/**
 * A zone with one offset at every instant: UTC, `GMT-07:00`, `Etc/GMT+7`…
 * @example new FixedOffsetZone('GMT-07:00', -420).toInstant(Date.UTC(2025, 2, 1)) // Date.UTC(2025, 2, 1, 7)
 */
export class FixedOffsetZone implements Zone {
  readonly id: string;
  private readonly minutes: number;

  constructor(id: string, minutes: number) {
    this.id = id;
    this.minutes = minutes;
  }

  offsetMinutes(instantMs: number): number {
    return instantMs >= -MAX_INSTANT && instantMs <= MAX_INSTANT ? this.minutes : NaN;
  }

  toInstant(localMs: number): number {
    return localMs - this.minutes * 60000;
  }
}
