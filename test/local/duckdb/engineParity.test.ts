/**
 * `analyze --engine duckdb --json` against `analyze --json` on the CSV and
 * TSV exports under test/fixtures: the same columns, overall, period and
 * segment counts, and the same figures (NPS, intervals, changes, p-values,
 * Holm, comparisons) to 1e-9. Each file runs with the zone and locale of its
 * truth file. Both engines run in this process (the sheet path over the
 * built add-on in dist/).
 *
 * All 134 exports agree; checking them all takes minutes, so the suite runs
 * one export of each kind that needed care (below), and
 * `NPS_PARITY_ALL=1 npx jest test/local/duckdb/engineParity.test.ts` runs every one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeFile } from '../../../src/local/cli/analyze';
import { parseArgs } from '../../../src/local/cli/args';
import { jsonReport, type JsonReport } from '../../../src/local/cli/jsonReport';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const DIST = join(ROOT, 'dist');

function exports(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? exports(join(dir, e.name)) : /\.(csv|tsv)$/i.test(e.name) ? [join(dir, e.name)] : []));
}

/** The parts both engines must agree on (sentences and warnings may differ in their listing of rows). */
function compared(r: JsonReport) {
  return {
    mapping: { score: r.mapping.score, date: r.mapping.date, segments: r.mapping.segments },
    overall: r.overall,
    periods: r.periods,
    segments: r.segments,
    comparisons: r.comparisons.map(({ sentence: _sentence, ...rest }) => rest),
  };
}

/** Differences between two JSON values, numbers compared to 1e-9. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 ? [] : [`${path}: ${a} vs ${b}`];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: ${a.length} vs ${b.length} items`];
    return a.flatMap((x, i) => differences(x, b[i], `${path}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return a === b ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}

async function report(file: string, options: string[]): Promise<JsonReport | string> {
  const parsed = parseArgs(['analyze', file, ...options]);
  if (parsed.kind !== 'analyze') throw new Error(`bad test arguments: ${JSON.stringify(parsed)}`);
  try {
    return jsonReport(await analyzeFile(parsed.args, DIST));
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

/** One export of each kind: multi-row headers, BOM TSV, titles above and notes under the table, quoted line breaks, ISO and GMT+3 offsets, UTC suffix, two-digit years, long and RFC 2822 dates, day-first dates late in the file, a DST gap, `sep=;`, decimal commas. */
const KINDS = [
  'google_forms_responses.csv', 'qualtrics_sample.csv', 'tsv_bom.tsv', 'quoted_newlines.csv', 'iso_offset_neg.csv', 'gforms_gmt3.csv',
  'msforms_2digit_year.csv', 'named_dates_de_locale.csv', 'nps_plus_satisfied.csv', 'pulse_dayfirst_late.csv', 'big_en_gb.csv',
  'excel_sep_de.csv', 'semicolon_de.csv', 'custom_mixed.csv', 'handkept_footer_note_csv.csv', 'bigquery_utc_suffix_csv.csv', 'legacy_qualtrics.csv',
];

const all = exports(FIXTURES);
const files = process.env.NPS_PARITY_ALL === '1' ? all : all.filter((f) => KINDS.some((k) => f.endsWith(`/${k}`)));

test('every kind is among the exports', () => {
  expect(files.length).toBeGreaterThanOrEqual(KINDS.length);
});

test.each(files.map((f) => [relative(FIXTURES, f), f]))('%s: duckdb = sheet', async (_name, file) => {
  const truthPath = file.replace(/\.(csv|tsv)$/i, '.truth.json');
  const truth = existsSync(truthPath) ? (JSON.parse(readFileSync(truthPath, 'utf8')) as { timeZone?: string; locale?: string; args?: string[] }) : {};
  const options = ['--tz', truth.timeZone ?? 'UTC', '--locale', truth.locale ?? 'en_US', ...(truth.args ?? [])];
  const sheet = await report(file, options);
  const duckdb = await report(file, [...options, '--engine', 'duckdb']);
  if (typeof sheet === 'string' || typeof duckdb === 'string') {
    expect(duckdb).toEqual(sheet);
    return;
  }
  expect(differences(compared(sheet), compared(duckdb))).toEqual([]);
}, 30_000);
