/**
 * The command line of `nps-sheets analyze FILE [options]` (SPEC §6), read by
 * hand so that every mistake gets one readable line and exit code 2.
 */
import { isKnownZone } from '../../nps/zone';
import { PERIOD_KINDS, type PeriodKind } from '../../shared/contract';
import { parseSqlArgs, SQL_USAGE, type SqlArgs } from './sqlArgs';

/** Exit code for bad usage (unknown option, bad value, missing file). */
export const EXIT_USAGE = 2;
/** Exit code when the file cannot be read or has no score column. */
export const EXIT_UNREADABLE = 3;

/** A column named on the command line: its 0-based index, and the option's value as typed (for messages). */
export interface ColumnChoice {
  index: number;
  given: string;
}

/** What the user asked for. */
export interface AnalyzeArgs {
  file: string;
  json: boolean;
  /** Show internal figures (detector confidences, service calls, time) in the readable output and the page. */
  verbose: boolean;
  /** Path of the HTML page to write, or null. */
  out: string | null;
  /** XLSX sheet name, or null for the visible sheet with a score column and the most rows. */
  sheet: string | null;
  period: PeriodKind;
  timeZone: string;
  locale: string;
  scoreColumn: ColumnChoice | null;
  dateColumn: ColumnChoice | null;
  segmentColumn: ColumnChoice | null;
  /** The comment column "What customers say" reads (SPEC §10), or null for the detected one. */
  commentColumn: ColumnChoice | null;
  /** The respondent column (e-mail or id) "People" counts by, or null for the first e-mail column. */
  respondentColumn: ColumnChoice | null;
  confidence: number;
  /** Who counts: the local spreadsheet with the built add-on (`sheet`), or DuckDB reading the file (`duckdb`). */
  engine: 'sheet' | 'duckdb';
}

/** The parse result: arguments to run, a request for help, or a usage error. */
export type ParsedArgs = { kind: 'analyze'; args: AnalyzeArgs } | { kind: 'sql'; args: SqlArgs } | { kind: 'help' } | { kind: 'error'; message: string };

/** The help text printed by `--help`. */
export const USAGE = `Usage: nps-sheets analyze FILE [options]

Runs the NPS sidebar's analysis and report on a CSV/TSV or XLSX export.

Options:
  --json                 print the analysis as JSON
  --out report.html      also write the report with its charts as one HTML page
  --sheet NAME           XLSX: the sheet to analyse (default: the visible sheet with the most 0–10 answers)
  --period KIND          day|week|week-sunday|month|quarter|year (default month)
  --tz ZONE              the spreadsheet time zone, e.g. Europe/Paris or GMT-07:00 (default UTC)
  --locale LOCALE        the spreadsheet locale, e.g. en_US, en_GB, de_DE (default en_US)
  --score-column COL     column of the 0–10 score (overrides detection): a letter (B, AA)
                         or a 0-based number (1)
  --date-column COL      column of the response date (letter or 0-based number)
  --segment-column COL   column to break the NPS down by (letter or 0-based number)
  --comment-column COL   column of the comments to read themes from (default: the detected one)
  --respondent-column COL  column of the person behind each answer, an e-mail or an id
                         (default: the first e-mail column); each person counts once
  --confidence C         confidence level strictly between 0 and 1 (default 0.95)
  --engine duckdb        count with embedded DuckDB (CSV, TSV, Parquet of any size; no themes,
                         people or charts)
  --verbose              also show detector confidences, service calls and timing
  --help                 show this help

--out never replaces the file being analysed; the page is written whole or not at all.

Exit codes: 0 success, 2 bad usage, 3 file unreadable or no score column.

${SQL_USAGE}`;

const VALUE_OPTIONS = new Set([
  '--out',
  '--sheet',
  '--period',
  '--tz',
  '--locale',
  '--score-column',
  '--date-column',
  '--segment-column',
  '--comment-column',
  '--respondent-column',
  '--confidence',
  '--engine',
]);

