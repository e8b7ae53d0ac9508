/**
 * The count query (SPEC §12): every figure of the report needs only counts,
 * so the data engine (DuckDB, BigQuery) is asked for the answers per
 * (period, segment, score) and the engine computes the rest with the same
 * code as the sheet path (countAnalysis.ts).
 *
 * One query, three grouping sets over the same rows:
 *
 * | grouping_set | period_start | segment | score | answers | first_time, last_time |
 * |---|---|---|---|---|---|
 * | `overall` | NULL | NULL | −1 blank, −2 invalid, 0–10, 11 | count | first and last dated answer of that score 0–11 (wall clock) |
 * | `period`  | `YYYY-MM-DD` local first day, NULL undated | NULL | … | … | … |
 * | `segment` | NULL | trimmed text, NULL blank | … | … | … |
 *
 * The score is the answer as the sheet reads it; 11 is kept apart from
 * the other invalid answers, because a column coded 1–11 (no 0, SPEC 10b) is
 * read as 0–10 each minus one: countTallies.ts decides that from the overall
 * counts (../scoreScale.ts) and reads the rows on that scale. −2 (and 11
 * on 0–10) is counted as ignored, −1 (blank) only in the overall row count.
 * Scores are read as SPEC §3 as far as SQL can (see scorePatterns.ts), dates
 * as text in the spreadsheet's zone (see dialects.ts), whatever the
 * column's type: a number, a timestamp or a date prints as text the engine
 * reads back.
 */
import type { PeriodKind } from '../../shared/contract';
import { localTimeExpression } from './dateReading';
import { fragmentsOf } from './dialects';
import { namedDatePattern } from './importedDates';
import { importedNumberExpression, type NumberConventions } from './importedNumbers';
import { quoteIdentifier, stringLiteral, tableReference, type SqlDialect } from './identifiers';
import { LABELLED_ELEVEN, LABELLED_SCORE, NUMBER_TEXT } from './scorePatterns';

/** What the count query is asked for. */
export interface CountQuerySpec {
  dialect: SqlDialect;
  /** DuckDB: a table, view or file; BigQuery: `project.dataset.table`. */
  table: string;
  /** Column names as the table has them. */
  scoreColumn: string;
  dateColumn: string | null;
  segmentColumn: string | null;
  /** The spreadsheet's zone: IANA name or fixed offset (`GMT-07:00`). */
  timeZone: string;
  period: PeriodKind;
  /** Texts of the score column's header (one per header row): a cell repeating one is not an answer. Default: the column name. */
  scoreHeaders?: readonly string[];
  /**
   * strptime formats of dates that are not ISO (`%m/%d/%Y %H:%M:%S`), tried in
   * order after ISO text; the same `%` codes in DuckDB and BigQuery. Default none.
   */
  dateFormats?: readonly string[];
  /**
   * Count only the table's first rows (a file with notes under the table).
   * DuckDB reads a file in order; BigQuery tables have no order, so leave it out there.
   */
  maxRows?: number;
  /** Read dates without an offset as UTC. Default: when the date column's name says "(UTC)", as the sheet path does. */
  datesAreUtc?: boolean;
  /**
   * For a file imported as Sheets imports a CSV: the locale's separators, so
   * score text the import turns into a number (`9.`, `-0`, `1e1`, `900%`,
   * `9,0` in de_DE) is read as that number (importedNumbers.ts). Leave it
   * out for typed tables (BigQuery), whose text stays text in Sheets.
   */
  importedNumbers?: NumberConventions;
  /** For a file imported in an English locale: text the import reads as a named date (`10 Mar 2025`) is a date, not a labelled score (importedDates.ts). */
  importedNamedDates?: boolean;
}

/**
 * The count query's SQL text. Every name is a quoted identifier and every
 * text a literal (identifiers.ts): nothing from the spec is pasted raw.
 *
 * @throws Error when a name is empty
 * @example
 * countQuery({ dialect: 'duckdb', table: 'answers.csv', scoreColumn: 'Score', dateColumn: 'Date',
 *   segmentColumn: null, timeZone: 'Europe/Paris', period: 'month' });
 * // 'WITH cells AS (SELECT … FROM "answers.csv") … GROUP BY GROUPING SETS ((score), (first_day, score)) …'
 */
