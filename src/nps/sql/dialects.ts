/**
 * The small fragments where DuckDB and BigQuery differ, by name: text of any
 * column, trimming, regular expressions (both engines use RE2), text to
 * number, a date's wall clock in the spreadsheet's zone, period starts and
 * how a date prints. The count query (countQuery.ts) is written once on top
 * of them.
 *
 * Semantics relied on, from the engines' documentation:
 * - DuckDB: `TRY_CAST(text AS TIMESTAMP)` reads ISO text as a wall clock
 *   (NULL when it is not one; it also takes `4/7/25` as the year 4, so the
 *   count query casts only text that starts like an ISO date); `try_strptime` takes a list of formats;
 *   `timezone('UTC', wall)` is the instant of a UTC wall clock and
 *   `timezone(zone, instant)` its wall clock in an IANA zone (ICU), which
 *   knows no fixed offsets, so `GMT-07:00` is added as minutes; a local
 *   time in a DST gap goes through `timezone(zone, wall)` moved forward by
 *   the gap, as the sheet path moves it;
 *   `date_trunc('week', …)` is the ISO week (Monday); `dayofweek` is 0 on
 *   Sunday.
 * - BigQuery: `SAFE_CAST(text AS DATETIME)` reads the canonical form
 *   (`YYYY-MM-DD[( |T)HH:MM:SS[.F]]`), `SAFE.PARSE_DATETIME(format, text)`
 *   the others; `TIMESTAMP(wall, 'UTC')` and `DATETIME(instant, zone)`
 *   convert; zones are IANA names or offsets written `+05:30`;
 *   `DATE_TRUNC(date, ISOWEEK | WEEK(SUNDAY) | MONTH | QUARTER | YEAR)`;
 *   `SAFE_CAST` and `SAFE.` give NULL instead of an error.
 *
 * Offsets in the text (`Z`, `+01:00`, `GMT+3`, ` UTC`) are read by the
 * count query itself with the same patterns in both engines (dateReading.ts).
 */
import type { PeriodKind } from '../../shared/contract';
import { fixedOffsetMinutes } from '../fixedOffset';
import { stringLiteral, type SqlDialect } from './identifiers';

/** White space JavaScript's `trim` removes: ASCII spaces, vertical tab, Unicode separators, BOM. */
const SPACE = '[\\s\\x0B\\pZ\\x{FEFF}]';

/** The fragments of one dialect; every argument is an SQL expression built by the count query. */
export interface DialectFragments {
  /** Any column as text (NULL stays NULL). */
  asText(expr: string): string;
  /** Text without leading and trailing white space, Unicode spaces included (as JavaScript's `trim`). */
  trimmed(expr: string): string;
  /** True when the RE2 pattern (a constant of ours) matches somewhere in the text. */
  matches(expr: string, pattern: string): string;
  /** The first capturing group of the RE2 pattern in the text, NULL when it does not match. */
  firstGroup(expr: string, pattern: string): string;
  /** The text with the match of the RE2 pattern (anchored by the caller) removed. */
  withoutMatch(expr: string, pattern: string): string;
  /** The text with every match of the RE2 pattern removed. */
  withoutAll(expr: string, pattern: string): string;
  /** The text with the (first) match of the RE2 pattern replaced by `replacement`, where `\1`…`\9` are its groups. */
  rewritten(expr: string, pattern: string, replacement: string): string;
  /** A whole number (floating point, or digits as text) as an integer. */
  asInteger(expr: string): string;
  /** Text to a floating-point number, NULL when it is not one. */
  textToNumber(expr: string): string;
  /** Text of a whole number (`+5`, `-12`) to an integer, NULL when it is not one or overflows. */
  textToInteger(expr: string): string;
  /** A wall clock written as ISO text without an offset (`2025-01-05 10:00:00`, `2025-01-05T10:00`, `2025-01-05`), NULL when it is not one. */
  isoWallClock(textExpr: string): string;
  /** A wall clock read with the first strptime format that fits (`%m/%d/%Y %H:%M:%S`), NULL when none does. */
  parsedWallClock(textExpr: string, formats: readonly string[]): string;
  /** The wall clock in `zone` of the instant that is `wallExpr` at UTC offset `offsetMinutesExpr`. */
  wallClockIn(wallExpr: string, offsetMinutesExpr: string, zone: string): string;
  /** A wall clock of `zone` as the zone shows it: one that a DST change (or a skipped day) leaves out is moved forward by the gap, as Sheets and JavaScript move it. */
  zoneWallClock(wallExpr: string, zone: string): string;
  /** The local first day (a DATE) of the period holding a wall clock. */
  periodStart(localExpr: string, period: PeriodKind): string;
  /** A DATE as `YYYY-MM-DD`. */
  dateText(dateExpr: string): string;
  /** A wall clock as `YYYY-MM-DD HH:MM:SS.ffffff`. */
  localTimeText(localExpr: string): string;
}

