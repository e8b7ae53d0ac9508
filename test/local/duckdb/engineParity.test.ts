/**
 * `analyze --engine duckdb --json` against `analyze --json` on the CSV and
 * TSV exports under test/fixtures: the same columns, overall, period and
 * segment counts, and the same figures (NPS, intervals, changes, p-values,
 * Holm, comparisons) to 1e-9. Each file runs with the zone and locale of its
 * truth file. Both engines run in this process (the sheet path over the
 * built add-on in dist/).
 *
 * Also the scale (a column coded 1–11 read one less, 1–10 and 1–5 warned
 * about), the alternative scores and the JSON's keys in the same order. Checking every export
 * takes minutes, so the suite runs one export of each kind that needed care
 * (below) and three files written here with their counts known by
 * construction (a column coded 1–11, segments spelled in several cases with
 * NA, N/A and -, a 1–10 scale); `NPS_PARITY_ALL=1 npx jest
 * test/local/duckdb/engineParity.test.ts` runs every export.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { analyzeFile } from '../../../src/local/cli/analyze';
import { DUCKDB_LIMITS } from '../../../src/local/duckdb/duckdbAnalyze';
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
    keys: Object.keys(r),
    mapping: { score: r.mapping.score, date: r.mapping.date, segments: r.mapping.segments },
    alternativeScores: r.alternativeScores,
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

/** The JSON document and the scale's warnings of one run, or the refusal. */
async function report(file: string, options: string[]): Promise<{ json: JsonReport; scaleWarnings: string[] } | string> {
  const parsed = parseArgs(['analyze', file, ...options]);
  if (parsed.kind !== 'analyze') throw new Error(`bad test arguments: ${JSON.stringify(parsed)}`);
  try {
    const outcome = await analyzeFile(parsed.args, DIST);
    return { json: jsonReport(outcome), scaleWarnings: outcome.analysis.scaleWarnings };
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

/** Both engines on one file: the DuckDB one's JSON after checking it against the sheet's. */
async function bothAgree(file: string, options: string[]): Promise<JsonReport | string> {
  const sheet = await report(file, options);
  const duckdb = await report(file, [...options, '--engine', 'duckdb']);
  if (typeof sheet === 'string' || typeof duckdb === 'string') {
    expect(duckdb).toEqual(sheet);
    return typeof duckdb === 'string' ? duckdb : duckdb.json;
  }
  expect(differences(compared(sheet.json), compared(duckdb.json))).toEqual([]);
  // The same scale warnings, first among the warnings; what DuckDB leaves out is said, and nothing of it is there.
  expect(duckdb.scaleWarnings).toEqual(sheet.scaleWarnings);
  expect(duckdb.json.warnings.slice(0, sheet.scaleWarnings.length)).toEqual(sheet.scaleWarnings);
  expect(duckdb.json.warnings).toContain(DUCKDB_LIMITS);
  expect([duckdb.json.themes, duckdb.json.people, duckdb.json.drivers]).toEqual([null, null, []]);
  return duckdb.json;
}

/** One export of each kind: multi-row headers, BOM TSV, titles above and notes under the table, quoted line breaks, ISO and GMT+3 offsets, UTC suffix, two-digit years, long and RFC 2822 dates, day-first dates late in the file, a DST gap, `sep=;`, decimal commas. */
const KINDS = [
  'google_forms_responses.csv', 'qualtrics_sample.csv', 'tsv_bom.tsv', 'quoted_newlines.csv', 'iso_offset_neg.csv', 'gforms_gmt3.csv',
  'msforms_2digit_year.csv', 'named_dates_de_locale.csv', 'nps_plus_satisfied.csv', 'pulse_dayfirst_late.csv', 'big_en_gb.csv',
  'excel_sep_de.csv', 'semicolon_de.csv', 'custom_mixed.csv', 'handkept_footer_note_csv.csv', 'bigquery_utc_suffix_csv.csv', 'legacy_qualtrics.csv',
  // Scales (SPEC 10b): coded 1–11 under three header rows, 1–10, a 1–5 rating forced as the score.
  'qualtrics_1_11_small.csv', 'forms_1_to_10.csv', 'forced_rating_1_5.csv',
];

const all = exports(FIXTURES);
const files = process.env.NPS_PARITY_ALL === '1' ? all : all.filter((f) => KINDS.some((k) => f.endsWith(`/${k}`)));

test('every kind is among the exports', () => {
  expect(files.length).toBeGreaterThanOrEqual(KINDS.length);
});

test.each(files.map((f) => [relative(FIXTURES, f), f]))('%s: duckdb = sheet', async (_name, file) => {
  const truthPath = file.replace(/\.(csv|tsv)$/i, '.truth.json');
  const truth = existsSync(truthPath) ? (JSON.parse(readFileSync(truthPath, 'utf8')) as { timeZone?: string; locale?: string; args?: string[] }) : {};
  await bothAgree(file, ['--tz', truth.timeZone ?? 'UTC', '--locale', truth.locale ?? 'en_US', ...(truth.args ?? [])]);
}, 30_000);

describe('files written here, counts known by construction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nps-parity-'));
  const write = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    return file;
  };
  /** Promoters, passives and detractors of 0–10 answers. */
  const groups = (answers: number[]) => [answers.filter((a) => a >= 9).length, answers.filter((a) => a === 7 || a === 8).length, answers.filter((a) => a <= 6).length];
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i, 10)).toISOString().slice(0, 19).replace('T', ' ');

  test('a score column coded 1–11 (no 0): each answer read one less, the same scale and warning', async () => {
    // 130 rows: the 0–10 answer (i·7) mod 11 coded one more, end points labelled; every 13th blank, every 17th Qualtrics' -99 (ignored).
    const answers: number[] = [];
    let ignored = 0;
    const lines = ['Recorded Date,"Q1 - How likely are you to recommend us to a friend?",Plan'];
    for (let i = 0; i < 130; i++) {
      const answer = (i * 7) % 11;
      let cell = String(answer + 1);
      if (i % 13 === 12) cell = '';
      else if (i % 17 === 16) (cell = '-99'), ignored++;
      else {
        answers.push(answer);
        if (answer === 10 && i % 2 === 0) cell = '11 - Extremely likely';
        if (answer === 0 && i % 2 === 0) cell = '1 - Not at all likely';
      }
      lines.push(`${day(i)},${cell},${['Pro', 'Basic'][i % 2]}`);
    }
    const json = await bothAgree(write('coded_1_11.csv', lines), ['--tz', 'UTC']);
    if (typeof json === 'string') throw new Error(json);
    const [promoters, passives, detractors] = groups(answers);
    expect(json.overall).toMatchObject({ scale: '1-11 recoded', responses: answers.length, promoters, passives, detractors, ignored });
    expect(json.warnings[0]).toMatch(/is coded 1–11 with no 0/);
  }, 30_000);

  test('segments spelled in several cases, with NA, N/A and - as no answer: folded as the sheet folds them', async () => {
    // Each cycle of 13: Male ×4 spellings ("Male" twice once trimmed), Female ×3 (one each: "FEMALE" first in code order), no answer ×5, "Non-binary" once.
    const spellings = ['Male', 'male', 'MALE', ' Male', 'Female', 'female', 'FEMALE ', 'NA', 'N/A', '-', '', 'n/a', 'Non-binary'];
    const lines = ['Submitted,Score,Gender'];
    const bySegment = new Map<string, number[]>();
    for (let i = 0; i < 13 * 12; i++) {
      const spelling = spellings[i % 13];
      const answer = (i * 5 + Math.floor(i / 13)) % 11;
      const segment = i % 13 < 4 ? 'Male' : i % 13 < 7 ? 'FEMALE' : i % 13 < 12 ? '(blank)' : 'Non-binary';
      bySegment.set(segment, [...(bySegment.get(segment) ?? []), answer]);
      lines.push(`${day(i % 90)},${answer},${spelling}`);
    }
    const json = await bothAgree(write('gender_spellings.csv', lines), ['--tz', 'UTC', '--segment-column', 'C']);
    if (typeof json === 'string') throw new Error(json);
    // 12 cycles: (blank) 60 rows, Male 48, FEMALE 36, Non-binary 12.
    expect(json.segments[0].rows.map((r) => [r.value, r.responses, r.promoters, r.passives, r.detractors])).toEqual(
      ['(blank)', 'Male', 'FEMALE', 'Non-binary'].map((name) => [name, bySegment.get(name)!.length, ...groups(bySegment.get(name)!)]),
    );
  }, 30_000);

  test('a 1–10 scale: counted as it is, with the same warning', async () => {
    // 80 answers 1…10, eight of each: 16 promoters, 16 passives, 48 detractors, NPS −40.
    const lines = ['Timestamp,On a scale of 1 to 10 how likely are you to recommend us?'];
    for (let i = 0; i < 80; i++) lines.push(`${day(i)},${(i % 10) + 1}`);
    const json = await bothAgree(write('forms_1_10.csv', lines), ['--tz', 'UTC']);
    if (typeof json === 'string') throw new Error(json);
    expect(json.overall).toMatchObject({ scale: '0-10', responses: 80, promoters: 16, passives: 16, detractors: 48, nps: -40 });
    expect(json.warnings[0]).toMatch(/80 answers from 1 to 10 and not one 0/);
  }, 30_000);
});
