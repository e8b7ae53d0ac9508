/**
 * The count query run by embedded DuckDB on small tables whose counts are
 * worked out by hand: text and float scores, labels, dates as text with
 * offsets across DST changes, ISO and Sunday weeks, names that try to
 * inject SQL, an empty table.
 */
import { inMemoryDuckDB } from '../../helpers/duckdbConnection';
import { countQuery, type CountQuerySpec } from '../../../src/nps/sql/countQuery';
import { answerCounts, scaledTallies, talliesOfCounts, type CountRow } from '../../../src/nps/sql/countTallies';
import { analysisOfCounts } from '../../../src/nps/sql/countAnalysis';
import { stringLiteral } from '../../../src/nps/sql/identifiers';
import { readScore } from '../../../src/nps/score';
import { recodedScore, scaleOfCounts, type ScoreScale } from '../../../src/nps/scoreScale';
import { segmentName } from '../../../src/nps/segments';
import { zoneFor } from '../../../src/nps/zone';

const ZERO_TO_TEN: ScoreScale = { name: '0-10', warnings: [] };

const db = inMemoryDuckDB();

/** A table of text columns from rows (every value a literal). */
async function table(name: string, columns: string[], rows: (string | null)[][]): Promise<void> {
  const quote = (n: string) => `"${n.replace(/"/g, '""')}"`;
  const values = rows.map((r) => `(${r.map((v) => (v === null ? 'NULL::VARCHAR' : stringLiteral('duckdb', v))).join(', ')})`).join(', ');
  const body = rows.length > 0 ? `SELECT * FROM (VALUES ${values}) AS v(${columns.map(quote).join(', ')})` : `SELECT ${columns.map((c) => `NULL::VARCHAR AS ${quote(c)}`).join(', ')} WHERE false`;
  await db().run(`CREATE OR REPLACE TABLE ${quote(name)} AS ${body}`);
}

async function countRows(spec: Omit<CountQuerySpec, 'dialect'>): Promise<CountRow[]> {
  const result = await db().runAndReadAll(countQuery({ ...spec, dialect: 'duckdb' }));
  return result.getRowObjectsJS() as unknown as CountRow[];
}

async function counts(spec: Omit<CountQuerySpec, 'dialect'>) {
  return talliesOfCounts(await countRows(spec));
}

const SCORE_TEXTS = ['9', ' 9 ', '10 - Extremely likely', '0 – Not at all likely', '7: ok', '9/10', '7.5', '11', '-1', 'n/a', '', '10.0', '4/5', '1-5', '3/4/2025', '10:30', null];

test('scores as text: numbers, labels, floats and other text read as SPEC 3 says', async () => {
  await table('scores', ['Score'], SCORE_TEXTS.map((s) => [s]));
  const c = await counts({ table: 'scores', scoreColumn: 'Score', dateColumn: null, segmentColumn: null, timeZone: 'UTC', period: 'month' });
  // By hand: promoters 9, 9, 10, 9, 10.0; passive 7; detractor 0; invalid 7.5, 11, -1, n/a, 4/5, 1-5, 3/4/2025, 10:30.
  expect(c.overall).toEqual({ promoters: 5, passives: 1, detractors: 1, ignored: 8 });
  expect(c.rows).toBe(SCORE_TEXTS.length);
  // The same as the engine's own reader, text by text.
  const js = { promoters: 0, passives: 0, detractors: 0, ignored: 0 };
  for (const s of SCORE_TEXTS) {
    const v = readScore(s);
    if (v >= 9) js.promoters++;
    else if (v >= 7) js.passives++;
    else if (v >= 0) js.detractors++;
    else if (v === -2) js.ignored++;
  }
  expect(c.overall).toEqual(js);
});