/**
 * The fragments of a dialect.
 *
 * @example fragmentsOf('duckdb').periodStart('t', 'week') // "CAST(date_trunc('week', t) AS DATE)"
 * @example fragmentsOf('bigquery').periodStart('t', 'week-sunday') // 'DATE_TRUNC(DATE(t), WEEK(SUNDAY))'
 */
export function fragmentsOf(dialect: SqlDialect): DialectFragments {
  return dialect === 'duckdb' ? DUCKDB : BIGQUERY;
}

const DUCKDB: DialectFragments = {
  asText: (e) => `CAST(${e} AS VARCHAR)`,
  trimmed: (e) => `regexp_replace(${e}, ${regex('duckdb', `^${SPACE}+|${SPACE}+$`)}, '', 'g')`,
  matches: (e, p) => `regexp_matches(${e}, ${regex('duckdb', p)})`,
  firstGroup: (e, p) => `NULLIF(regexp_extract(${e}, ${regex('duckdb', p)}, 1), '')`,
  withoutMatch: (e, p) => `regexp_replace(${e}, ${regex('duckdb', p)}, '')`,
  withoutAll: (e, p) => `regexp_replace(${e}, ${regex('duckdb', p)}, '', 'g')`,
  rewritten: (e, p, r) => `regexp_replace(${e}, ${regex('duckdb', p)}, ${regex('duckdb', r)})`,
  asInteger: (e) => `CAST(${e} AS BIGINT)`,
  textToNumber: (e) => `TRY_CAST(${e} AS DOUBLE)`,
  textToInteger: (e) => `TRY_CAST(${e} AS BIGINT)`,
  isoWallClock: (e) => `TRY_CAST(${e} AS TIMESTAMP)`,
  parsedWallClock: (e, formats) => `try_strptime(${e}, [${formats.map((f) => stringLiteral('duckdb', f)).join(', ')}])`,
  wallClockIn: (wall, offset, zone) => {
    const zoneMinutes = fixedOffsetMinutes(zone);
    if (zoneMinutes !== null) return `(${wall} + INTERVAL (${zoneMinutes} - (${offset})) MINUTE)`;
    return `timezone(${stringLiteral('duckdb', zone)}, timezone('UTC', ${wall} - INTERVAL (${offset}) MINUTE))`;
  },
  // ICU resolves a local time in a gap forward by the gap (02:30 on a spring-forward night is 03:30), as the sheet path does.
  zoneWallClock: (wall, zone) => (fixedOffsetMinutes(zone) !== null ? wall : `timezone(${stringLiteral('duckdb', zone)}, timezone(${stringLiteral('duckdb', zone)}, ${wall}))`),
  periodStart: (e, period) => {
    switch (period) {
      case 'day':
        return `CAST(${e} AS DATE)`;
      case 'week':
        return `CAST(date_trunc('week', ${e}) AS DATE)`;
      case 'week-sunday':
        return `(CAST(${e} AS DATE) - CAST(dayofweek(${e}) AS INTEGER))`;
      default:
        return `CAST(date_trunc('${truncUnit(period)}', ${e}) AS DATE)`;
    }
  },
  dateText: (e) => `CAST(${e} AS VARCHAR)`,
  localTimeText: (e) => `strftime(${e}, '%Y-%m-%d %H:%M:%S.%f')`,
};

