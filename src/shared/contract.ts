/**
 * The one contract between the sidebar (browser) and the server endpoints
 * (Apps Script top-level functions called through `google.script.run`).
 *
 * Only plain data crosses: numbers, strings, booleans, arrays and plain
 * objects. Dates cross as ISO strings computed in the spreadsheet's zone.
 */

/**
 * Every role a column can have, in the order the role picker lists them.
 * `respondent` (the person behind each answer, SPEC §10) is never detected:
 * the user picks it; without it the first `email` column is the respondent.
 */
export const ROLES = ['score', 'date', 'segment', 'comment', 'respondent', 'nps_group', 'id', 'email', 'number', 'other'] as const;
/** What a column holds, as the sidebar and the report understand it. */
export type Role = (typeof ROLES)[number];

/** Calendar periods, in the spreadsheet's time zone. */
export const PERIOD_KINDS = ['day', 'week', 'week-sunday', 'month', 'quarter', 'year'] as const;
/** One of {@link PERIOD_KINDS}. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Report modes: values (works for every viewer) or live formulas. */
export const REPORT_MODES = ['snapshot', 'live'] as const;
/** One of {@link REPORT_MODES}. */
export type ReportMode = (typeof REPORT_MODES)[number];

/** Where the table sits in the sheet. Rows are 1-based sheet rows. */
export interface TablePosition {
  /** Sheet row of the first header row. */
  headerRow: number;
  /** Number of header rows (1–3). */
  headerRows: number;
  firstDataRow: number;
  lastRow: number;
}

/** Which column plays which part in the analysis (0-based column indices). */
export interface ColumnMapping {
  score: number | null;
  date: number | null;
  segments: number[];
  comments: number[];
  /**
   * The respondent column (e-mail or id) for "People" and the follow-up
   * sheet (SPEC section 10): the column whose role is `respondent`, else the
   * first `email` column, else null (ids only when the user picks them).
   */
  respondent?: number | null;
  /**
   * The question columns tested for "What goes with the score" (SPEC
   * section 10b); absent means none.
   */
  drivers?: number[];
}

/** One column as the sidebar shows it. */
export interface ColumnProfile {
  index: number;
  /** Column letter: A, B, …, AA. */
  letter: string;
  /** The header text (header rows joined), or "" when blank. */
  header: string;
  /** The role in force: the user's override if any, else the detected one. */
  role: Role;
  /** Confidence of the detected role, 0–1. */
  confidence: number;
  /** The role the detector chose. */
  detectedRole: Role;
  /** True when the user picked the role. */
  overridden: boolean;
  /** Up to three example values, as displayed text. */
  samples: string[];
}

/** A column that holds a 0–10 recommend question. */
export interface ScoreQuestion {
  /** 0-based column index. */
  column: number;
  letter: string;
  header: string;
}

/** What `getSheetProfile` returns for the active sheet. */
export interface SheetProfile {
  sheetName: string;
  sheetId: number;
  timeZone: string;
  /** Null when no table was found (empty sheet, headers only…). */
  table: TablePosition | null;
  columns: ColumnProfile[];
  mapping: ColumnMapping;
  /** A plain-language problem (no table, no score column) or null. */
  problem: string | null;
  /**
   * In a sheet of one row per answer (`Question | Answer`), the column naming
   * each row's question: then no column is the score. Else null.
   */
  questionColumn: number | null;
  /**
   * Other 0–10 recommend questions the sheet could be scored on (SPEC 10b),
   * besides the score column in force; never segments. Absent or empty when there are none.
   */
  alternativeScores?: ScoreQuestion[];
  /** True when the active sheet is one of our report sheets. */
  isReport: boolean;
  /** The existing report sheet for this source, if any. */
  reportSheetName: string | null;
  /** The options this source's report was last built with (what Refresh uses), or null when none is remembered. */
  reportOptions: ReportOptions | null;
}

/** Options of the preview and the report. */
export interface AnalysisOptions {
  period: PeriodKind;
  /** Column index of the segment, or null for none. */
  segmentColumn: number | null;
  /** Rolling window in days, or null for none. */
  rollingDays: number | null;
  /** Confidence level strictly between 0 and 1 (default 0.95). */
  confidence: number;
}

