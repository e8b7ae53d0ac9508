/**
 * Time zones without the process's zone: a {@link Zone} answers the UTC
 * offset of any instant and turns a wall-clock time back into an instant,
 * for one zone (the spreadsheet's): an IANA region, or a fixed offset such as
 * `GMT-07:00` (see fixedOffset.ts), which needs no time-zone data at all.
 *
 * Offsets come from `Intl.DateTimeFormat` (or an `offsetFallback` the Apps
 * Script layer builds on `Utilities.formatDate`), but never once per row:
 * a zone keeps the intervals of constant offset it has discovered (from one
 * transition to the next) and answers from them; the last interval used is
 * checked first, which makes sorted date columns O(1) per date.
 */
import { DAY_MS, daysFromCivil } from './civil';
import { FixedOffsetZone, fixedOffsetMinutes } from './fixedOffset';

/** One time zone: offsets of instants and instants of wall-clock times. */
export interface Zone {
  /** The id as given: an IANA name such as "America/New_York", or a fixed offset such as "GMT-07:00". */
  readonly id: string;
  /** UTC offset at an instant, in minutes: local wall clock = instant + offset. NaN for NaN (and outside the Date range). */
  offsetMinutes(instantMs: number): number;
  /**
   * Wall clock (written as a UTC-based ms count, e.g. `Date.UTC(2025, 2, 9, 2, 30)`)
   * → instant. A wall time that occurs twice (DST fall-back) gives the earlier
   * instant; a skipped wall time (spring-forward gap) gives the first instant
   * after the gap.
   */
  toInstant(localMs: number): number;
}

/** `offsetFallback(instantMs)` → UTC offset in minutes, for runtimes without Intl time zones. */
export type OffsetFallback = (instantMs: number) => number;

const HOUR_MS = 3600000;
/** Instants a `Date` can hold; offsets outside are NaN. */
const MAX_INSTANT = 8.64e15;
/** Step of the search for transitions; two transitions closer than this that return to the same offset would be missed (none in the tz database since 1970). */
const PROBE_STEP_MS = 7 * DAY_MS;
/** How far one search extends an interval in each direction (about a year). */
const MAX_PROBES = 53;

const zones = new Map<string, Zone>();
let intlSupportsZones: boolean | undefined;

/**
 * The {@link Zone} of a time zone id, cached per id.
 *
 * @param timeZone an IANA name ("America/New_York", "Europe/Paris", "Etc/GMT+7")
 *   or a fixed offset as Sheets and Java write it ("UTC", "GMT", "GMT-07:00", "GMT+5:30")
 * @param offsetFallback used only when this runtime's `Intl` has no time-zone
 *   support: the UTC offset in minutes at an instant (Apps Script can build it
 *   on `Utilities.formatDate(d, tz, 'Z')`).
 * @throws Error `Unknown time zone "X": use an IANA name such as "America/New_York" or an offset such as "GMT-07:00"`
 * @example
 * const ny = zoneFor('America/New_York');
 * ny.offsetMinutes(Date.UTC(2025, 0, 15)); // -300
 * ny.offsetMinutes(Date.UTC(2025, 6, 15)); // -240
 * ny.toInstant(Date.UTC(2025, 0, 15));     // Date.UTC(2025, 0, 15, 5)
 * zoneFor('GMT-07:00').offsetMinutes(Date.UTC(2025, 6, 15)); // -420
 */
export function zoneFor(timeZone: string, offsetFallback?: OffsetFallback): Zone {
  const id = String(timeZone == null ? '' : timeZone).trim();
  const cached = zones.get(id);
  if (cached) return cached;
  const fixed = fixedOffsetMinutes(id);
  const zone = fixed !== null ? new FixedOffsetZone(id, fixed) : new CachedZone(id, offsetProbeFor(id, offsetFallback));
  zones.set(id, zone);
  return zone;
}

