/**
 * Files both engines must read alike, found by the sweep of issue 13: score
 * text the CSV import turns into numbers (`9.`, `-0`, `1e1`, `900%`; `9,0`
 * in de_DE), and rows ending in CRLF, LF and CR mixed (with line breaks
 * inside quoted fields and a title above the table), which DuckDB's reader
 * refused or cut. Counts by hand; `--engine duckdb` must give the sheet
 * path's JSON figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../../../src/local/cli/analyze';
import { parseArgs } from '../../../src/local/cli/args';
import { jsonReport, type JsonReport } from '../../../src/local/cli/jsonReport';
import { lineEndKinds } from '../../../src/local/duckdb/csvHead';

const DIST = join(__dirname, '..', '..', '..', 'dist');
const dir = mkdtempSync(join(tmpdir(), 'nps-imported-'));

async function json(file: string, options: string[]): Promise<JsonReport> {
  const parsed = parseArgs(['analyze', file, '--json', ...options]);
  if (parsed.kind !== 'analyze') throw new Error(`bad test arguments: ${JSON.stringify(parsed)}`);
  return jsonReport(await analyzeFile(parsed.args, DIST));
}

/** Both engines: the counts of each, and the DuckDB one's figures checked against the sheet's to 1e-9. */
async function bothEngines(file: string, options: string[]) {
  const sheet = await json(file, options);
  const duckdb = await json(file, [...options, '--engine', 'duckdb']);
  const figures = (r: JsonReport) => [r.overall.nps, ...(r.overall.ci ?? []), ...r.periods.rows.flatMap((p) => [p.nps, ...(p.ci ?? [])])];
  const expected = figures(sheet);
  expect(figures(duckdb).map((x, i) => (x === null || expected[i] === null ? x === expected[i] : Math.abs(x - expected[i]!) <= 1e-9))).not.toContain(false);
  const counts = (r: JsonReport) => ({
    overall: [r.overall.responses, r.overall.promoters, r.overall.passives, r.overall.detractors, r.overall.ignored],
    periods: r.periods.rows.map((p) => [p.start, p.responses, p.promoters, p.passives, p.detractors]),
    segments: r.segments.flatMap((s) => s.rows.map((row) => [row.value, row.responses])),
  });
  expect(counts(duckdb)).toEqual(counts(sheet));
  return counts(duckdb);
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('en_US: 9., -0, 1e1, 900% and 700 % are the numbers the import makes of them; 10 % and +9 are not scores, 10 Mar 2025 is a date', async () => {
  // 40 plain answers 0–9 cycled (4 each: promoters 4 (the 9s), passives 8, detractors 28), then the forms.
  const plain = Array.from({ length: 40 }, (_, i) => `2025-03-${String(1 + (i % 28)).padStart(2, '0')},${i % 10}`);
  const forms = ['9.', '-0', '1e1', '900%', '700 %', '10 %', '+9', '0,000', '10 Mar 2025'].map((s) => `2025-04-02,"${s}"`);
  const file = write('forms_en.csv', ['Date,Score', ...plain, ...forms].join('\n') + '\n');
  const c = await bothEngines(file, ['--tz', 'America/New_York']);
  // Forms by hand: 9 P, 0 D, 10 P, 9 P, 7 N, 0.1 ignored, +9 ignored, 0 D, a date ignored.
  expect(c.overall).toEqual([46, 4 + 3, 8 + 1, 28 + 2, 3]);
  expect(c.periods).toEqual([['2025-03-01', 40, 4, 8, 28], ['2025-04-01', 6, 3, 1, 2]]);
}, 30_000);

test('de_DE, semicolons: 9,0 and 8,00 are scores, 1.000 and 7,5 are not, 9.0 is read as the plain decimal text it stays', async () => {
  const rows = ['9,0', '8,00', '1.000', '7,5', '9.0', '-0', '3'].map((s, i) => `0${i + 1}.06.2025;${s};${i % 2 ? 'Nord' : 'Süd'}`);
  const file = write('forms_de.csv', ['Datum;Bewertung;Region', ...rows].join('\r\n') + '\r\n');
  const c = await bothEngines(file, ['--tz', 'Europe/Berlin', '--locale', 'de_DE', '--period', 'week']);
  // By hand: 9 P (Süd), 8 N (Nord), ignored (Süd), ignored (Nord), 9 P (Süd), 0 D (Nord), 3 D (Süd).
  expect(c.overall).toEqual([5, 2, 1, 2, 2]);
  // ISO weeks: 1 June 2025 is a Sunday (week of 26 May); 2–7 June are the week of 2 June.
  expect(c.periods).toEqual([['2025-05-26', 1, 1, 0, 0], ['2025-06-02', 4, 1, 1, 2]]);
}, 30_000);

test('rows ending in CRLF, LF and CR mixed, quoted line breaks and a title line: every row whole in both engines', async () => {
  const ends = ['\r\n', '\n', '\r'];
  const answers = [10, 9, 8, 7, 6, 0, 9, 10, 3, 5, 9, 8];
  let text = 'Survey export\r\n\r\nDate,Score,Comment,Plan\r\n';
  answers.forEach((a, i) => {
    const comment = i % 3 === 0 ? '"line one\nline two"' : i % 3 === 1 ? '"a\r\nb"' : 'fine';
    text += `2025-01-${String(10 + i).padStart(2, '0')} 12:00:00,${a},${comment},${i % 2 ? 'Pro' : 'Basic'}${ends[i % 3]}`;
  });
  const file = write('mixed_ends.csv', text);
  const c = await bothEngines(file, ['--tz', 'UTC', '--period', 'week', '--segment-column', 'D']);
  // By hand: promoters 10, 9, 9, 10, 9 = 5; passives 8, 7, 8 = 3; detractors 6, 0, 3, 5 = 4.
  expect(c.overall).toEqual([12, 5, 3, 4, 0]);
  // ISO weeks: 10–12 Jan 2025 in the week of 6 Jan, 13–19 in the week of 13 Jan, 20–21 in the week of 20 Jan.
  expect(c.periods.map((p) => [p[0], p[1]])).toEqual([['2025-01-06', 3], ['2025-01-13', 7], ['2025-01-20', 2]]);
  expect(c.segments).toEqual([['Basic', 6], ['Pro', 6]]);
}, 30_000);

test('labels after Unicode spaces (no-break, em, ideographic) are read as the sheet reads them', async () => {
  const labels = ['9\u00a0- good', '10\u2003Extremely likely', '7\u3000: ok', '9\u202f/10', '8\u00a0-\u00a05', '6 - meh'];
  const rows = labels.map((l, i) => `2025-02-0${i + 1},"${l}"`);
  const plain = Array.from({ length: 30 }, (_, i) => `2025-01-${String(1 + i).padStart(2, '0')},${i % 11}`);
  const c = await bothEngines(write('unicode_spaces.csv', ['Date,Score', ...plain, ...rows].join('\n')), ['--tz', 'Europe/Berlin']);
  // 0–10 cycled over 30 answers: 0–10, 0–10, 0–7 → promoters 9, 10 twice = 4; passives 7, 8, 7, 8, 7 = 5; detractors 0–6 three times = 21.
  // Labels by hand: 9 P, 10 P, 7 N, 9 P, "8 - 5" is a range (ignored), 6 D.
  expect(c.overall).toEqual([35, 4 + 3, 5 + 1, 21 + 1, 1]);
}, 30_000);

test('a score column without a single 0–10 answer: the same refusal from both engines', async () => {
  const file = write('no_answers.csv', 'Date,Score,Plan\r\n2025-01-01,,a\r\n2025-01-02,abc,b\r\n2025-01-03,n/a,a\r\n');
  const refusal = async (extra: string[]) => json(file, ['--score-column', 'B', ...extra]).then(() => 'no refusal', (e: Error) => e.message);
  const sheet = await refusal([]);
  expect(sheet).toBe('no_answers.csv: No report was built: “Score” holds no 0–10 answers (2 other values). Choose the column with the 0–10 answers with --score-column N.');
  expect(await refusal(['--engine', 'duckdb'])).toBe(sheet);
}, 30_000);

test('a wall clock that a zone leaves out is moved forward by the gap, as the sheet moves it (a DST night, the day Samoa skipped)', async () => {
  // Pacific/Apia skipped 30 Dec 2011 (29 Dec 23:59:59 was followed by 31 Dec 00:00): 10:00 that day is read as 31 Dec 10:00.
  const file = write('skipped.csv', 'Date,Score\n2011-12-29 23:30:00,9\n2011-12-30 10:00:00,3\n2011-12-31 08:00:00,7\n');
  const apia = await bothEngines(file, ['--tz', 'Pacific/Apia', '--period', 'day']);
  expect(apia.periods.filter((p) => p[1] !== 0)).toEqual([['2011-12-29', 1, 1, 0, 0], ['2011-12-31', 2, 0, 1, 1]]);
  // New York, 9 Mar 2025: 02:30 does not exist and is read as 03:30 the same day; Sunday weeks start that day.
  const night = write('spring_forward.csv', 'Date,Score\n2025-03-08 23:30:00,10\n2025-03-09 02:30:00,8\n2025-03-09 03:30:00,2\n');
  const ny = await bothEngines(night, ['--tz', 'America/New_York', '--period', 'week-sunday']);
  expect(ny.periods.filter((p) => p[1] !== 0)).toEqual([['2025-03-02', 1, 1, 0, 0], ['2025-03-09', 2, 0, 1, 1]]);
}, 30_000);

test('lineEndKinds counts the kinds of row end, not the line breaks inside quotes', () => {
  expect(lineEndKinds('a\r\nb\r\n')).toBe(1);
  expect(lineEndKinds('a\r\n"x\ny"\r\nc\r\n')).toBe(1);
  expect(lineEndKinds('a\r\nb\nc\r')).toBe(3);
  expect(lineEndKinds('a\rb\r')).toBe(1);
  expect(lineEndKinds('a\nb\r\n')).toBe(2);
});
