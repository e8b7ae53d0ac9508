/**
 * A date column's text as a wall clock in the spreadsheet's zone, written
 * once for both engines on top of the dialect fragments: text ending in a
 * time and an offset (`…T10:00:00-05:00`, `…10:00Z`, `… 8:10:24 PM GMT+3`,
 * `… 10:00:00 UTC`) is that instant, seen in the zone; text without one is
 * the zone's wall clock (or UTC's, for a column headed "(UTC)"), as the
 * sheet path reads them (SPEC §2, ../dateText.ts), a time the zone skips
 * (a DST night) moved forward by the gap.
 */
import type { DialectFragments } from './dialects';

/** A time of day, as it ends a date-time before its offset. */
const TIME = '[0-9]:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:\\s*[AaPp]\\.?[Mm]\\.?)?';
/** The offset at the end: `Z`, `UTC`, `GMT`, `+01:00`, `-0500`, `GMT+3`, `UTC+05:30`. */
const OFFSET = '\\s*(?:(?:GMT|UTC)?\\s*[+-][0-9]{1,2}(?::?[0-9]{2})?|[Zz]|UTC|GMT)$';
const OFFSET_SIGN = '([+-])[0-9]{1,2}(?::?[0-9]{2})?$';
const OFFSET_HOURS = '[+-]([0-9]{1,2})(?::?[0-9]{2})?$';
const OFFSET_MINUTES = '[+-][0-9]{1,2}:?([0-9]{2})$';
/** Text read as ISO: a four-digit year, a dash, a month, a dash. */
const ISO_DATE = '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}';

/**
 * The SQL expression of the wall clock in `zone` of a date written as text
 * (NULL when it cannot be read).
 *
 * @param f the dialect's fragments
 * @param text an SQL expression of the trimmed text
 * @param zone the spreadsheet's zone (IANA or `GMT-07:00`)
 * @param textIsUtc read text without an offset as UTC
 * @param formats strptime formats tried after ISO for the text before its offset
 * @example localTimeExpression(fragmentsOf('duckdb'), 'date_text', 'Europe/Paris', false, []) // 'CASE WHEN regexp_matches(date_text, …) THEN timezone(…) ELSE TRY_CAST(date_text AS TIMESTAMP) END'
 */
export function localTimeExpression(f: DialectFragments, text: string, zone: string, textIsUtc: boolean, formats: readonly string[]): string {
  const sign = f.firstGroup(text, OFFSET_SIGN);
  const hours = `COALESCE(${f.asInteger(f.firstGroup(text, OFFSET_HOURS))}, 0)`;
  const minutes = `COALESCE(${f.asInteger(f.firstGroup(text, OFFSET_MINUTES))}, 0)`;
  const offset = `(CASE WHEN ${sign} = '-' THEN -1 ELSE 1 END * (${hours} * 60 + ${minutes}))`;
  const wallClock = (t: string) => {
    const iso = `CASE WHEN ${f.matches(t, ISO_DATE)} THEN ${f.isoWallClock(t)} END`;
    return formats.length === 0 ? iso : `COALESCE(${iso}, ${f.parsedWallClock(t, formats)})`;
  };
  const withOffset = f.wallClockIn(wallClock(f.withoutMatch(text, OFFSET)), offset, zone);
  const withoutOffset = textIsUtc ? f.wallClockIn(wallClock(text), '0', zone) : f.zoneWallClock(wallClock(text), zone);
  return `CASE WHEN ${f.matches(text, TIME + OFFSET)} THEN ${withOffset} ELSE ${withoutOffset} END`;
}