/**
 * Reads the arguments after `nps-sheets`. Accepts `--name value` and
 * `--name=value`; the command word `analyze` must come first.
 *
 * @param argv process.argv without node and the script
 * @example
 * parseArgs(['analyze', 'a.csv', '--period', 'week']).kind // 'analyze'
 * parseArgs(['analyze', 'a.csv', '--period', 'fortnight'])
 * // { kind: 'error', message: '--period must be one of day, week, week-sunday, month, quarter, year (got "fortnight")' }
 */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'error', message: 'missing command: nps-sheets analyze FILE [options] (see --help)' };
  if (command === 'sql') return parseSqlArgs(rest);
  if (command !== 'analyze') return { kind: 'error', message: `unknown command "${command}": use nps-sheets analyze FILE [options] or nps-sheets sql [options]` };

  const values = new Map<string, string>();
  let json = false;
  let verbose = false;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--verbose') {
      verbose = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!VALUE_OPTIONS.has(name)) return { kind: 'error', message: `unknown option ${name} (see --help)` };
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else value = rest[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) return { kind: 'error', message: `${name} needs a value` };
      values.set(name, value);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `unknown option ${arg} (see --help)` };
    files.push(arg);
  }
  if (files.length === 0) return { kind: 'error', message: 'missing FILE: nps-sheets analyze FILE [options]' };
  if (files.length > 1) return { kind: 'error', message: `one FILE only (got ${files.length}: ${files.join(', ')})` };

  const period = values.get('--period') ?? 'month';
  if (!(PERIOD_KINDS as readonly string[]).includes(period)) {
    return { kind: 'error', message: `--period must be one of ${PERIOD_KINDS.join(', ')} (got "${period}")` };
  }
  const confidenceText = values.get('--confidence') ?? '0.95';
  const confidence = Number(confidenceText);
  if (confidenceText.trim() === '' || !(confidence > 0 && confidence < 1)) {
    return { kind: 'error', message: `--confidence must be a number strictly between 0 and 1, e.g. 0.95 (got "${confidenceText}")` };
  }
  const columns: Record<string, ColumnChoice | null> = {};
  for (const name of ['--score-column', '--date-column', '--segment-column', '--comment-column', '--respondent-column']) {
    const text = values.get(name);
    if (text === undefined) {
      columns[name] = null;
      continue;
    }
    const index = columnIndexOf(text);
    if (index === null) return { kind: 'error', message: `${name} must be a column letter such as D or AA, or a 0-based column number such as 3 (got "${text}")` };
    columns[name] = { index, given: text };
  }
  const engine = values.get('--engine') ?? 'sheet';
  if (engine !== 'sheet' && engine !== 'duckdb') return { kind: 'error', message: `--engine must be sheet or duckdb (got "${engine}")` };
  const timeZone = values.get('--tz') ?? 'UTC';
  if (!isKnownZone(timeZone)) return { kind: 'error', message: `--tz: unknown time zone "${timeZone}" (${zoneAdvice(timeZone)})` };
  const locale = values.get('--locale') ?? 'en_US';
  if (!/^[a-z]{2,3}(_(?:[A-Z]{2}|\d{3}))?$/.test(locale)) return { kind: 'error', message: `--locale must look like en_US or de_DE (got "${locale}")` };
  if (!isKnownLocale(locale)) return { kind: 'error', message: `--locale: unknown language or region in "${locale}" (use a locale such as en_US, en_GB, de_DE)` };

  return {
    kind: 'analyze',
    args: {
      file: files[0],
      json,
      verbose,
      out: values.get('--out') ?? null,
      sheet: values.get('--sheet') ?? null,
      period: period as PeriodKind,
      timeZone,
      locale,
      scoreColumn: columns['--score-column'],
      dateColumn: columns['--date-column'],
      segmentColumn: columns['--segment-column'],
      commentColumn: columns['--comment-column'],
      respondentColumn: columns['--respondent-column'],
      confidence,
      engine,
    },
  };
}

/**
 * The 0-based index of a column named by its letters (as in the sheet, any
 * case) or by its 0-based number; null when the text is neither.
 *
 * @example columnIndexOf('D') // 3
 * @example columnIndexOf('aa') // 26
 * @example columnIndexOf('3') // 3
 */
export function columnIndexOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  let index = 0;
  for (const letter of text.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** True when the language (and region, if any) of `en_US`-style text is one the runtime's locale data names. */
function isKnownLocale(locale: string): boolean {
  const [language, region] = locale.split('_');
  try {
    const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return languages.of(language) !== undefined && (region === undefined || (regions.of(region) ?? 'Unknown Region') !== 'Unknown Region');
  } catch {
    return true; // no locale data in this runtime: the format check above is all we can do
  }
}

/**
 * What to write instead of an unknown zone: an offset written another way
 * (`UTC+05:30`, `+05:30`, `gmt-7`) is spelt as Sheets spells it (`GMT+05:30`).
 * @example zoneAdvice('UTC+05:30') // 'did you mean GMT+05:30? Sheets writes fixed offsets that way'
 */
function zoneAdvice(timeZone: string): string {
  const offset = /^(?:utc|gmt|z)?\s*([+-])(\d{1,2})(?::?(\d\d))?$/i.exec(timeZone.trim());
  if (offset) {
    const spelt = `GMT${offset[1]}${offset[2].padStart(2, '0')}:${offset[3] ?? '00'}`;
    if (isKnownZone(spelt)) return `did you mean ${spelt}? Sheets writes fixed offsets that way`;
  }
  return 'use an IANA name such as Europe/Paris, or a fixed offset such as GMT-07:00';
}