/** Options of a report build. */
export interface ReportOptions extends AnalysisOptions {
  mode: ReportMode;
  /** Also write the follow-up sheet (people to contact and to thank; copies personal data). */
  followUp?: boolean;
}

/** Counts and NPS of a group of responses. NPS and interval are null when empty. */
export interface TallySummary {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
  ci: [number, number] | null;
}

/** An invalid score cell the analysis skipped. */
export interface IgnoredCell {
  /** 1-based sheet row. */
  row: number;
  /** The cell as displayed text. */
  value: string;
}

/** One period of the preview trend. */
export interface TrendPoint extends TallySummary {
  /** Local start date `YYYY-MM-DD` in the spreadsheet's zone. */
  start: string;
  label: string;
  /** The label for readers: "Week of Apr 28, 2025" for weeks, else the label. */
  displayLabel: string;
  /** Fewer than 30 responses (and at least one). */
  fewResponses: boolean;
}

/** The latest period against an earlier one, in words (SPEC §6 `comparisons`). */
export interface ComparisonText {
  kind: 'previous' | 'yearAgo' | 'first';
  from: string;
  to: string;
  change: number;
  p: number;
  pAdjusted: number;
  significant: boolean;
  /** "Up 37 points since Jan 2025 — a real change (p = 0.02)". */
  sentence: string;
}

/** How to read the headline NPS: its band, the scale and its interval in words. */
export interface HeadlineReading {
  /** "Needs improvement", "Good", "Excellent" or "World class"; null without responses. */
  band: string | null;
  /** "scale −100 to 100". */
  scale: string;
  /** "likely between 45 and 71 (95 % confidence)"; null without responses. */
  range: string | null;
  /** Fewer than 30 responses. */
  fewResponses: boolean;
}

/**
 * The scale the score column was read on (SPEC 10b): `0-10`, or `1-11
 * recoded` for answers coded 1–11 (Qualtrics' default), each read as one less.
 */
export type ScoreScaleName = '0-10' | '1-11 recoded';

/** What `getPreview` returns. */
export interface PreviewResult {
  overall: TallySummary & { ignored: number; moe: number | null; scale?: ScoreScaleName };
  /** Band, scale and range of the overall NPS. */
  reading: HeadlineReading;
  /** The latest period against the previous one, a year earlier and the first (empty without a trend). */
  comparisons: ComparisonText[];
  /** Total number of invalid score cells, and the first few of them. */
  ignoredCells: IgnoredCell[];
  /** Rows whose date could not be read (first few), when a date column is set. */
  undatedRows: number[];
  trend: TrendPoint[];
  period: PeriodKind;
  warnings: string[];
  /** The top themes of each side ("slow support"), when a comment column is chosen (SPEC §9 `themes-preview`); null without one. */
  themes?: { detractors: string[]; promoters: string[]; comments: number } | null;
}

/** What `buildReport` returns. */
export interface ReportResult {
  reportSheetName: string;
  /** Number of charts on the report sheet after the build. */
  charts: number;
  /** True when the report sheet was created, false when refreshed in place. */
  created: boolean;
  periods: number;
  segments: number;
  /** Plain-language result: "Report ready in 'NPS · Form Responses 1' — 3 charts". */
  message: string;
}

/** What `refreshReports` returns. */
export interface RefreshResult {
  refreshed: string[];
  message: string;
}

/**
 * Every server endpoint the sidebar calls, by name. The server implements
 * each as a top-level function; the sidebar calls them through one client.
 */
export interface ServerApi {
  getSheetProfile(): SheetProfile;
  /** Saves role overrides for a sheet (document properties); `null` role clears one. */
  saveRoleOverrides(sheetId: number, overrides: { [column: number]: Role | null }): SheetProfile;
  getPreview(options: AnalysisOptions): PreviewResult;
  buildReport(options: ReportOptions): ReportResult;
  refreshReports(): RefreshResult;
}

/** Name of one endpoint. */
export type EndpointName = keyof ServerApi;
