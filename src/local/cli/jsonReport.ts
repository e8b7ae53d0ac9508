/**
 * The `--json` output of `nps-sheets analyze`, exactly the schema of SPEC §6:
 * 0-based column indices, 1-based sheet rows, unrounded numbers, intervals
 * as `[low, high]`, `change: null` when either period is empty and
 * `significant: false` when the test cannot be computed.
 */
import type { ColumnMapping, PeriodKind, Role, ScoreQuestion, ScoreScaleName, TablePosition, TallySummary } from '../../shared/contract';
import type { AnalyzeOutcome } from './outcome';
import type { HeadlineComparison } from '../../nps/headlineComparisons';
import { themesJson, type JsonThemes } from './themesJson';
import { peopleJson, type JsonPeople } from './peopleJson';
import { driversJson, type JsonDriver } from './driversJson';

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
  /** Other 0–10 recommend questions the sheet could be scored on (SPEC 10b). */
  alternativeScores: ScoreQuestion[];
  overall: JsonTally & { ignored: number; moe: number | null; band: string | null; fewResponses: boolean; scale: ScoreScaleName };
  periods: {
    period: PeriodKind;
    rows: (JsonTally & {
      start: string; label: string; change: number | null; significant: boolean;
      p: number | null; pAdjusted: number | null; fewResponses: boolean;
    })[];
  };
  /** The latest period against the previous one, a year earlier and the first. */
  comparisons: Omit<HeadlineComparison, 'fewResponses'>[];
  segments: {
    column: number;
    header: string;
    rows: (JsonTally & { value: string; vsRest: number | null; p: number | null; pAdjusted: number | null; significant: boolean; fewResponses: boolean })[];
  }[];
  /** "What customers say", null without a comment column. */
  themes: JsonThemes | null;
  /** "People" (counts only, no addresses), null without a respondent column. */
  people: JsonPeople | null;
  /** What goes with the score (SPEC §10b): every answer of the driver columns, as NPS_DRIVERS lists them. */
  drivers: JsonDriver[];
  /** Plain sentences about the input: the import's (encodings guessed, cells cut to Sheets' limits), then the analysis' (rows skipped, dates unread…). */
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
      respondent: profile.mapping.respondent ?? null,
    },
    alternativeScores: (profile.alternativeScores || []).map((a) => ({ column: a.column, letter: a.letter, header: a.header })),
    overall: {
      responses: analysis.overall.responses,
      promoters: analysis.overall.promoters,
      passives: analysis.overall.passives,
      detractors: analysis.overall.detractors,
      ignored: analysis.overall.ignored,
      nps: analysis.overall.nps,
      ci: analysis.overall.ci ? [analysis.overall.ci[0], analysis.overall.ci[1]] : null,
      moe: analysis.overall.moe,
      band: analysis.overall.band,
      fewResponses: analysis.overall.fewResponses,
      scale: analysis.overall.scale,
    },
    periods: {
      period: analysis.periods.period,
      rows: analysis.periods.rows.map((row) => ({
        start: row.startDate,
        label: row.label,
        ...tallyOf(row),
        change: row.change,
        significant: row.significant === true,
        p: row.p,
        pAdjusted: row.pAdjusted,
        fewResponses: row.fewResponses,
      })),
    },
    comparisons: analysis.comparisons.map((c) => ({
      kind: c.kind, from: c.from, to: c.to, change: c.change, p: c.p, pAdjusted: c.pAdjusted, significant: c.significant, sentence: c.sentence,
    })),
    segments: outcome.segments.map((segment) => ({
      column: segment.column,
      header: segment.header,
      rows: segment.rows.map((row) => ({
        value: row.value,
        ...tallyOf(row),
        vsRest: row.vsRest,
        p: row.p,
        pAdjusted: row.pAdjusted,
        significant: row.significant === true,
        fewResponses: row.fewResponses,
      })),
    })),
    themes: themesJson(analysis.themes),
    people: peopleJson(analysis.people, analysis.overall.nps),
    drivers: driversJson(analysis.drivers),
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
