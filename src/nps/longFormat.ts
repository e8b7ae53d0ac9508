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
  const answers = answersOf(values, rows, score);
  for (let column = 0; column < headers.length; column++) {
    if (column === score) continue;
    const groups = answerGroups(values, answers, column);
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

/** The sampled rows whose score-column cell holds an answer, each with its score (negative when it is no 0–10 score). */
interface Answers {
  rows: number[];
  scores: number[];
}

/** The answered cells of the score column over the sampled rows: read once, then grouped by every other column. */
function answersOf(values: unknown[][], rows: number[], score: number): Answers {
  const answers: Answers = { rows: [], scores: [] };
  for (const r of rows) {
    const answer = (values[r] || [])[score];
    // "No answer" markers say nothing of the question's scale.
    if (isUnanswered(answer)) continue;
    answers.rows.push(r);
    // An 11 is the top of a 0–10 item coded 1–11 (Qualtrics' default), not another question's answer.
    const s = readScore(answer);
    answers.scores.push(s < 0 && answerOnElevenPoints(answer) === 11 ? 10 : s);
  }
  return answers;
}

/**
 * The score column's answers grouped by the text of `column`; null when that
 * column is not a short list of texts. Each distinct text of the column is
 * looked at once.
 */
function answerGroups(values: unknown[][], answers: Answers, column: number): AnswerGroup[] | null {
  const groups = new Map<string, AnswerGroup>();
  /** Each text met, with its group (null: a "no answer" marker). */
  const seen = new Map<string, AnswerGroup | null>();
  for (let i = 0; i < answers.rows.length; i++) {
    const key = (values[answers.rows[i]] || [])[column];
    if (typeof key !== 'string') continue;
    let group = seen.get(key);
    if (group === undefined) {
      if (isUnanswered(key)) group = null;
      else {
        const text = cellText(key);
        const lower = text.toLowerCase();
        group = groups.get(lower);
        if (!group) {
          if (groups.size === MAX_QUESTIONS) return null;
          groups.set(lower, (group = { text, answers: 0, scores: 0, top: -1 }));
        }
      }
      seen.set(key, group);
    }
    if (group === null) continue;
    const s = answers.scores[i];
    group.answers++;
    if (s >= 0) group.scores++, (group.top = Math.max(group.top, s));
  }
  return groups.size >= 2 ? [...groups.values()] : null;
}
