/**
 * The `--json` output of `nps-sheets analyze`, exactly the schema of SPEC §6:
 * 0-based column indices, 1-based sheet rows, unrounded numbers, intervals
 * as `[low, high]`, `change: null` when either period is empty and
 * `significant: false` when the test cannot be computed.
 */
import type { ColumnMapping, PeriodKind, Role, TablePosition, TallySummary } from '../../shared/contract';
import type { AnalyzeOutcome } from './outcome';

/** Counts with NPS and interval (null when there are no responses). */
export type JsonTally = TallySummary;

/** The document printed by `--json`. */
export interface JsonReport {
  file: string;
  sheet: string;
  timeZone: string;
  table: TablePosition;
  columns: { index: number; letter: string; header: string; role: Role; confidence: number }[];
  mapping: ColumnMapping;
  overall: JsonTally & { ignored: number; moe: number | null };
  periods: {
    period: PeriodKind;
    rows: (JsonTally & { start: string; label: string; change: number | null; significant: boolean })[];
  };
  segments: { column: number; header: string; rows: (JsonTally & { value: string })[] }[];
  /** Plain sentences about the input: the import's, then the analysis'. */
  warnings: string[];
  stats: { serviceCalls: number; rows: number; ms: number };
}

/**
 * The JSON document of one analysis, with keys in the order of SPEC §6.
 *
 * @param outcome what the analysis and the report build produced
 * @example JSON.stringify(jsonReport(outcome), null, 2)
 */
export function jsonReport(outcome: AnalyzeOutcome): JsonReport {
  const { profile, analysis } = outcome;
  const table = profile.table!;
  return {
    file: outcome.file,
    sheet: outcome.sheet,
    timeZone: outcome.timeZone,
    table: { headerRow: table.headerRow, headerRows: table.headerRows, firstDataRow: table.firstDataRow, lastRow: table.lastRow },
    columns: profile.columns.map((c) => ({ index: c.index, letter: c.letter, header: c.header, role: c.role, confidence: c.confidence })),
    mapping: {
      score: profile.mapping.score,
      date: profile.mapping.date,
      segments: [...profile.mapping.segments],
      comments: [...profile.mapping.comments],
    },
    overall: {
      responses: analysis.overall.responses,
      promoters: analysis.overall.promoters,
      passives: analysis.overall.passives,
      detractors: analysis.overall.detractors,
      ignored: analysis.overall.ignored,
      nps: analysis.overall.nps,
      ci: analysis.overall.ci ? [analysis.overall.ci[0], analysis.overall.ci[1]] : null,
      moe: analysis.overall.moe,
    },
    periods: {
      period: analysis.periods.period,
      rows: analysis.periods.rows.map((row) => ({
        start: row.startDate,
        label: row.label,
        ...tallyOf(row),
        change: row.change,
        significant: row.significant === true,
      })),
    },
    segments: outcome.segments.map((segment) => ({
      column: segment.column,
      header: segment.header,
      rows: segment.rows.map((row) => ({ value: row.value, ...tallyOf(row) })),
    })),
    warnings: [...outcome.importWarnings, ...analysis.warnings],
    stats: { serviceCalls: outcome.serviceCalls, rows: analysis.rows, ms: outcome.ms },
  };
}

/** Counts, NPS and interval in schema order; the interval copied out of the add-on's realm. */
function tallyOf(t: JsonTally): JsonTally {
  return {
    responses: t.responses,
    promoters: t.promoters,
    passives: t.passives,
    detractors: t.detractors,
    nps: t.nps,
    ci: t.ci ? [t.ci[0], t.ci[1]] : null,
  };
}
