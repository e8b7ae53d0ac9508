/**
 * What one `nps-sheets analyze` run produced, as the three printers (text,
 * JSON, HTML) read it. Everything here comes from the bundled add-on running
 * on the local spreadsheet.
 */
import type { TableAnalysis } from '../../nps/analysis';
import type { ReportResult, SheetProfile } from '../../shared/contract';
import type { ChartSpec } from '../playground/chartSpec';

/** One segment table (the analysis of one segment column). */
export type SegmentTable = NonNullable<TableAnalysis['segments']>;

/** The result of analysing one file. */
export interface AnalyzeOutcome {
  /** The file's base name, as given. */
  file: string;
  /** The sheet analysed. */
  sheet: string;
  timeZone: string;
  /** The sidebar's profile after the column overrides; its table is not null. */
  profile: SheetProfile;
  /** Overall figures and the period trend, for the chosen period and confidence. */
  analysis: TableAnalysis;
  /** One table per segment column (the one asked for, else every detected segment column). */
  segments: SegmentTable[];
  /** What the report build returned. */
  report: ReportResult;
  /** Spreadsheet service calls of the report build. */
  serviceCalls: number;
  /** Milliseconds the report build took. */
  ms: number;
  /** The charts on the report sheet after the build. */
  charts: ChartSpec[];
  /** Where the HTML page was written, if asked for. */
  outFile: string | null;
  /** Whether the readable output and the page show internal figures (confidences, service calls, time). */
  verbose: boolean;
}
