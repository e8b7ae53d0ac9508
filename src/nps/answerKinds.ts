/**
 * What a column of short answers is (SPEC 10b): a segment (plan, region,
 * role: a few short labels the respondent belongs to), a question (a Likert
 * agree/disagree item, a multiple-choice question, multi-select answers
 * joined with ", " or ";" as survey tools write them) or noise (one answer on
 * nearly every row, nearly every answer different, an anti-robot question
 * answered "eight", "Eight" and "8", a column almost nobody answered).
 * Segments get a table of their own; segments and questions are tested as
 * drivers; noise is neither. Read from the detector's sampled rows only.
 */
import { cellText, isNoAnswerText, looksEmpty } from './cellKinds';
import { normalizeHeader } from './headerWords';
import { answerParts, isCodeList, isMultiSelect as isMultiSelectAnswers } from './drivers/multiSelect';

/** One of the kinds {@link answerKind} tells apart. */
export type AnswerKind = 'segment' | 'likert' | 'choice' | 'noise';

/** One answer (blank included) covering this share of the sampled rows: nothing to compare. */
const DOMINANT = 0.95;
/** Nearly every answer different (from 20 answers). */
const NEAR_UNIQUE = 0.9;
/** Share of answers on a Likert scale for a Likert item. */
const LIKERT_SHARE = 0.7;
/** Share of answers holding a separator (and options that recur) for multi-select. */
const MULTI_SHARE = 0.1;

/**
 * Answers of agreement, satisfaction, frequency, quality, likelihood and
 * expectation scales, optionally numbered ("5 - Strongly agree", "1 (Poor)"),
 * in English, German, French, Spanish, Portuguese, Italian and Dutch, and
 * star ratings (answers are folded: lower case, single spaces).
 */
const LIKERT =
  /^(\d+ ?[-–:.)(] ?)?(((strongly|somewhat|completely|totally|mostly|slightly|moderately|very|extremely|fairly|not( at all| very| so)?|neither) )*((dis)?agree( nor disagree)?|(dis|un)?satisfied( nor dissatisfied)?|(un)?likely( nor unlikely)?|(un)?important|useful|easy( nor difficult)?|difficult|hard|always|often|usually|sometimes|rarely|seldom|never|excellent|good|fair|average|poor|terrible)|((much|far) )?(better|worse) than expected|(about )?as expected|(exceeded|met|below) expectations|neutr(al|e|o|ale|aal)|(stimme|trifft) (voll und ganz |voll |eher |gar |überhaupt )?(nicht )?zu|teils\/teils|weder noch|(tout à fait |plutôt |pas du tout |ni d'accord ni )?(pas )?d'accord|(très |plutôt )?(in)?satisfait|(totalmente |muy )?(de acuerdo|en desacuerdo)|ni de acuerdo ni en desacuerdo|(muy )?(in)?satisfecho|(concordo|discordo)( totalmente| parcialmente)?|nem concordo nem discordo|(completamente |molto |per niente )?(d'accordo|in disaccordo)|né d'accordo né in disaccordo|(helemaal |zeer )?(mee )?(on)?eens|niet (on)?eens|[★☆]+)\)?$/;

/**
 * Nouns that name what a respondent belongs to (a narrower list than the
 * header hints, which also take "which…" and "where…" for segments).
 */
const SEGMENT_NOUN =
  /\b(plans?|region|country|countries|role|job|position|title|department|team|tier|industry|size|city|state|store|shop|branch|location|channel|products?|gender|sex|age|language|segment|type|category|market|cohort|device|platform|subscription|account|seniority|experience|level|education|income|sector|ethnicity|hotel|restaurant|clinic|hospital|property|site|office|venue|outlet|school|campus|course|class|programm?e?|event|flight|route|airline|agent|advisor|adviser|doctor|provider|vendor|partner|brand|edition|version|model|vehicle|based|live in|located|hear about|hear of|find us|found us|referr\w*|source|land|sprache|abteilung|geschlecht|pais|país|género|genero|sexo|pays|langue|sesso|paese|lingua|geslacht)\b/;

/**
 * "Which track did you take?", "Which tariff are you on?", "Which canteen did
 * you visit?": a question naming the unit a respondent was in is a segment.
 */
const WHICH_UNIT = /\b(which|what)\s+(?!(do|did|does|are|were|is|was|have|has|would|will|can|could|should)\b)\w+\s+(do|did|are|were|is|was|have|had)\s+you\b/;

/** Number words 0–20, each at the index of its value. */
const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

/**
 * An answer as it is compared: trimmed, case-folded, spaces and end
 * punctuation squeezed, a number word written as its digits ("Eight." → "8").
 *
 * @example foldedAnswer(' Eight. ') // '8'
 */
export function foldedAnswer(text: string): string {
  const folded = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '');
  const number = NUMBER_WORDS.indexOf(folded);
  return number < 0 ? folded : String(number);
}

/**
 * The kind of a column of short answers.
 *
 * @param values the sheet's values
 * @param rows the sampled 0-based rows
 * @param column 0-based column index
 * @param header the column's header text
 * @example
 * // "Which plan are you on?" Free / Pro / Team → 'segment'; "Onboarding was easy" Agree / Strongly agree… → 'likert'
 */
