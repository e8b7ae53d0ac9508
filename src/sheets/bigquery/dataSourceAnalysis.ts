/**
 * The analysis of a data source sheet (BigQuery build only): the count
 * query over its BigQuery table with the columns in force, run by BigQuery
 * (countQueryRun.ts), then the same steps as `--engine duckdb`: the scale
 * from the counts, the tallies on that scale, and every figure from them
 * (src/nps/sql). What needs single rows is left out, as the analysis says:
 * themes, people, drivers, the rows of ignored and undated answers, and
 * the rolling window.
 */
import type { AnalysisOptions } from '../../shared/contract';
import type { TableAnalysis } from '../../nps/analysis';
import { segmentName } from '../../nps/segments';
import { analysisOfCounts } from '../../nps/sql/countAnalysis';
import { countQuery } from '../../nps/sql/countQuery';
import { scaledTallies } from '../../nps/sql/countTallies';
import type { SourceTable } from '../sourceSheet';
import { runCountQuery } from './countQueryRun';

/** What the report says about the parts a count query cannot give. */
export const BIGQUERY_LIMITS = 'Counted by BigQuery: themes, people, drivers and the rolling window need every row and are left out, and ignored or undated answers are counted but not listed.';

/**
 * The analysis of a data source sheet's table from BigQuery's counts.
 *
 * @throws Error in plain words when the segment column is not in the table, or BigQuery fails
 */
export function analyzeDataSource(source: SourceTable, options: AnalysisOptions): TableAnalysis {
  const bigQuery = source.bigQuery!;
  const { score, date } = source.inForce.mapping;
  const segment = options.segmentColumn;
  if (segment !== null && segment >= bigQuery.columns.length) {
    throw new Error(`The segment column you picked is not in the table of “${source.name}” any more. Pick the segment column again.`);
  }
  const name = (column: number | null) => (column === null ? null : bigQuery.columns[column]);
  const zone = source.context.zone;
  const scoreColumn = name(score)!;
  const dateColumn = name(date);
  const datesAreUtc = dateColumn !== null && /\(UTC\)/i.test(dateColumn);
  const query = countQuery({ dialect: 'bigquery', table: bigQuery.table, scoreColumn, dateColumn, segmentColumn: name(segment), timeZone: zone.id, period: options.period });
  const rows = runCountQuery(source.spreadsheet, bigQuery.projectId, query);
  const { scale, counts } = scaledTallies(rows, scoreColumn);
  const analysis = analysisOfCounts(counts, {
    period: options.period,
    confidence: options.confidence,
    timeZone: zone.id,
    headers: { score: scoreColumn, date: dateColumn, segment: name(segment) },
    segmentColumn: segment,
    datesAreUtc,
    scale,
    segmentName: (text) => segmentName(text, zone),
  });
  analysis.warnings.push(BIGQUERY_LIMITS);
  return analysis;
}
