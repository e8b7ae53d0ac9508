import { quoteIdentifier, stringLiteral, tableReference } from '../../../src/nps/sql/identifiers';

describe('quoted identifiers and literals', () => {
  test('DuckDB doubles double quotes inside a double-quoted name', () => {
    expect(quoteIdentifier('duckdb', 'Score "0-10"')).toBe('"Score ""0-10"""');
    expect(quoteIdentifier('duckdb', 'x"; DROP TABLE t; --')).toBe('"x""; DROP TABLE t; --"');
  });

  test('BigQuery escapes backticks and backslashes with a backslash, and control characters as \\u', () => {
    expect(quoteIdentifier('bigquery', 'a`b')).toBe('`a\\`b`');
    expect(quoteIdentifier('bigquery', 'a\\`; DROP')).toBe('`a\\\\\\`; DROP`');
    expect(quoteIdentifier('bigquery', 'line\nbreak')).toBe('`line\\u000abreak`');
  });

  test('a BigQuery table path is quoted part by part; a DuckDB table (or file) whole', () => {
    expect(tableReference('bigquery', 'my-proj.survey.answers')).toBe('`my-proj`.`survey`.`answers`');
    expect(tableReference('duckdb', 'data/answers.csv')).toBe('"data/answers.csv"');
    expect(() => tableReference('bigquery', 'proj..t')).toThrow(/empty part/);
  });

  test('string literals double or escape the quote', () => {
    expect(stringLiteral('duckdb', "it's")).toBe("'it''s'");
    expect(stringLiteral('bigquery', "it's\\")).toBe("'it\\'s\\\\'");
  });

  test('empty names and NUL characters are refused with a sentence', () => {
    expect(() => quoteIdentifier('duckdb', '')).toThrow(/empty/);
    expect(() => quoteIdentifier('duckdb', 'a\0b')).toThrow(/NUL/);
  });
});