const BIGQUERY: DialectFragments = {
  asText: (e) => `CAST(${e} AS STRING)`,
  trimmed: (e) => `REGEXP_REPLACE(${e}, ${regex('bigquery', `^${SPACE}+|${SPACE}+$`)}, '')`,
  matches: (e, p) => `REGEXP_CONTAINS(${e}, ${regex('bigquery', p)})`,
  firstGroup: (e, p) => `REGEXP_EXTRACT(${e}, ${regex('bigquery', p)})`,
  withoutMatch: (e, p) => `REGEXP_REPLACE(${e}, ${regex('bigquery', p)}, '')`,
  withoutAll: (e, p) => `REGEXP_REPLACE(${e}, ${regex('bigquery', p)}, '')`,
  rewritten: (e, p, r) => `REGEXP_REPLACE(${e}, ${regex('bigquery', p)}, ${regex('bigquery', r)})`,
  asInteger: (e) => `CAST(${e} AS INT64)`,
  textToNumber: (e) => `SAFE_CAST(${e} AS FLOAT64)`,
  textToInteger: (e) => `SAFE_CAST(${e} AS INT64)`,
  isoWallClock: (e) => `SAFE_CAST(${e} AS DATETIME)`,
  parsedWallClock: (e, formats) => {
    const parsed = formats.map((f) => `SAFE.PARSE_DATETIME(${stringLiteral('bigquery', f)}, ${e})`);
    return parsed.length === 1 ? parsed[0] : `COALESCE(${parsed.join(', ')})`;
  },
  wallClockIn: (wall, offset, zone) =>
    `DATETIME(TIMESTAMP_SUB(TIMESTAMP(${wall}, 'UTC'), INTERVAL (${offset}) MINUTE), ${stringLiteral('bigquery', bigQueryZone(zone))})`,
  // BigQuery's documentation does not say how TIMESTAMP(datetime, zone) resolves a time in a gap: the wall clock is kept as written.
  zoneWallClock: (wall) => wall,
  periodStart: (e, period) => {
    const part = { day: 'DAY', week: 'ISOWEEK', 'week-sunday': 'WEEK(SUNDAY)', month: 'MONTH', quarter: 'QUARTER', year: 'YEAR' }[period];
    if (!part) throw new Error(`Unknown period "${period}": use day, week, week-sunday, month, quarter or year`);
    return `DATE_TRUNC(DATE(${e}), ${part})`;
  },
  dateText: (e) => `FORMAT_DATE('%Y-%m-%d', ${e})`,
  localTimeText: (e) => `FORMAT_DATETIME('%Y-%m-%d %H:%M:%E6S', ${e})`,
};

/** date_trunc's unit for month, quarter and year. */
function truncUnit(period: PeriodKind): string {
  if (period === 'month' || period === 'quarter' || period === 'year') return period;
  throw new Error(`Unknown period "${period}": use day, week, week-sunday, month, quarter or year`);
}

/** A regular expression (or a replacement with `\1`) of ours as a literal: BigQuery reads it raw (r'…'), DuckDB's strings keep backslashes. */
function regex(dialect: SqlDialect, pattern: string): string {
  if (pattern.includes("'")) throw new Error('internal: a pattern with a quote');
  return dialect === 'bigquery' ? `r'${pattern}'` : `'${pattern}'`;
}

/**
 * A zone as BigQuery takes it: IANA names as they are, fixed offsets
 * (`GMT-07:00`, `UTC`) as `-07:00`.
 *
 * @example bigQueryZone('GMT+5:30') // '+05:30'
 */
function bigQueryZone(zone: string): string {
  const minutes = fixedOffsetMinutes(zone);
  if (minutes === null) return zone;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
