/**
 * What `getDisplayValues()` shows: a cell value rendered with its number
 * format, the spreadsheet locale and time zone.
 *
 * Modelled subset (see docs of each helper):
 * - numbers without a format: up to 10 significant digits, exponent form
 *   beyond 1e15 or below 1e-9, the locale's decimal separator;
 * - number formats with `0`, `#`, `,` (grouping), `.`, `%`, quoted literals,
 *   backslash escapes and up to three `;` sections (positive;negative;zero);
 * - date formats with `yyyy`, `yy`, `m`, `mm`, `mmm`, `mmmm`, `d`, `dd`,
 *   `ddd`, `dddd`, `h`, `hh`, `m`/`mm` as minutes (after `h` or before `s`),
 *   `s`, `ss`, `AM/PM`, `A/P` (case-insensitive, English names);
 * - booleans show `TRUE`/`FALSE` in every locale; text shows as itself; `@` is text;
 * - Dates without a format show the locale's date (`M/d/yyyy` for en_US,
 *   `dd/MM/yyyy` for en_GB/fr/es/it/pt, `dd.MM.yyyy` for de, else ISO),
 *   plus ` H:mm:ss` when the time is not local midnight.
 * Not modelled: currency symbols, fractions, colours, conditions (`[>10]`),
 * scientific formats, localized boolean and month names.
 */
import { wallClock } from './dateParts';
import { CellValue, isDate } from './values';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86400000;
/** Serial day 0 of Sheets dates (1899-12-30) as a Unix day. */
const SERIAL_EPOCH_DAYS = 25569;

/** Decimal and grouping separators of a locale such as `en_US` or `de_DE`. */
function separatorsFor(locale: string): { decimal: string; group: string } {
  const language = locale.split(/[_-]/)[0].toLowerCase();
  if (['de', 'es', 'it', 'pt', 'nl', 'da', 'id', 'tr'].includes(language)) return { decimal: ',', group: '.' };
  if (['fr', 'ru', 'pl', 'cs', 'sv', 'fi', 'nb', 'uk'].includes(language)) return { decimal: ',', group: '\u00a0' };
  return { decimal: '.', group: ',' };
}

/** The Sheets date format a locale uses for a Date cell with no number format. */
function defaultDateFormat(locale: string, withTime: boolean): string {
  const language = locale.split(/[_-]/)[0].toLowerCase();
  let date = 'yyyy-mm-dd';
  if (locale === 'en_US' || locale === 'en') date = 'm/d/yyyy';
  else if (['en', 'fr', 'es', 'it', 'pt'].includes(language)) date = 'dd/mm/yyyy';
  else if (language === 'de') date = 'dd.mm.yyyy';
  return withTime ? `${date} h:mm:ss` : date;
}

type Token = { kind: 'literal'; text: string } | { kind: 'date'; text: string } | { kind: 'ampm'; text: string };

/** Splits a format at top-level `;` (not inside quotes). */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[++i] ?? '');
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** True when a format section renders dates (has y, d, h, s or m outside quotes, and no digit placeholders). */
function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ydhsm]/i.test(bare) && !/[0#?]/.test(bare);
}

/** Tokens of a date format: runs of one date letter, AM/PM markers and literals. */
function dateTokens(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ kind: 'literal', text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 2;
    } else if (/^am\/pm/i.test(section.slice(i))) {
      tokens.push({ kind: 'ampm', text: 'AM/PM' });
      i += 5;
    } else if (/^a\/p/i.test(section.slice(i))) {
      tokens.push({ kind: 'ampm', text: 'A/P' });
      i += 3;
    } else if (/[ydhsm]/i.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: 'date', text: section.slice(i, j).toLowerCase() });
      i = j;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i++;
    }
  }
  return tokens;
}