/**
 * True when {@link zoneFor} can use this id (an IANA name this runtime knows, or a fixed offset).
 * @example isKnownZone('GMT+05:30') // true
 * @example isKnownZone('Mars/Base') // false
 */
export function isKnownZone(timeZone: string): boolean {
  try {
    zoneFor(timeZone);
    return true;
  } catch (e) {
    return false;
  }
}

function unknownZone(id: string): Error {
  return new Error(`Unknown time zone "${id}": use an IANA name such as "America/New_York" or an offset such as "GMT-07:00"`);
}

/** A function giving the exact offset (ms) at an instant, for one zone. */
type OffsetProbe = (instantMs: number) => number;

function offsetProbeFor(id: string, offsetFallback?: OffsetFallback): OffsetProbe {
  if (id === '') throw unknownZone(id);
  if (hasIntlZones()) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: id,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (e) {
      throw unknownZone(id);
    }
    return (t) => intlOffset(format, clampInstant(t));
  }
  if (offsetFallback) {
    return (t) => Math.round(offsetFallback(clampInstant(t)) * 60000);
  }
  throw new Error(`Time zone "${id}" cannot be used here: this runtime has no time-zone data`);
}

function hasIntlZones(): boolean {
  if (intlSupportsZones === undefined) {
    try {
      intlSupportsZones =
        typeof Intl === 'object' &&
        new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York' }).resolvedOptions().timeZone !== undefined;
    } catch (e) {
      intlSupportsZones = false;
    }
  }
  return intlSupportsZones;
}

/** 0001-01-02 00:00Z: before it, the formatted year would need an era; zones keep their oldest (LMT) offset there. */
const FIRST_PROBED_INSTANT = -62135510400000;

/** The searches may step past the ends of the range: probe the ends instead. */
function clampInstant(t: number): number {
  return t < FIRST_PROBED_INSTANT ? FIRST_PROBED_INSTANT : t > MAX_INSTANT ? MAX_INSTANT : t;
}

/** Offset in ms at an instant, from the wall clock Intl shows for its whole second. */
function intlOffset(format: Intl.DateTimeFormat, instantMs: number): number {
  const second = Math.floor(instantMs / 1000) * 1000;
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  for (const part of format.formatToParts(second)) {
    switch (part.type) {
      case 'year': y = +part.value; break;
      case 'month': mo = +part.value; break;
      case 'day': d = +part.value; break;
      case 'hour': h = +part.value % 24; break;
      case 'minute': mi = +part.value; break;
      case 'second': s = +part.value; break;
    }
  }
  return daysFromCivil(y, mo, d) * DAY_MS + h * HOUR_MS + mi * 60000 + s * 1000 - second;
}

/**
 * A zone that remembers every interval of constant offset it has found, as
 * sorted parallel arrays `[from, to)` → offset, plus the last one used.
 */
class CachedZone implements Zone {
  readonly id: string;
  private readonly probe: OffsetProbe;
  // Empty until the first lookup.
  private lastFrom = -Infinity;
  private lastTo = -Infinity;
  private lastOffsetMinutes = 0;
  private froms: number[] = [];
  private tos: number[] = [];
  private offsets: number[] = [];

  constructor(id: string, probe: OffsetProbe) {
    this.id = id;
    this.probe = probe;
  }

  offsetMinutes(instantMs: number): number {
    if (instantMs >= this.lastFrom && instantMs < this.lastTo) return this.lastOffsetMinutes;
    return this.lookup(instantMs) / 60000;
  }

  toInstant(localMs: number): number {
    if (localMs !== localMs) return NaN;
    // |offset| ≤ 14 h, so the instant lies within a day of localMs; the
    // offsets a day either side are the two candidates.
    const early = this.lookup(localMs - DAY_MS);
    const late = this.lookup(localMs + DAY_MS);
    const byEarly = localMs - early;
    if (early === late) return byEarly;
    const earlyFits = this.lookup(byEarly) === early;
    const byLate = localMs - late;
    const lateFits = this.lookup(byLate) === late;
    if (earlyFits && lateFits) return Math.min(byEarly, byLate);
    if (earlyFits) return byEarly;
    if (lateFits) return byLate;
    // In a gap: the instant the clock jumped, whose wall time ends the gap.
    return narrow(this.probe, late, byEarly, byLate, true);
  }

