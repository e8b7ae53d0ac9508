/**
 * Which strptime formats the count query should try for a date column that
 * is not ISO (`8/15/2025 5:23:54`, `15.08.2025`, `Aug 15, 2025`): the ones
 * that, on the detection sample, read every date text they can read exactly
 * as the sheet path reads it (Sheets' import for the locale, then the
 * engine's date reader), to the day. So DuckDB reads the whole file's dates
 * the way the sheet would, or leaves them unread — never read another way.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DAY_MS } from '../../nps/civil';
import { readDateColumn } from '../../nps/dateColumn';
import { localTimeExpression } from '../../nps/sql/dateReading';
import { fragmentsOf } from '../../nps/sql/dialects';
import { stringLiteral } from '../../nps/sql/identifiers';
import { zoneFor } from '../../nps/zone';
import { cellConverter } from '../import/cellConversion';
import { rowsOf } from './duckdbSource';

/** Distinct date texts the formats are tried on. */
const MAX_TRIED = 2000;

/** The formats tried, most common first (Google Forms, Excel, European, month names). */
const CANDIDATES: readonly string[] = (() => {
  const times = [' %H:%M:%S', ' %H:%M', ' %I:%M:%S %p', ' %I:%M %p', ''];
  const days = ['%m/%d/%Y', '%d/%m/%Y', '%m/%d/%y', '%d/%m/%y', '%d.%m.%Y', '%d.%m.%y', '%Y/%m/%d', '%d-%m-%Y', '%m-%d-%Y', '%Y.%m.%d'];
  const named = ['%b %d, %Y', '%B %d, %Y', '%d %b %Y', '%d %B %Y', '%d-%b-%Y', '%d-%b-%y', '%b %d %Y', '%B %d %Y', '%a, %d %b %Y', '%A, %B %d, %Y', '%A, %B %d, %Y at'];
  const out: string[] = [];
  for (const day of [...days, ...named]) for (const time of times) out.push(day + time);
  for (const time of [' %I:%M:%S %p', ' %I:%M %p']) out.push('%Y-%m-%d' + time);
  return out;
})();

/**
 * The formats to give the count query for the sample's date texts.
 *
 * @param connection the open DuckDB connection
 * @param texts the date column's trimmed texts in the sample, in row order
 * @param locale the spreadsheet locale (the sheet path's day order)
 * @param timeZone the spreadsheet zone
 * @param textIsUtc whether the sheet path reads these dates as UTC ("(UTC)" in the header)
 * @example await dateFormatsFor(connection, ['8/15/2025 5:23:54', '9/1/2025 10:00:00'], 'en_US', 'UTC', false) // ['%m/%d/%Y %H:%M:%S']
 */
export async function dateFormatsFor(connection: DuckDBConnection, texts: readonly string[], locale: string, timeZone: string, textIsUtc: boolean): Promise<string[]> {
  const expected = sheetWallClocks(texts, locale, timeZone, textIsUtc);
  const all = [...new Map(texts.map((t, i) => [t, expected[i]] as const)).entries()].filter(([t]) => t !== '');
  if (all.length === 0) return [];
  const f = fragmentsOf('duckdb');
  const local = (formats: string[]) => `epoch_ms(${localTimeExpression(f, 't', timeZone, textIsUtc, formats)})`;
  const table = (rows: (readonly [string, number])[]) => `(VALUES ${rows.map(([t], i) => `(${i}, ${stringLiteral('duckdb', t)})`).join(', ')}) AS sample(i, t)`;
  // ISO text needs no format: most exports stop here.
  const iso = await rowsOf(connection, `SELECT i, ${local([])} AS iso FROM ${table(all)} ORDER BY i`);
  if (iso.every((row) => row.iso !== null && row.iso !== undefined)) return [];
  // The date reader decided the day order on every text; the formats are tried on an even spread of them.
  const step = Math.max(1, Math.ceil(all.length / MAX_TRIED));
  const distinct = all.filter((_, i) => i % step === 0);
  const columns = CANDIDATES.map((format, i) => `${local([format])} AS f${i}`).join(', ');
  const isoColumn = `${local([])} AS iso`;
  const rows = await rowsOf(connection, `SELECT i, ${isoColumn}, ${columns} FROM ${table(distinct)} ORDER BY i`);

  const covered = new Set<number>();
  rows.forEach((row) => {
    if (row.iso !== null && row.iso !== undefined) covered.add(Number(row.i));
  });
  const chosen: string[] = [];
  CANDIDATES.forEach((format, f) => {
    let agrees = true;
    const reads: number[] = [];
    for (const row of rows) {
      const got = row[`f${f}`];
      if (got === null || got === undefined) continue;
      const i = Number(row.i);
      // The local day decides the period; a wall time in a DST gap is moved by the sheet path, not by strptime.
      if (Math.floor(Number(got) / DAY_MS) !== Math.floor(distinct[i][1] / DAY_MS)) {
        agrees = false;
        break;
      }
      if (!covered.has(i)) reads.push(i);
    }
    if (!agrees || reads.length === 0) return;
    chosen.push(format);
    reads.forEach((i) => covered.add(i));
  });
  return chosen;
}

/**
 * The wall clock in the zone (UTC-based ms) of each text as the sheet path
 * reads it (the import's conversion, then the column's date reader); NaN
 * where it reads no date.
 */
function sheetWallClocks(texts: readonly string[], locale: string, timeZone: string, textIsUtc: boolean): number[] {
  const convert = cellConverter(locale, timeZone);
  const zone = zoneFor(timeZone);
  const instants = readDateColumn(texts.map((t) => (t === '' ? '' : convert(t))), zone, { locale, textIsUtc, dateCellsAreUtc: textIsUtc });
  return Array.from(instants, (t) => (t !== t ? NaN : t + Math.round(zone.offsetMinutes(t) * 60000)));
}
