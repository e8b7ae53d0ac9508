/**
 * Which DuckDB query stands in for a BigQuery query the add-on sends.
 *
 * The local BigQuery is DuckDB, and BigQuery text is never rewritten into
 * DuckDB text. Instead the count query builder (src/nps/sql) writes both
 * dialects from the same inputs, and this registry finds the inputs whose
 * BigQuery text is exactly the text the add-on set with `setRawQuery`: it
 * tries every spec the add-on can build over the table (each score column;
 * each other column or none as the date and the segment column; each
 * period; the spreadsheet's zone; the defaults for the rest) and returns the
 * DuckDB twin of the one that matches, character for character. Any other
 * text has no twin, and the local data source fails loudly.
 */
import { PERIOD_KINDS } from '../../shared/contract';
import { countQuery, type CountQuerySpec } from '../../nps/sql/countQuery';

/** The table a query may read: its BigQuery path, the DuckDB table holding it, its columns. */
export interface TwinTable {
  /** `project.dataset.table`, as the add-on writes it. */
  path: string;
  /** The DuckDB table's name (one identifier). */
  duckdbName: string;
  columns: readonly string[];
}

/**
 * The DuckDB twin of a BigQuery count query over `table`, or null when the
 * text is no count query the add-on builds.
 *
 * @example duckdbTwinOf(countQuery({ dialect: 'bigquery', table: 'p.d.t', scoreColumn: 'Score', dateColumn: null, segmentColumn: null, timeZone: 'UTC', period: 'month' }),
 *   { path: 'p.d.t', duckdbName: 'p.d.t', columns: ['Score'] }, 'UTC') // the same spec in DuckDB over "p.d.t"
 */
export function duckdbTwinOf(text: string, table: TwinTable, timeZone: string): string | null {
  const orNone = (used: (string | null)[]) => [null, ...table.columns.filter((c) => !used.includes(c))];
  for (const scoreColumn of table.columns) {
    for (const dateColumn of orNone([scoreColumn])) {
      for (const segmentColumn of orNone([scoreColumn, dateColumn])) {
        for (const period of PERIOD_KINDS) {
          const spec: CountQuerySpec = { dialect: 'bigquery', table: table.path, scoreColumn, dateColumn, segmentColumn, timeZone, period };
          if (countQuery(spec) === text) return countQuery({ ...spec, dialect: 'duckdb', table: table.duckdbName });
        }
      }
    }
  }
  return null;
}
