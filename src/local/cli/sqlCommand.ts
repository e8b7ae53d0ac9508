/**
 * `nps-sheets sql …`: prints the count query for BigQuery or DuckDB, or one
 * line saying why it cannot (exit 2).
 */
import { countQuery } from '../../nps/sql/countQuery';
import { EXIT_USAGE } from './args';
import type { SqlArgs } from './sqlArgs';
import { visibleControls } from './terminalText';

/**
 * Prints the count query on stdout and resolves with the exit code. A
 * DuckDB name may hold control characters that the quoted identifier keeps
 * as they are: on a terminal they are refused rather than run.
 *
 * @param args the parsed `nps-sheets sql` options
 * @example printCountQuery({ dialect: 'duckdb', table: 'answers.csv', scoreColumn: 'Score', … }) // 0, the query printed
 */
export function printCountQuery(args: SqlArgs): number {
  let sql: string;
  try {
    sql = countQuery({ ...args });
  } catch (error) {
    process.stderr.write(`nps-sheets: ${visibleControls(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_USAGE;
  }
  if (process.stdout.isTTY && visibleControls(sql) !== sql) {
    process.stderr.write('nps-sheets: a table or column name holds control characters; send the query to a file (nps-sheets sql … > query.sql) rather than to the terminal\n');
    return EXIT_USAGE;
  }
  process.stdout.write(`${sql};\n`);
  return 0;
}
