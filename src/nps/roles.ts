/**
 * Which column is the score, the date, a segment, a comment…: a role and a
 * confidence for every column of the table, and the mapping the analysis
 * uses (one score, one date, segments best first, comments).
 */
import type { ColumnMapping, Role, TablePosition } from '../shared/contract';
import { cellText } from './cellKinds';
import { columnStats, sampleRows } from './columnStats';
import { dayOrderForLocale } from './dateText';
import { headerHints, normalizeHeader, type HeaderHints } from './headerWords';
import { preferLaterDates } from './laterDate';
import { questionColumn, type QuestionColumn } from './longFormat';
import { guessRole, UNNAMED_DATE_RANK, type RoleGuess } from './roleSignals';
import { answerKind, isMultiSelectColumn, isNumericScaleColumn, namesSegment, type AnswerKind } from './answerKinds';

/** One column with the role the detector gave it. */
export interface ColumnRole {
  /** 0-based column index. */
  index: number;
  /** Column letter: A, B, …, AA. */
  letter: string;
  /** The header rows' texts joined with " · " (Qualtrics ImportIds and SurveyMonkey's "Response" left out), or "". */
  header: string;
  role: Role;
  /** 0–1. */
  confidence: number;
}

/** Options of {@link profileColumns}. */
export interface ProfileOptions {
  /** The spreadsheet locale (en_US, de_DE…): how to read `3/4/2025` when a column does not tell. */
  locale?: string;
}

const IMPORT_ID = /"ImportId"\s*:\s*"([^"]*)"/i;
const SURVEYMONKEY_SUBHEADER = /^(response|open-ended response)$/i;
/** When two candidates are this close, the chosen one is less certain. */
const CLOSE_CALL = 0.1;
/** Headers of small whole numbers that are no rating: how many, of what size, which year. */
const QUANTITY = /number of|how many|\bnum\b|\bqty\b|quantit|\byears?\b|employee|\bstaff\b|people|children/;

/**
 * The column letter of a 0-based index.
 *
 * @example columnLetter(0) // 'A'
 * @example columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Gives every column of the table a role and a confidence, and chooses the
 * mapping: the best score column (the 0–10 recommend question, never a 1–5
 * scale, an NPS group, progress, durations or ids), the best date column
 * (submitted/recorded/end before created, updated and start; between
 * headers that rank alike, the later values), the segments
 * best first, and the comments. Only the chosen score and date columns keep
 * those roles: other score-like columns become `number`, other dates `other`.
 * A sheet of one row per answer (`Question | Answer`) gets no score column
 * and names its column of questions instead ({@link questionColumn}).
 * `scoreQuestions` lists the chosen score and every other 0–10 recommend
 * question (a second one is an alternative score, never a segment).
 * `scaleItems` lists the Likert items coded as numbers ({@link isNumericScaleColumn}),
 * extra driver candidates that keep their role and stay out of the mapping.
 * Values are read from at most 2,000 rows spread over the table.
 *
 * @param values the whole sheet's `getValues()`
 * @param table from {@link findTable}
 * @param options the spreadsheet locale
 * @example
 * const table = findTable(values)!;
 * profileColumns(values, table, { locale: 'en_US' }).mapping // { score: 1, date: 0, segments: [3], comments: [2] }
 */