export function countQuery(spec: CountQuerySpec): string {
  const { dialect } = spec;
  const f = fragmentsOf(dialect);
  const q = (name: string) => quoteIdentifier(dialect, name);
  const text = (column: string | null) => (column === null ? 'NULL' : f.trimmed(f.asText(q(column))));
  const headers = (spec.scoreHeaders ?? [spec.scoreColumn]).map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
  const datesAreUtc = spec.datesAreUtc ?? (spec.dateColumn !== null && /\(UTC\)/i.test(spec.dateColumn));

  // A number as the import reads one (a table imported from a file), computed once per row; plain digits, the bulk, at once.
  const imported = spec.importedNumbers
    ? `CASE WHEN ${f.matches('score_text', '^[0-9]+$')} THEN ${f.textToNumber('score_text')} ELSE ${importedNumberExpression(f, 'score_text', spec.importedNumbers)} END`
    : null;
  const isImported = imported === null ? '' : 'imported_number IS NOT NULL OR ';
  const repeatedHeader = headers.length > 0 ? ` OR LOWER(score_text) IN (${[...new Set(headers)].map((h) => stringLiteral(dialect, h)).join(', ')})` : '';
  const local = spec.dateColumn === null ? 'NULL' : localTimeExpression(f, 'date_text', spec.timeZone, datesAreUtc, spec.dateFormats ?? []);
  const sets = ['(score)'];
  if (spec.dateColumn !== null) sets.push('(first_day, score)');
  if (spec.segmentColumn !== null) sets.push('(segment_value, score)');
  const validLocal = 'CASE WHEN score >= 0 THEN local_time END';
  const table = tableReference(dialect, spec.table);
  if (spec.maxRows !== undefined && !(Number.isSafeInteger(spec.maxRows) && spec.maxRows >= 0)) throw new Error(`maxRows must be a whole number (got ${spec.maxRows})`);
  const source = spec.maxRows === undefined ? table : `(SELECT * FROM ${table} LIMIT ${spec.maxRows}) AS table_rows`;

  return [
    `-- NPS count query (${dialect}): answers per (period, segment, score); score -1 blank, -2 invalid, 11 apart (a 1-11 scale).`,
    'WITH cells AS (',
    `  SELECT ${text(spec.scoreColumn)} AS score_text, ${text(spec.dateColumn)} AS date_text, ${text(spec.segmentColumn)} AS segment_text`,
    `  FROM ${source}`,
    ...(imported === null ? [] : ['), imported AS (', `  SELECT *, ${imported} AS imported_number FROM cells`]),
    '), readings AS (',
    '  SELECT',
    `    score_text IS NULL OR score_text = ''${repeatedHeader} AS blank,`,
    `    CASE ${imported === null ? '' : 'WHEN imported_number IS NOT NULL THEN imported_number '}WHEN ${f.matches('score_text', NUMBER_TEXT)} THEN ${f.textToNumber('score_text')}`,
    `         ${spec.importedNamedDates ? `WHEN ${f.matches('score_text', namedDatePattern())} THEN NULL ` : ''}ELSE ${f.textToNumber(f.firstGroup('score_text', LABELLED_SCORE))} END AS number,`,
    ...(imported === null ? [] : ['    imported_number,']),
    `    ${local} AS local_time,`,
    "    CASE WHEN segment_text = '' THEN NULL ELSE segment_text END AS segment_value,",
    '    score_text',
    `  FROM ${imported === null ? 'cells' : 'imported'}`,
    '), answers AS (',
    '  SELECT',
    `    CASE WHEN blank THEN -1 WHEN number >= 0 AND number <= 10 AND number = FLOOR(number) THEN ${f.asInteger('number')}`,
    `         WHEN number = 11 AND (${isImported}${f.matches('score_text', NUMBER_TEXT)} OR ${f.matches('score_text', LABELLED_ELEVEN)}) THEN 11 ELSE -2 END AS score,`,
    `    ${spec.dateColumn === null ? 'NULL' : f.periodStart('local_time', spec.period)} AS first_day,`,
    '    segment_value, local_time',
    '  FROM readings',
    ')',
    'SELECT',
    `  ${groupingSetName(spec)} AS grouping_set,`,
    `  ${spec.dateColumn === null ? 'NULL' : f.dateText('first_day')} AS period_start,`,
    `  ${spec.segmentColumn === null ? 'NULL' : 'segment_value'} AS segment, score, COUNT(*) AS answers,`,
    `  ${f.localTimeText(`MIN(${validLocal})`)} AS first_time,`,
    `  ${f.localTimeText(`MAX(${validLocal})`)} AS last_time`,
    'FROM answers',
    `GROUP BY GROUPING SETS (${sets.join(', ')})`,
  ].join('\n');
}

/** Which grouping set a result row belongs to, from GROUPING() of the columns that are grouped. */
function groupingSetName(spec: CountQuerySpec): string {
  const cases: string[] = [];
  if (spec.dateColumn !== null) cases.push("WHEN GROUPING(first_day) = 0 THEN 'period'");
  if (spec.segmentColumn !== null) cases.push("WHEN GROUPING(segment_value) = 0 THEN 'segment'");
  return cases.length === 0 ? "'overall'" : `CASE ${cases.join(' ')} ELSE 'overall' END`;
}
