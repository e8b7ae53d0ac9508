/**
 * Exports with one row per answer rather than one row per response (a
 * "long" export: `Respondent | Question | Answer`), where the column of
 * 0–10 answers also holds the answers of every other question. Counting it
 * as the score would mix satisfaction ratings and free text into the NPS,
 * so the detector spots the column of questions and says so instead.
 */
import { cellText, isUnanswered } from './cellKinds';
import { headerHints, normalizeHeader } from './headerWords';
import { readScore } from './score';
import { answerOnElevenPoints } from './scoreScale';

/** A column of question texts (or ids) beside the column of answers. */
export interface QuestionColumn {
  /** 0-based index of the column of questions. */
  column: number;
  /** The recommend question as written in that column. */
  question: string;
  /** 0-based index of the column holding every question's answers. */
  answers: number;
}

/** More distinct values than this is not a list of questions. */
const MAX_QUESTIONS = 60;
/** Answers a question needs before its answers say anything. */
const MIN_ANSWERS = 5;
/** A header naming a column of questions (or items, metrics, fields). */
const QUESTION_HEADER = /\bquestion|\bitem\b|\bmetric\b|\bfield\b|\bvariable\b|\bfrage\b|pregunta|pergunta|domanda|\bvraag\b|pytanie|\bfraga\b/;

interface AnswerGroup {
  text: string;
  answers: number;
  scores: number;
  top: number;
}

/**
 * The column of questions when the score column holds the answers of
 * several questions, one row per answer: for some value of another text
 * column the "scores" are 0–10 answers, for another they are mostly not
 * scores (free text), or (under a header such as "Question") only a 1–5
 * scale. Segments never look like this: every plan or region has 0–10 answers.
 *
 * @param values the sheet's values
 * @param rows the sampled 0-based rows
 * @param score the chosen score column
 * @param headers each column's header text
 * @returns the column of questions and the recommend question's text, or null
 * @example
 * // Question | Answer: "How likely are you to recommend us?" 9, "What could we improve?" "faster support", …
 * questionColumn(values, rows, 1, ['Question', 'Answer']) // { column: 0, question: 'How likely are you to recommend us?', answers: 1 }
 */
export function questionColumn(values: unknown[][], rows: number[], score: number, headers: string[]): QuestionColumn | null {
  for (let column = 0; column < headers.length; column++) {
    if (column === score) continue;
    const groups = answerGroups(values, rows, column, score);
    if (!groups) continue;
    const named = QUESTION_HEADER.test(normalizeHeader(headers[column]));
    const wordy = groups.reduce((words, g) => words + g.text.split(/\s+/).length * g.answers, 0) >= 2 * groups.reduce((n, g) => n + g.answers, 0);
    if (!named && !wordy) continue;
    const heard = groups.filter((g) => g.answers >= MIN_ANSWERS);
    const zeroToTen = heard.filter((g) => g.scores >= 0.8 * g.answers && g.top >= 9);
    const other = heard.some((g) => g.scores < 0.5 * g.answers || (named && g.scores >= 0.8 * g.answers && g.top <= 5));
    if (zeroToTen.length === 0 || !other) continue;
    const recommend = zeroToTen.find((g) => headerHints(g.text).recommend) || zeroToTen.sort((a, b) => b.answers - a.answers)[0];
    return { column, question: recommend.text, answers: score };
  }
  return null;
}

/** The score column's non-blank answers grouped by the text of `column`; null when that column is not a short list of texts. */
function answerGroups(values: unknown[][], rows: number[], column: number, score: number): AnswerGroup[] | null {
  const groups = new Map<string, AnswerGroup>();
  for (const r of rows) {
    const row = values[r] || [];
    const key = row[column];
    const answer = row[score];
    // "No answer" markers say nothing of the question's scale.
    if (isUnanswered(answer) || typeof key !== 'string' || isUnanswered(key)) continue;
    const text = cellText(key);
    let group = groups.get(text.toLowerCase());
    if (!group) {
      if (groups.size === MAX_QUESTIONS) return null;
      groups.set(text.toLowerCase(), (group = { text, answers: 0, scores: 0, top: -1 }));
    }
    // An 11 is a 0–10 item coded 1–11 (Qualtrics' default), not another question's answer.
    const s = readScore(answer);
    const eleven = s < 0 && answerOnElevenPoints(answer) === 11;
    group.answers++;
    if (s >= 0 || eleven) group.scores++, (group.top = Math.max(group.top, eleven ? 10 : s));
  }
  return groups.size >= 2 ? [...groups.values()] : null;
}