export function answerKind(values: unknown[][], rows: number[], column: number, header: string): AnswerKind {
  const answers = answersOf(values, rows, column);
  const n = answers.total;
  if (n === 0) return 'noise';
  const counts = new Map<string, number>();
  answers.texts.forEach((answer, i) => {
    const key = foldedAnswer(answer);
    counts.set(key, (counts.get(key) || 0) + answers.counts[i]);
  });
  // Blank and "no answer" rows are one value, "(blank)": a column nearly nobody answered is one value too.
  let top = rows.length - n;
  counts.forEach((count) => (top = Math.max(top, count)));
  if (rows.length >= 10 && top >= DOMINANT * rows.length) return 'noise';
  if (isMultiSelect(answers)) return 'choice';
  if (n >= 20 && counts.size >= NEAR_UNIQUE * n) return 'noise';
  // A linear scale labelled at its ends ("1 (Poor)", "2", "3", "4", "5 (Excellent)") counts its bare numbers too.
  let likert = 0;
  let bare = 0;
  counts.forEach((count, key) => (LIKERT.test(key) ? (likert += count) : /^\d\d?$/.test(key) && (bare += count)));
  if (likert > 0 && likert + bare >= LIKERT_SHARE * n) return 'likert';
  // A question ("What do you use it for?"), not a label ("Paying customer?").
  const words = normalizeHeader(header).split(' ').length;
  const asked = (/\?\s*$/.test(header.trim()) && words >= 4) || words >= 7;
  return asked && !namesSegment(header) && !WHICH_UNIT.test(normalizeHeader(header)) ? 'choice' : 'segment';
}

/**
 * True when a header names what a respondent belongs to (plan, region, role,
 * country, gender…): such a column is the best segment to show.
 *
 * @example namesSegment('Which plan are you on?') // true
 * @example namesSegment('Where did you hear about us?') // false
 */
export function namesSegment(header: string): boolean {
  return SEGMENT_NOUN.test(normalizeHeader(header));
}

/**
 * True for a column of ticked options joined with ", ", "," or ";" (survey tools
 * multi-select answers), however long its answers: see {@link isMultiSelect}.
 */
export function isMultiSelectColumn(values: unknown[][], rows: number[], column: number): boolean {
  return isMultiSelect(answersOf(values, rows, column));
}

/** The sampled answers of a column: each distinct trimmed text once, with how many rows gave it, and their total. */
interface Answers {
  texts: string[];
  counts: number[];
  total: number;
}

/**
 * The sampled answers of a column as trimmed text, blanks and "no answer"
 * markers left out. Each distinct cell is looked at once: answers repeat.
 */
function answersOf(values: unknown[][], rows: number[], column: number): Answers {
  const answers: Answers = { texts: [], counts: [], total: 0 };
  // Cell → index of its text in `answers`, or -1 for no answer.
  const byCell = new Map<unknown, number>();
  const byText = new Map<string, number>();
  for (const r of rows) {
    const row = values[r];
    const cell = row ? row[column] : undefined;
    let index = byCell.get(cell);
    if (index === undefined) {
      if (looksEmpty(cell) || isNoAnswerText(cell)) index = -1;
      else {
        const text = cellText(cell);
        index = byText.get(text);
        if (index === undefined) byText.set(text, (index = answers.texts.push(text) - 1)), answers.counts.push(0);
      }
      byCell.set(cell, index);
    }
    if (index < 0) continue;
    answers.counts[index]++;
    answers.total++;
  }
  return answers;
}

/**
 * True for answers of ticked options joined with ", " or ";" (the drivers rule,
 * {@link isMultiSelectAnswers}), when at least one answer in ten holds a
 * separator (a stray comma in a column of labels is not multi-select).
 */
function isMultiSelect(answers: Answers): boolean {
  const keys = new Set(answers.texts.map((answer) => answer.normalize('NFC').toLowerCase().replace(/\s+/g, ' ')));
  const codes = isCodeList(keys);
  let joined = 0;
  answers.texts.forEach((answer, i) => answerParts(answer, codes).length > 1 && (joined += answers.counts[i]));
  if (joined < Math.max(2, MULTI_SHARE * answers.total)) return false;
  return isMultiSelectAnswers(keys);
}

/**
 * True for a Likert item coded as numbers (Qualtrics' numeric export,
 * Typeform's opinion scale): on at least half the sampled rows, whole
 * numbers within 1–7 or 0–5, three to seven of them used. The caller leaves
 * out the score, dates, ids, counts and ages.
 *
 * @example isNumericScaleColumn([['Q8_1'], [1], [4], [5], [2]], [1, 2, 3, 4], 0) // true
 */
export function isNumericScaleColumn(values: unknown[][], rows: number[], column: number): boolean {
  const { texts, total } = answersOf(values, rows, column);
  const n = texts.map(Number);
  return total >= rows.length / 2 && texts.length > 2 && texts.every((t) => /^\d$/.test(t)) && Math.max(...n) <= (Math.min(...n) ? 7 : 5);
}