export function profileColumns(
  values: unknown[][],
  table: TablePosition,
  options: ProfileOptions = {},
): { columns: ColumnRole[]; mapping: ColumnMapping; questions: QuestionColumn | null; scoreQuestions: number[]; scaleItems: number[] } {
  const rows = sampleRows(table);
  const order = dayOrderForLocale(options.locale || 'en_US');
  const headers = columnHeaders(values, table, rows);
  const hints = headers.map((header) => headerHints(header.signals));
  const stats = hints.map((_, index) => columnStats(values, rows, index, order));
  const guesses = hints.map((hint, index) => guessRole(stats[index], hint));
  preferLaterDates(values, rows, guesses, hints.map((hint) => hint.dateRank || UNNAMED_DATE_RANK), order);
  // Every 0–10 recommend question, before one is chosen: the others are alternative scores, never segments.
  const recommendQuestions = indicesWithRole(guesses, 'score').filter((i) => (hints[i].recommend || hints[i].likely) && !hints[i].satisfaction);
  let score = keepBest(guesses, 'score', 'number');
  // One row per answer: the column of answers holds every question's, so none is the score.
  const answers = score !== null ? [score] : stats.map((s, i) => (s.scores >= 5 && s.scores >= 0.1 * s.filled ? i : -1)).filter((i) => i >= 0);
  const signals = headers.map((h) => h.signals);
  let questions: QuestionColumn | null = null;
  for (let i = 0; i < answers.length && !questions; i++) questions = questionColumn(values, rows, answers[i], signals);
  if (questions && score !== null) (guesses[score] = { role: 'number', confidence: 0.6, strength: 0 }), (score = null);
  const date = keepBest(guesses, 'date', 'other');
  const questionColumns = questionsBesideSegments(values, rows, guesses, headers.map((h) => h.display));
  const segments = indicesWithRole(guesses, 'segment').sort((a, b) => guesses[b].strength - guesses[a].strength || a - b);
  // Drivers: the segments best first, then the Likert items and multiple-choice questions in sheet order.
  const drivers = [...segments, ...questionColumns];
  // Likert items coded as numbers: driver candidates too, outside the mapping (their role stays as detected).
  const scaleItems = guesses.map((_, i) => i).filter((i) => /^(number|other)$/.test(guesses[i].role) && recommendQuestions.indexOf(i) < 0 &&
    !notRating(hints[i], headers[i].signals) && isNumericScaleColumn(values, rows, i));
  const columns = guesses.map((g, index) => ({
    index, letter: columnLetter(index), header: headers[index].display, role: g.role, confidence: round2(g.confidence),
  }));
  const scoreQuestions = score === null ? [] : [score, ...recommendQuestions.filter((i) => i !== score)];
  const mapping: ColumnMapping = { score, date, segments, comments: indicesWithRole(guesses, 'comment'), drivers };
  const respondent = respondentColumn(guesses.map((g) => g.role));
  if (respondent !== null) mapping.respondent = respondent;
  return { columns, mapping, questions, scoreQuestions, scaleItems };
}

/**
 * The other 0–10 recommend questions a sheet offers as its score (SPEC 10b
 * `alternativeScores`): the detector's candidates but the score in force.
 *
 * @param scoreQuestions from {@link profileColumns}: the detected score first, then the other recommend questions
 * @param score the score column in force (the user's choice or the detector's)
 * @example alternativeScores([1, 10], 1) // [10]
 * @example alternativeScores([1, 10], 10) // [1]
 */
export function alternativeScores(scoreQuestions: number[], score: number | null): number[] {
  return scoreQuestions.filter((i) => i !== score);
}

/**
 * The mapping after the user's corrections: the first column whose role is
 * `score` (or `date`) is the score (date); every `segment` and `comment`
 * column in sheet order.
 *
 * @param roles the role in force for each column (index = column)
 * @param values the sheet's values (kept for the shape of the API; roles alone decide)
 * @param table the table position (likewise)
 * @example mappingFromRoles(['date', 'score', 'comment', 'segment'], values, table)
 * // { score: 1, date: 0, segments: [3], comments: [2] }
 */
export function mappingFromRoles(roles: Role[], values?: unknown[][], table?: TablePosition | null): ColumnMapping {
  const first = (role: Role) => {
    const index = roles.indexOf(role);
    return index < 0 ? null : index;
  };
  const all = (role: Role) => roles.map((r, i) => (r === role ? i : -1)).filter((i) => i >= 0);
  const mapping: ColumnMapping = { score: first('score'), date: first('date'), segments: all('segment'), comments: all('comment'), drivers: all('segment') };
  // Absent rather than null when there is none, so that mappings without people read as before.
  const respondent = respondentColumn(roles);
  if (respondent !== null) mapping.respondent = respondent;
  return mapping;
}

/**
 * The respondent column (SPEC §10): the column the user gave the role
 * `respondent`, else the first `email` column, else null — an `id` column
 * only when the user picks it (response ids are not people).
 *
 * @example respondentColumn(['date', 'score', 'email']) // 2
 * @example respondentColumn(['id', 'score', 'email', 'respondent']) // 3
 */
export function respondentColumn(roles: Role[]): number | null {
  const picked = roles.indexOf('respondent');
  if (picked >= 0) return picked;
  const email = roles.indexOf('email');
  return email >= 0 ? email : null;
}

