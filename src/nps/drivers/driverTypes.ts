/**
 * The shapes of "What goes with the score" (SPEC §10b): the question
 * columns given to the engine and the rows it returns, one per
 * (question, answer) pair, as `NPS_DRIVERS`, the report, the CLI and the
 * JSON `drivers` show them.
 */
import type { Zone } from '../zone';

/** One question column: its header and its answer cells (data rows only). */
export interface DriverQuestion {
  /** The question as the reader knows it (the column's header). */
  header: string;
  /** One cell per data row, the same rows as the scores. */
  cells: ArrayLike<unknown>;
  /** Where the column is (0-based sheet column); echoed on every row. Default: its place in the list. */
  column?: number;
}

/** One (question, answer) pair and how its NPS compares with the rest of that question's responses. */
export interface DriverRow {
  /** The question's header. */
  question: string;
  /** The question's column (see {@link DriverQuestion.column}). */
  column: number;
  /** The answer in its most frequent spelling; `(blank)` for no answer. */
  answer: string;
  /** Responses (valid 0–10 scores) that gave this answer. */
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS of those responses, in points. */
  nps: number;
  /** This answer's NPS minus the NPS of every other response to the question; null when not tested. */
  vsRest: number | null;
  /** Unadjusted two-sided p of the difference test (SPEC §2); null when not tested. */
  p: number | null;
  /** p Holm-adjusted across every pair tested; null when not tested. */
  pAdjusted: number | null;
  /** pAdjusted < 1 − confidence (false when not tested). */
  significant: boolean;
  /** False for `(blank)` and for an answer every response to the question gave (no rest). */
  tested: boolean;
}

/** Options of `findDrivers`. */
export interface DriverOptions {
  /** The spreadsheet's time zone, for answers that are date cells (default UTC). */
  zone?: Zone;
  /** Smallest number of responses an answer needs to be listed and tested (default 30). */
  minResponses?: number;
  /** Confidence level strictly between 0 and 1 (default 0.95). */
  confidence?: number;
}
