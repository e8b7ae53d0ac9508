/**
 * Names and texts written into SQL: every table and column name is a quoted
 * identifier and every text a string literal, escaped by the engine's own
 * lexical rules, so a name can never end the token it is in (a column named
 * `x"; DROP TABLE t; --` stays one harmless name).
 *
 * - DuckDB (PostgreSQL rules): identifiers in double quotes with `"` doubled;
 *   literals in single quotes with `'` doubled (backslash is an ordinary character).
 * - BigQuery (GoogleSQL lexical structure): identifiers in backticks with the
 *   escape sequences of string literals (`\``, `\\`, `\n`…); literals in
 *   single quotes with the same escapes.
 */

/** The SQL engines the count query is written for. */
export type SqlDialect = 'bigquery' | 'duckdb';

/** The dialects, for the command line's choices. */
export const SQL_DIALECTS: readonly SqlDialect[] = ['bigquery', 'duckdb'];

/**
 * A quoted identifier (a column or table name) in a dialect.
 *
 * @throws Error when the name is empty (no engine accepts an empty quoted identifier)
 * @example quoteIdentifier('duckdb', 'Score "0-10"')   // '"Score ""0-10"""'
 * @example quoteIdentifier('bigquery', 'a`b')          // '`a\\`b`'
 */
export function quoteIdentifier(dialect: SqlDialect, name: string): string {
  if (name === '') throw new Error('A column or table name is empty: give the name as it appears in the table');
  if (dialect === 'duckdb') return `"${withoutNul(name).replace(/"/g, '""')}"`;
  return `\`${googleSqlEscapes(name, '`')}\``;
}

/**
 * The table of a query: DuckDB takes the name whole (a table, a view or a
 * file path such as `responses.csv`); BigQuery's `project.dataset.table`
 * path is split at its dots and each part quoted.
 *
 * @example tableReference('bigquery', 'my-proj.survey.answers') // '`my-proj`.`survey`.`answers`'
 * @example tableReference('duckdb', 'data/answers.csv')          // '"data/answers.csv"'
 */
export function tableReference(dialect: SqlDialect, table: string): string {
  if (dialect === 'duckdb') return quoteIdentifier(dialect, table);
  const parts = table.split('.');
  if (parts.some((p) => p === '')) throw new Error(`The BigQuery table "${table}" has an empty part: write it as project.dataset.table`);
  return parts.map((p) => quoteIdentifier(dialect, p)).join('.');
}

/**
 * A string literal holding exactly `text`.
 *
 * @example stringLiteral('duckdb', "it's")     // "'it''s'"
 * @example stringLiteral('bigquery', "it's\\") // "'it\\'s\\\\'"
 */
export function stringLiteral(dialect: SqlDialect, text: string): string {
  if (dialect === 'duckdb') return `'${withoutNul(text).replace(/'/g, "''")}'`;
  return `'${googleSqlEscapes(text, "'")}'`;
}

/**
 * GoogleSQL escapes for the inside of a quoted token: backslash and the
 * closing quote escaped with a backslash, control characters as `\uXXXX`
 * (a raw line break would end a quoted identifier).
 */
function googleSqlEscapes(text: string, quote: '`' | "'"): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** DuckDB texts cannot hold a NUL character: say so rather than change the name. */
function withoutNul(text: string): string {
  if (text.includes('\0')) throw new Error(`The name ${JSON.stringify(text)} holds a NUL character, which DuckDB cannot read: rename the column`);
  return text;
}
