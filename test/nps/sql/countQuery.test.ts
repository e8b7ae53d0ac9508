/**
 * Golden fragments of the count query, checked against the engines'
 * documented semantics (BigQuery: DATE_TRUNC parts ISOWEEK = Monday weeks,
 * WEEK(SUNDAY), SAFE_CAST / SAFE. give NULL, DATETIME(ts, zone) is the wall
 * clock, zones as IANA names or "+05:30"; DuckDB: date_trunc('week') is the
 * ISO week, dayofweek is 0 on Sunday, TRY_CAST gives NULL, timezone(zone,
 * timestamptz) is the wall clock).
 */
import { countQuery, type CountQuerySpec } from '../../../src/nps/sql/countQuery';
import { fragmentsOf } from '../../../src/nps/sql/dialects';

const base: CountQuerySpec = {
  dialect: 'bigquery', table: 'proj.survey.answers', scoreColumn: 'Score', dateColumn: 'Submitted', segmentColumn: 'Plan', timeZone: 'America/New_York', period: 'month',
};

describe('period truncation fragments', () => {
  test.each([
    ['day', 'DATE_TRUNC(DATE(t), DAY)', 'CAST(t AS DATE)'],
    ['week', 'DATE_TRUNC(DATE(t), ISOWEEK)', "CAST(date_trunc('week', t) AS DATE)"],
    ['week-sunday', 'DATE_TRUNC(DATE(t), WEEK(SUNDAY))', '(CAST(t AS DATE) - CAST(dayofweek(t) AS INTEGER))'],
    ['month', 'DATE_TRUNC(DATE(t), MONTH)', "CAST(date_trunc('month', t) AS DATE)"],
    ['quarter', 'DATE_TRUNC(DATE(t), QUARTER)', "CAST(date_trunc('quarter', t) AS DATE)"],
    ['year', 'DATE_TRUNC(DATE(t), YEAR)', "CAST(date_trunc('year', t) AS DATE)"],
  ] as const)('%s', (period, bigquery, duckdb) => {
    expect(fragmentsOf('bigquery').periodStart('t', period)).toBe(bigquery);
    expect(fragmentsOf('duckdb').periodStart('t', period)).toBe(duckdb);
  });
});

describe('zone and text-to-number fragments', () => {
  test('BigQuery converts with TIMESTAMP(wall, UTC) and DATETIME(instant, zone); fixed offsets as +05:30', () => {
    expect(fragmentsOf('bigquery').wallClockIn('w', '0', 'Europe/Paris')).toBe("DATETIME(TIMESTAMP_SUB(TIMESTAMP(w, 'UTC'), INTERVAL (0) MINUTE), 'Europe/Paris')");
    expect(fragmentsOf('bigquery').wallClockIn('w', '60', 'GMT+5:30')).toContain("'+05:30'");
    expect(fragmentsOf('bigquery').wallClockIn('w', '0', 'GMT-07:00')).toContain("'-07:00'");
  });

  test('DuckDB uses ICU timezone() for IANA zones and minutes for fixed offsets', () => {
    expect(fragmentsOf('duckdb').wallClockIn('w', 'o', 'Europe/Paris')).toBe("timezone('Europe/Paris', timezone('UTC', w - INTERVAL (o) MINUTE))");
    expect(fragmentsOf('duckdb').wallClockIn('w', 'o', 'GMT+5:30')).toBe('(w + INTERVAL (330 - (o)) MINUTE)');
  });

  test('text to number never fails the query', () => {
    expect(fragmentsOf('bigquery').textToNumber('x')).toBe('SAFE_CAST(x AS FLOAT64)');
    expect(fragmentsOf('duckdb').textToNumber('x')).toBe('TRY_CAST(x AS DOUBLE)');
  });
});

describe('the query', () => {
  test('BigQuery: quoted names, three grouping sets, raw regex strings', () => {
    const sql = countQuery(base);
    expect(sql).toContain('FROM `proj`.`survey`.`answers`');
    expect(sql).toContain('CAST(`Score` AS STRING)');
    expect(sql).toContain('GROUP BY GROUPING SETS ((score), (first_day, score), (segment_value, score))');
    expect(sql).toContain("REGEXP_CONTAINS(score_text, r'^[0-9]+(\\.[0-9]+)?$')");
    expect(sql).not.toMatch(/TRY_CAST|regexp_matches/);
  });

  test('without date or segment column only the overall set is grouped', () => {
    const sql = countQuery({ ...base, dialect: 'duckdb', dateColumn: null, segmentColumn: null });
    expect(sql).toContain('GROUP BY GROUPING SETS ((score))');
    expect(sql).toContain("'overall' AS grouping_set");
  });

  test('names that try to inject SQL stay inside their quotes', () => {
    const evil = 'Score"; DROP TABLE answers; --';
    const duck = countQuery({ ...base, dialect: 'duckdb', table: 'answers', scoreColumn: evil });
    expect(duck).toContain('"Score""; DROP TABLE answers; --"');
    const big = countQuery({ ...base, scoreColumn: 'Score`; DROP TABLE answers; --' });
    expect(big).toContain('`Score\\`; DROP TABLE answers; --`');
    // The header text is compared as a literal, never pasted.
    expect(countQuery({ ...base, dialect: 'duckdb', scoreColumn: "it's" })).toContain("IN ('it''s')");
  });

  test('a date column headed "(UTC)" reads text without an offset as UTC', () => {
    expect(countQuery({ ...base, dateColumn: 'Submitted (UTC)' })).toContain("TIMESTAMP_SUB(TIMESTAMP(CASE WHEN REGEXP_CONTAINS(date_text");
  });
});
