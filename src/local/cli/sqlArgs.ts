/**
 * The command line of `nps-sheets sql` (SPEC §12): which count query to
 * print. Column names are taken as they are in the table (any characters:
 * they are always written as quoted identifiers).
 */
import { PERIOD_KINDS, type PeriodKind } from '../../shared/contract';
import { SQL_DIALECTS, type SqlDialect } from '../../nps/sql/identifiers';
import type { CountQuerySpec } from '../../nps/sql/countQuery';
import { isKnownZone } from '../../nps/zone';

/** What `nps-sheets sql` was asked for: the count query's table, columns, zone and period, and the date formats. */
export interface SqlArgs extends Pick<CountQuerySpec, 'dialect' | 'table' | 'scoreColumn' | 'dateColumn' | 'segmentColumn' | 'timeZone' | 'period'> {
  /** strptime formats for dates that are not ISO, in the order given. */
  dateFormats: string[];
}

/** The help text of `nps-sheets sql`. */
export const SQL_USAGE = `Usage: nps-sheets sql --dialect bigquery|duckdb --table T --score-column NAME [options]

Prints the count query: answers per (period, segment, score) for the engine
to run; the report's figures are made from its few rows.

Options:
  --dialect D            bigquery or duckdb
  --table T              BigQuery: project.dataset.table; DuckDB: a table, view or file
  --score-column NAME    the column of the 0–10 answers (also --score)
  --date-column NAME     the column of the response dates (also --date)
  --segment-column NAME  the column to break the NPS down by (also --segment)
  --tz ZONE              the spreadsheet time zone (default UTC)
  --period KIND          day|week|week-sunday|month|quarter|year (default month)
  --date-format FMT      a strptime format for dates that are not ISO, e.g. %m/%d/%Y %H:%M:%S
                         (repeat it to try several)`;

const ALIASES: Record<string, string> = { '--score': '--score-column', '--date': '--date-column', '--segment': '--segment-column' };
const OPTIONS = new Set(['--dialect', '--table', '--score-column', '--date-column', '--segment-column', '--tz', '--period', '--date-format']);

/**
 * Reads the arguments after `nps-sheets sql`.
 *
 * @example parseSqlArgs(['--dialect', 'duckdb', '--table', 't', '--score', 'Score']).kind // 'sql'
 * @example parseSqlArgs(['--dialect', 'mysql']) // { kind: 'error', message: '--dialect must be bigquery or duckdb (got "mysql")' }
 */
export function parseSqlArgs(argv: string[]): { kind: 'sql'; args: SqlArgs } | { kind: 'error'; message: string } {
  const values = new Map<string, string>();
  const dateFormats: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) return { kind: 'error', message: `unexpected "${arg}": nps-sheets sql takes options only (see --help)` };
    const eq = arg.indexOf('=');
    const given = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = ALIASES[given] ?? given;
    if (!OPTIONS.has(name)) return { kind: 'error', message: `unknown option ${given} for nps-sheets sql (see --help)` };
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) return { kind: 'error', message: `${given} needs a value` };
    if (name === '--date-format') dateFormats.push(value);
    else values.set(name, value);
  }
  const dialect = values.get('--dialect');
  if (dialect === undefined) return { kind: 'error', message: 'missing --dialect bigquery|duckdb' };
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) return { kind: 'error', message: `--dialect must be ${SQL_DIALECTS.join(' or ')} (got "${dialect}")` };
  const table = values.get('--table');
  if (table === undefined || table.trim() === '') return { kind: 'error', message: 'missing --table T (the table, view or file holding the responses)' };
  const scoreColumn = values.get('--score-column');
  if (scoreColumn === undefined || scoreColumn === '') return { kind: 'error', message: 'missing --score-column NAME (the column of the 0–10 answers)' };
  const period = values.get('--period') ?? 'month';
  if (!(PERIOD_KINDS as readonly string[]).includes(period)) return { kind: 'error', message: `--period must be one of ${PERIOD_KINDS.join(', ')} (got "${period}")` };
  const timeZone = values.get('--tz') ?? 'UTC';
  if (!isKnownZone(timeZone)) return { kind: 'error', message: `--tz: unknown time zone "${timeZone}" (use an IANA name such as Europe/Paris, or a fixed offset such as GMT-07:00)` };
  for (const name of ['--date-column', '--segment-column']) {
    if (values.get(name) === '') return { kind: 'error', message: `${name} needs a column name` };
  }
  return {
    kind: 'sql',
    args: {
      dialect: dialect as SqlDialect,
      table,
      scoreColumn,
      dateColumn: values.get('--date-column') ?? null,
      segmentColumn: values.get('--segment-column') ?? null,
      timeZone,
      period: period as PeriodKind,
      dateFormats,
    },
  };
}