test('dates as text with offsets land in the New York day they fall on, across both DST changes', async () => {
  await table('dst', ['When', 'Score'], [
    ['2025-03-09T06:30:00Z', '10'], // 01:30 EST, Mar 9
    ['2025-03-09T07:30:00Z', '10'], // 03:30 EDT, Mar 9 (02:00–03:00 skipped)
    ['2025-11-02T05:30:00Z', '8'], // 01:30 EDT, Nov 2
    ['2025-11-02T06:30:00Z', '3'], // 01:30 EST, Nov 2
    ['2025-03-01T04:59:59Z', '9'], // 23:59:59 EST, Feb 28
    ['2025-03-01 00:00:00', '9'], // local midnight, Mar 1
    ['2025-03-02 10:00:00+01:00', '2'], // 04:00 EST, Mar 2
    ['not a date', '9'],
  ]);
  const c = await counts({ table: 'dst', scoreColumn: 'Score', dateColumn: 'When', segmentColumn: null, timeZone: 'America/New_York', period: 'day' });
  expect(Object.fromEntries([...c.periods].map(([d, t]) => [d, t.promoters + t.passives + t.detractors]))).toEqual({
    '2025-02-28': 1, '2025-03-01': 1, '2025-03-02': 1, '2025-03-09': 2, '2025-11-02': 2,
  });
  expect(c.undated.promoters).toBe(1);
  const monthly = await counts({ table: 'dst', scoreColumn: 'Score', dateColumn: 'When', segmentColumn: null, timeZone: 'America/New_York', period: 'month' });
  expect([...monthly.periods.keys()].sort()).toEqual(['2025-02-01', '2025-03-01', '2025-11-01']);
});

test('ISO weeks start on Monday, Sunday weeks on Sunday, quarters on the 1st', async () => {
  await table('weeks', ['Day', 'Score'], [['2025-01-05', '9'], ['2025-01-06', '9'], ['2025-05-15', '9']]);
  const spec = { table: 'weeks', scoreColumn: 'Score', dateColumn: 'Day', segmentColumn: null, timeZone: 'UTC' } as const;
  // 2025-01-05 was a Sunday.
  expect([...(await counts({ ...spec, period: 'week' })).periods.keys()].sort()).toEqual(['2024-12-30', '2025-01-06', '2025-05-12']);
  expect([...(await counts({ ...spec, period: 'week-sunday' })).periods.keys()].sort()).toEqual(['2025-01-05', '2025-05-11']);
  expect([...(await counts({ ...spec, period: 'quarter' })).periods.keys()].sort()).toEqual(['2025-01-01', '2025-04-01']);
});

test('table and column names that try to inject SQL are read as names', async () => {
  const name = 'x"; DROP TABLE scores; --';
  const column = "Score'); DELETE FROM scores; --";
  await table(name, [column, 'Plan "A"'], [['9', 'Pro'], ['3', 'Pro'], ['8', null]]);
  const c = await counts({ table: name, scoreColumn: column, dateColumn: null, segmentColumn: 'Plan "A"', timeZone: 'UTC', period: 'month' });
  expect(c.overall).toEqual({ promoters: 1, passives: 1, detractors: 1, ignored: 0 });
  expect(c.segments.get('Pro')).toEqual({ promoters: 1, passives: 0, detractors: 1, ignored: 0 });
  expect(c.segments.get(null)).toEqual({ promoters: 0, passives: 1, detractors: 0, ignored: 0 });
  const still = await db().runAndReadAll('SELECT count(*) AS n FROM scores');
  expect(Number(still.getRowObjectsJS()[0].n)).toBe(SCORE_TEXTS.length);
});

test('an empty table gives no responses and says so', async () => {
  await table('empty', ['Score', 'Date'], []);
  const c = await counts({ table: 'empty', scoreColumn: 'Score', dateColumn: 'Date', segmentColumn: null, timeZone: 'UTC', period: 'month' });
  const a = analysisOfCounts(c, { period: 'month', confidence: 0.95, timeZone: 'UTC', headers: { score: 'Score', date: 'Date', segment: null }, segmentColumn: null, datesAreUtc: false, scale: ZERO_TO_TEN });
  expect(a.overall.responses).toBe(0);
  expect(a.overall.nps).toBeNull();
  expect(a.periods.rows).toEqual([]);
  expect(a.warnings).toContain('The score column holds no 0–10 answers yet.');
});