/** Local wall-clock fields of a cell value (a Date instant or a serial number). */
function localFields(value: Date | number, timeZone: string) {
  if (isDate(value)) return wallClock(value.getTime(), timeZone);
  const ms = Math.round((value - SERIAL_EPOCH_DAYS) * DAY_MS);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes: 0,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Renders a date format section. */
function formatDateSection(section: string, value: Date | number, timeZone: string): string {
  const f = localFields(value, timeZone);
  const tokens = dateTokens(section);
  const hasAmPm = tokens.some((t) => t.kind === 'ampm');
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const isMinute = (index: number) => {
    // `m` after an hour token, or before a seconds token, means minutes.
    for (let k = index - 1; k >= 0; k--) {
      if (tokens[k].kind === 'date') return tokens[k].text.startsWith('h');
    }
    for (let k = index + 1; k < tokens.length; k++) {
      if (tokens[k].kind === 'date') return tokens[k].text.startsWith('s');
    }
    return false;
  };
  return tokens
    .map((t, index) => {
      if (t.kind === 'literal') return t.text;
      if (t.kind === 'ampm') return t.text === 'AM/PM' ? (f.hour < 12 ? 'AM' : 'PM') : f.hour < 12 ? 'A' : 'P';
      const n = t.text.length;
      switch (t.text[0]) {
        case 'y':
          return n <= 2 ? pad(f.year % 100, 2) : String(f.year);
        case 'd':
          return n === 1 ? String(f.day) : n === 2 ? pad(f.day, 2) : n === 3 ? DAYS[f.weekday].slice(0, 3) : DAYS[f.weekday];
        case 'h': {
          const h = hasAmPm ? hour12 : f.hour;
          return n === 1 ? String(h) : pad(h, 2);
        }
        case 's':
          return n === 1 ? String(f.second) : pad(f.second, 2);
        default:
          if (n <= 2 && isMinute(index)) return n === 1 ? String(f.minute) : pad(f.minute, 2);
          if (n === 1) return String(f.month);
          if (n === 2) return pad(f.month, 2);
          if (n === 3) return MONTHS[f.month - 1].slice(0, 3);
          return n === 5 ? MONTHS[f.month - 1][0] : MONTHS[f.month - 1];
      }
    })
    .join('');
}

/** Renders a number format section such as `#,##0.00`, `0.0%` or `"NPS "0`. */
function formatNumberSection(section: string, value: number, locale: string): string {
  const { decimal, group } = separatorsFor(locale);
  // Split literals from the placeholder run.
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let percent = false;
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    let literal: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      literal = section[i + 1] ?? '';
      i += 2;
    } else if ('0#?,.'.includes(ch) && (pattern === '' || suffix === '')) {
      pattern += ch;
      i++;
      continue;
    } else {
      if (ch === '%') percent = true;
      literal = ch === '_' || ch === '*' ? ((i += 2), '') : ch;
      if (ch !== '_' && ch !== '*') i++;
    }
    if (pattern === '') prefix += literal;
    else suffix += literal;
  }
  let n = percent ? value * 100 : value;
  const [intPattern, fracPattern = ''] = pattern.split('.');
  // Trailing commas scale by thousands.
  const scale = /,+$/.exec(intPattern);
  if (scale) n /= 1000 ** scale[0].length;
  const maxDecimals = fracPattern.replace(/[^0#?]/g, '').length;
  const minDecimals = fracPattern.replace(/[^0]/g, '').length;
  const minInteger = intPattern.replace(/[^0]/g, '').length;
  const grouping = /[0#?],[0#?]/.test(intPattern);
  let [intText, fracText = ''] = Math.abs(n).toFixed(maxDecimals).split('.');
  while (fracText.length > minDecimals && fracText.endsWith('0')) fracText = fracText.slice(0, -1);
  if (intText === '0' && minInteger === 0) intText = '';
  intText = intText.padStart(minInteger, '0');
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = fracText ? `${intText}${decimal}${fracText}` : intText;
  return `${prefix}${body}${suffix}`;
}

/** A number shown with no format (Sheets' automatic format). */
function automaticNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const { decimal } = separatorsFor(locale);
  const abs = Math.abs(value);
  let text: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    text = `${mantissa}E${exponent.startsWith('-') ? '-' : '+'}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  } else {
    // Whole numbers show every digit (ids, counts); fractions ten significant digits (=1/3 shows 0.3333333333).
    text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  return text.replace('.', decimal);
}

/**
 * The text Sheets displays for a value.
 * @example displayText(0.253, '0.0%', 'en_US', 'UTC') // '25.3%'
 */
export function displayText(value: CellValue, format: string | undefined, locale: string, timeZone: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = format && format !== 'General' ? format : '';
  if (isDate(value)) {
    if (fmt && fmt !== '@') {
      const first = sections(fmt)[0];
      if (isDateFormat(first)) return formatDateSection(first, value, timeZone);
      const f = wallClock(value.getTime(), timeZone);
      const serial = (Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) / DAY_MS) + SERIAL_EPOCH_DAYS;
      return formatNumberSection(first, serial, locale);
    }
    const f = wallClock(value.getTime(), timeZone);
    const midnight = f.hour === 0 && f.minute === 0 && f.second === 0;
    return formatDateSection(defaultDateFormat(locale, !midnight), value, timeZone);
  }
  if (!fmt || fmt === '@') return automaticNumber(value, locale);
  const parts = sections(fmt);
  if (isDateFormat(parts[0])) return formatDateSection(parts[0], value, timeZone);
  if (value < 0 && parts.length > 1) return formatNumberSection(parts[1], -value, locale);
  if (value === 0 && parts.length > 2) return formatNumberSection(parts[2], value, locale);
  const text = formatNumberSection(parts[0], value, locale);
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
