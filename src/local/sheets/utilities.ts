/**
 * The Apps Script `Utilities` (formatDate, sleep), `Session` and `Logger`.
 *
 * formatDate models this subset of Java's SimpleDateFormat: `y`/`yy`/`yyyy`,
 * `M`/`MM`/`MMM`/`MMMM`, `d`/`dd`, `H`/`HH`, `h`/`hh`, `m`/`mm`, `s`/`ss`,
 * `S`/`SSS`, `E`/`EEE`/`EEEE`, `u`, `a`, `Z`, `X`/`XX`/`XXX`, quoted text
 * (`'T'`, `''`). Time zones: IANA names, `UTC`, `GMT`, and Java's custom ids
 * `GMT-7`, `GMT+5:30`, `GMT+0530`, `GMT-07:00` (dateParts.ts). Other letters and
 * unknown zones throw (Java would silently use GMT for an unknown zone).
 */
import { wallClock } from './dateParts';
import { notModelled, serviceError } from './errors';
import { isDate } from './values';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Offset text: `+0100` (Z), `+01` (X), `+0100` (XX), `+01:00` (XXX); X forms write `Z` for zero. */
function offsetText(minutes: number, letter: string, count: number): string {
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  if (letter === 'Z') return `${sign}${hh}${mm}`;
  if (count === 1) return `${sign}${hh}`;
  return count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

/**
 * Utilities.formatDate.
 * @example formatDate(new Date(Date.UTC(2025, 0, 31, 23)), 'Europe/Berlin', "yyyy-MM-dd'T'HH:mmXXX") // '2025-02-01T00:00+01:00'
 */
export function formatDate(date: Date, timeZone: string, format: string): string {
  if (!isDate(date) || Number.isNaN(date.getTime())) throw serviceError('Invalid argument: date');
  const f = wallClock(date.getTime(), String(timeZone));
  let out = '';
  for (let i = 0; i < format.length; ) {
    const ch = format[i];
    if (ch === "'") {
      // Quoted text; '' is a quote, inside or outside quoted text.
      if (format[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i++;
      while (i < format.length) {
        if (format[i] === "'") {
          if (format[i + 1] !== "'") break;
          out += "'";
          i += 2;
        } else out += format[i++];
      }
      i++;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (format[i + n] === ch) n++;
    i += n;
    const num = (v: number) => String(v).padStart(n, '0');
    switch (ch) {
      case 'y':
        out += n === 2 ? String(f.year % 100).padStart(2, '0') : num(f.year);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1].slice(0, 3) : num(f.month);
        break;
      case 'd':
        out += num(f.day);
        break;
      case 'H':
        out += num(f.hour);
        break;
      case 'h':
        out += num(f.hour % 12 === 0 ? 12 : f.hour % 12);
        break;
      case 'm':
        out += num(f.minute);
        break;
      case 's':
        out += num(f.second);
        break;
      case 'S':
        out += num(f.millisecond);
        break;
      case 'E':
        out += n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
        break;
      case 'u':
        out += num(f.weekday === 0 ? 7 : f.weekday);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
      case 'X':
        out += offsetText(f.offsetMinutes, ch, n);
        break;
      default:
        throw notModelled(`Utilities.formatDate pattern letter "${ch}"`);
    }
  }
  return out;
}

/** The Utilities global. */
export class UtilitiesFacade implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep'> {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(date as unknown as Date, timeZone, format);
  }

  /** A no-op: the local runtime does not wait. */
  sleep(milliseconds: number): void {
    void milliseconds;
  }
}

/** The Session global. */
export class SessionFacade implements Pick<GoogleAppsScript.Base.Session, 'getScriptTimeZone' | 'getActiveUserLocale'> {
  constructor(
    private readonly scriptTimeZone: string,
    private readonly userLocale: string,
  ) {}

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return this.userLocale;
  }
}

/** Renders Logger/console arguments as one line (`%s`, `%d` substitution as Logger.log does). */
function logLine(args: unknown[]): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : isDate(v) ? v.toString() : JSON.stringify(v) ?? String(v));
  if (typeof args[0] === 'string' && args.length > 1 && /%[sd]/.test(args[0])) {
    let k = 1;
    const line = args[0].replace(/%[sd]/g, () => (k < args.length ? text(args[k++]) : ''));
    return [line, ...args.slice(k).map(text)].join(' ');
  }
  return args.map(text).join(' ');
}

/** The Logger global: lines go to `lines`. */
export class LoggerFacade implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  constructor(
    private readonly lines: string[],
    private readonly self: () => GoogleAppsScript.Base.Logger,
  ) {}

  log(data: any, ...values: any[]): GoogleAppsScript.Base.Logger {
    this.lines.push(logLine([data, ...values]));
    return this.self();
  }

  getLog(): string {
    return this.lines.join('\n');
  }

  clear(): void {
    this.lines.length = 0;
  }
}