test('a column coded 1–11 (no 0): 11 is counted apart, the scale is decided from the counts, and every answer is read one less', async () => {
  const texts = ['11', '11 - Extremely likely', '10', '9', '8', '1', '', 'n/a', '11/10', '12', '11.5'];
  await table('eleven', ['Q1'], texts.map((t) => [t]));
  const rows = await countRows({ table: 'eleven', scoreColumn: 'Q1', dateColumn: null, segmentColumn: null, timeZone: 'UTC', period: 'month' });
  // By hand: 11 twice ('11/10', '12', '11.5' are no 11), 10, 9, 8 and 1 once, no 0.
  expect(answerCounts(rows)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
  const scale = scaleOfCounts(answerCounts(rows), 'Q1');
  expect(scale.name).toBe('1-11 recoded');
  // Read one less: 10, 10, 9 promoters; 8, 7 passives; 0 a detractor; n/a, 11/10, 12, 11.5 ignored.
  const recoded = talliesOfCounts(rows, true);
  expect(recoded.overall).toEqual({ promoters: 3, passives: 2, detractors: 1, ignored: 4 });
  expect(recoded.scoreCounts).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
  // The same as the sheet path's reader of a 1–11 column, text by text.
  const js = { promoters: 0, passives: 0, detractors: 0, ignored: 0 };
  for (const t of texts) {
    const v = recodedScore(t);
    if (v >= 9) js.promoters++;
    else if (v >= 7) js.passives++;
    else if (v >= 0) js.detractors++;
    else if (v === -2) js.ignored++;
  }
  expect(recoded.overall).toEqual(js);
  expect(scaledTallies(rows, 'Q1')).toEqual({ scale, counts: recoded });
  // On 0–10 the 11s are ignored: 10, 9 promoters; 8 passive; 1 detractor.
  expect(talliesOfCounts(rows, false).overall).toEqual({ promoters: 2, passives: 1, detractors: 1, ignored: 6 });
  const a = analysisOfCounts(recoded, { period: 'month', confidence: 0.95, timeZone: 'UTC', headers: { score: 'Q1', date: null, segment: null }, segmentColumn: null, datesAreUtc: false, scale });
  expect(a.overall.scale).toBe('1-11 recoded');
  expect(a.overall.nps).toBeCloseTo(((3 - 1) / 6) * 100, 9);
  expect(a.scaleWarnings).toHaveLength(1);
  expect(a.warnings[0]).toBe(a.scaleWarnings[0]);
  expect(a.scaleWarnings[0]).toMatch(/“Q1” is coded 1–11/);
});

test('an 11 in a column with a 0 is ignored and does not stretch the trend or the date span', async () => {
  await table('stray', ['Day', 'Score'], [['2025-01-01', '0'], ['2025-01-20', '9'], ['2025-03-05', '11']]);
  const rows = await countRows({ table: 'stray', scoreColumn: 'Score', dateColumn: 'Day', segmentColumn: null, timeZone: 'UTC', period: 'month' });
  const scale = scaleOfCounts(answerCounts(rows), 'Score');
  expect(scale).toEqual(ZERO_TO_TEN);
  const a = analysisOfCounts(talliesOfCounts(rows, false), { period: 'month', confidence: 0.95, timeZone: 'UTC', headers: { score: 'Score', date: 'Day', segment: null }, segmentColumn: null, datesAreUtc: false, scale });
  expect(a.overall).toMatchObject({ responses: 2, ignored: 1, scale: '0-10' });
  // January only: March holds no 0–10 answer.
  expect(a.periods.rows.map((r) => r.startDate)).toEqual(['2025-01-01']);
  expect(a.dateSpan).toEqual({ first: Date.UTC(2025, 0, 1), last: Date.UTC(2025, 0, 20) });
});

test('segments are folded as the sheet path folds them: case and spaces, shown as written most often; NA, N/A and - join the blanks', async () => {
  const rows: [string | null, string][] = [
    ['Male', '10'], ['male', '9'], ['MALE', '3'], [' Male ', '8'], ['Female', '2'], ['female  ', '10'], ['NA', '9'], ['N/A', '0'], ['-', '7'], [null, '10'], ['', '1'], ['male', ''],
  ];
  await table('folded', ['Gender', 'Score'], rows.map(([g, s]) => [g, s]));
  const zone = zoneFor('UTC');
  const c = await counts({ table: 'folded', scoreColumn: 'Score', dateColumn: null, segmentColumn: 'Gender', timeZone: 'UTC', period: 'month' });
  const a = analysisOfCounts(c, {
    period: 'month', confidence: 0.95, timeZone: 'UTC', headers: { score: 'Score', date: null, segment: 'Gender' }, segmentColumn: 0, datesAreUtc: false, scale: ZERO_TO_TEN,
    segmentName: (text) => (text === null ? '(blank)' : segmentName(text, zone)),
  });
  // By hand: (blank) 9, 0, 7, 10, 1 → 2 promoters, 1 passive, 2 detractors; Male (written so twice, "male" once: its blank-score row is no answer)
  // 10, 9, 3, 8 → 2, 1, 1; Female 2, 10 → 1, 0, 1.
  expect(a.segments!.rows.map((r) => [r.value, r.promoters, r.passives, r.detractors])).toEqual([
    ['(blank)', 2, 1, 2],
    ['Male', 2, 1, 1],
    ['Female', 1, 0, 1],
  ]);
});