  /** Offset in ms at an instant; leaves its interval as the last one used. */
  private lookup(t: number): number {
    if (!(t >= -MAX_INSTANT && t <= MAX_INSTANT)) return NaN;
    if (t >= this.lastFrom && t < this.lastTo) return this.lastOffsetMinutes * 60000;
    const froms = this.froms;
    // The last interval starting at or before t.
    let lo = 0, hi = froms.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (froms[mid] <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (found >= 0 && t < this.tos[found]) return this.use(found);
    return this.use(this.discover(t, found));
  }

  private use(i: number): number {
    this.lastFrom = this.froms[i];
    this.lastTo = this.tos[i];
    this.lastOffsetMinutes = this.offsets[i] / 60000;
    return this.offsets[i];
  }

  /**
   * Finds the interval of constant offset around t (bounded by the known
   * neighbours, and by about a year each way), stores it, returns its index.
   * `before` is the index of the known interval before t, or −1.
   */
  private discover(t: number, before: number): number {
    const probe = this.probe;
    const offset = probe(t);
    const floor = before >= 0 ? this.tos[before] : -Infinity;
    const ceiling = before + 1 < this.froms.length ? this.froms[before + 1] : Infinity;
    let from = edge(probe, offset, t, -PROBE_STEP_MS, floor);
    let to = edge(probe, offset, t, PROBE_STEP_MS, ceiling);
    let index = before + 1;
    // Merge with neighbours of the same offset (a year's search may stop mid-interval).
    if (before >= 0 && from === floor && this.offsets[before] === offset) {
      from = this.froms[before];
      this.remove(before);
      index = before;
    }
    if (index < this.froms.length && to === this.froms[index] && this.offsets[index] === offset) {
      to = this.tos[index];
      this.remove(index);
    }
    this.froms.splice(index, 0, from);
    this.tos.splice(index, 0, to);
    this.offsets.splice(index, 0, offset);
    return index;
  }

  private remove(i: number): void {
    this.froms.splice(i, 1);
    this.tos.splice(i, 1);
    this.offsets.splice(i, 1);
  }
}

/**
 * Walks from t (whose offset is `offset`) by `step` until the offset changes
 * or `limit` is reached, then narrows the change down to the second.
 * Returns the boundary: the first instant of the interval (step < 0) or the
 * first instant after it (step > 0).
 */
function edge(probe: (t: number) => number, offset: number, t: number, step: number, limit: number): number {
  const backward = step < 0;
  // The first (backward) or last (forward) millisecond known to have `offset`.
  let inside = Math.floor(t / 1000) * 1000 + (backward ? 0 : 999);
  // The last millisecond before the known neighbour: the farthest one to look at.
  const farthest = backward ? limit : limit - 1;
  for (let i = 0; i < MAX_PROBES; i++) {
    let next = inside + step;
    const atLimit = backward ? next <= farthest : next >= farthest;
    if (atLimit) next = farthest;
    if (probe(next) !== offset) return narrow(probe, offset, inside, next, backward);
    if (atLimit) return limit;
    inside = next;
  }
  return backward ? inside : inside + 1;
}

/** Binary search, to the whole second, of the boundary between `inside` (offset) and `outside`. */
function narrow(probe: (t: number) => number, offset: number, inside: number, outside: number, backward: boolean): number {
  // Work on whole seconds: offsets only change on second boundaries.
  let a = Math.floor(inside / 1000);
  let b = Math.floor(outside / 1000);
  while (Math.abs(b - a) > 1) {
    const mid = Math.floor((a + b) / 2);
    if (probe(mid * 1000) === offset) a = mid; else b = mid;
  }
  return backward ? a * 1000 : b * 1000;
}