/**
 * Tells the columns of short answers apart (SPEC 10b, {@link answerKind}):
 * segments keep their role, the one whose header names a plan, a region or a
 * role first; Likert items and multiple-choice questions (multi-select
 * answers too, however long, and option codes read as numbers) become
 * `other`, and so does noise. Returns the
 * Likert items and multiple-choice questions, in sheet order.
 */
function questionsBesideSegments(values: unknown[][], rows: number[], guesses: RoleGuess[], headers: string[]): number[] {
  const questions: number[] = [];
  guesses.forEach((g, i) => {
    let kind: AnswerKind | null = null;
    if (g.role === 'segment') kind = answerKind(values, rows, i, headers[i]);
    // Long answers joined by ", " read as comments; Qualtrics' option codes ("1,3,4") as numbers.
    else if ((g.role === 'comment' || g.role === 'number') && isMultiSelectColumn(values, rows, i)) kind = 'choice';
    if (kind === null) return;
    if (kind === 'segment') {
      // A header naming what respondents belong to beats a question that merely has few answers.
      g.strength += namesSegment(headers[i]) ? 0.2 : 0;
      return;
    }
    guesses[i] = { role: 'other', confidence: kind === 'noise' ? 0.6 : 0.7, strength: 0 };
    if (kind !== 'noise') questions.push(i);
  });
  return questions;
}

/** A header naming an id, a count, an age, a year, a date or metadata: its small whole numbers are no rating. */
function notRating(h: HeaderHints, header: string): boolean {
  return h.id || h.measure || h.technical || h.date || h.group || QUANTITY.test(normalizeHeader(header));
}

/**
 * The column with the strongest guess of `role` keeps it (the leftmost on a
 * tie); the others get `demoted`. Returns the kept column or null.
 */
function keepBest(guesses: RoleGuess[], role: Role, demoted: Role): number | null {
  const candidates = indicesWithRole(guesses, role);
  if (candidates.length === 0) return null;
  const ranked = candidates.slice().sort((a, b) => guesses[b].strength - guesses[a].strength || a - b);
  const best = ranked[0];
  if (ranked.length > 1 && guesses[best].strength - guesses[ranked[1]].strength < CLOSE_CALL) {
    guesses[best].confidence = Math.min(guesses[best].confidence, 0.7);
  }
  for (const index of ranked.slice(1)) guesses[index] = { role: demoted, confidence: 0.6, strength: 0 };
  return best;
}

function indicesWithRole(guesses: RoleGuess[], role: Role): number[] {
  const indices: number[] = [];
  guesses.forEach((g, i) => g.role === role && indices.push(i));
  return indices;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Each column's header: `display` for people, `signals` (with Qualtrics
 * ImportIds such as `QID2_TEXT` and SurveyMonkey's sub-labels) for the
 * detector. Trailing columns with neither a header nor sampled values are dropped.
 */
function columnHeaders(values: unknown[][], table: TablePosition, rows: number[]): Array<{ display: string; signals: string }> {
  const headerRows: unknown[][] = [];
  for (let r = 0; r < table.headerRows; r++) headerRows.push(values[table.headerRow - 1 + r] || []);
  let width = 0;
  for (const row of headerRows.concat(rows.map((r) => values[r] || []))) {
    for (let c = row.length - 1; c >= width; c--) if (cellText(row[c]) !== '') width = c + 1;
  }
  const headers: Array<{ display: string; signals: string }> = [];
  for (let c = 0; c < width; c++) {
    const display: string[] = [];
    const signals: string[] = [];
    for (const row of headerRows) {
      const text = cellText(row[c]);
      if (text === '') continue;
      const importId = IMPORT_ID.exec(text);
      if (importId) {
        signals.push(importId[1]);
        continue;
      }
      signals.push(text);
      const subLabel = SURVEYMONKEY_SUBHEADER.test(text) && display.length > 0;
      if (!subLabel && !display.some((d) => sameWords(d, text))) display.push(text);
    }
    headers.push({ display: display.join(' · '), signals: signals.join(' · ') });
  }
  return headers;
}

/** "StartDate" and "Start Date" say the same thing; show it once. */
function sameWords(a: string, b: string): boolean {
  const squeeze = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return squeeze(a) === squeeze(b);
}
