/**
 * What one value of a column says of the column — blank, a "no answer"
 * marker, a 0–10 score, a number, a date, an e-mail, a person's name… —
 * worked out once per distinct value of the column: answers repeat (a
 * Likert item holds five values, a 0–10 question eleven, yes/no two), and
 * every signal of the detector asks the same questions of each cell.
 */
import {
  cellText, isBooleanCell, isDateCell, isEmailText, isIdentifierLike, isIpText, isNoAnswerText, isPersonNameText, isUrlText,
  looksEmpty, looksLikeDateText, numberOfCell,
} from './cellKinds';
import { readDate, slashedOrderOf, type DayOrder } from './dateText';
import { readScore } from './score';
import { zoneFor } from './zone';

/** The kind of a text that is neither a number nor a date. */
export type TextKind = 'email' | 'ip' | 'url' | 'personName' | 'labelledNumber' | 'groupLabel' | 'plain';

/** The facts of one distinct value of a column. */
export interface ValueFacts {
  /** The first cell seen with this value. */
  cell: unknown;
  /** Shows nothing (blank, spaces, zero-width characters): none of the other facts are worked out. */
  empty: boolean;
  /** A "no answer" marker such as `NA`, `N/A`, `-`. */
  noAnswer: boolean;
  /** Its distinct-value key: the trimmed text, lower-case. */
  key: string;
  /** `readScore`: 0–10, else negative. */
  score: number;
  boolean: boolean;
  identifier: boolean;
  /** `numberOfCell`: NaN when it is no number. */
  number: number;
  /** The day order its slashed date text shows (a part above 12), else null. */
  slashed: DayOrder | null;
  /** The day order {@link date}, {@link text}, {@link length} and {@link words} were worked out for; null before. */
  order: DayOrder | null;
  /** A date cell, or date text the reader understands in `order` (and no number). */
  date: boolean;
  /** For text that is neither a number nor a date: its kind; else null. */
  text: TextKind | null;
  /** Length and word count of that text. */
  length: number;
  words: number;
  /** The last pass of a column's statistics that counted its key (see columnStats). */
  pass: number;
}

/**
 * The facts of each distinct value of one column: a value met again is
 * answered from memory. Text, numbers and booleans are known by their value,
 * date cells by their instant; any other object is looked at each time.
 *
 * @example
 * const values = new ColumnValues();
 * values.factsOf('Agree') === values.factsOf('Agree') // true
 */
export class ColumnValues {
  private readonly known = new Map<unknown, ValueFacts>();
  private readonly knownDates = new Map<number, ValueFacts>();

  /** The facts of a cell of the column. */
  factsOf(cell: unknown): ValueFacts {
    if (typeof cell !== 'object' || cell === null) {
      let facts = this.known.get(cell);
      if (!facts) this.known.set(cell, (facts = valueFacts(cell)));
      return facts;
    }
    if (!isDateCell(cell)) return valueFacts(cell);
    const time = cell.getTime();
    let facts = this.knownDates.get(time);
    if (!facts) this.knownDates.set(time, (facts = valueFacts(cell)));
    return facts;
  }
}

/** The facts of one value that do not depend on the column's day order. */
function valueFacts(cell: unknown): ValueFacts {
  const facts: ValueFacts = {
    cell, empty: looksEmpty(cell), noAnswer: false, key: '', score: -1, boolean: false, identifier: false, number: NaN, slashed: null,
    order: null, date: false, text: null, length: 0, words: 0, pass: 0,
  };
  if (facts.empty) return facts;
  facts.noAnswer = isNoAnswerText(cell);
  facts.key = cellText(cell).toLowerCase();
  facts.score = readScore(cell);
  facts.boolean = isBooleanCell(cell);
  facts.identifier = isIdentifierLike(cell);
  facts.number = numberOfCell(cell);
  facts.slashed = typeof cell === 'string' ? slashedOrderOf(cell) : null;
  return facts;
}

/**
 * Works out the facts that depend on the column's day order (is it a date,
 * else what kind of text), once per order.
 *
 * @param facts from {@link ColumnValues.factsOf}, not empty
 * @param order how the column's slashed dates read
 */
export function classifyValue(facts: ValueFacts, order: DayOrder): void {
  if (facts.order === order) return;
  facts.order = order;
  facts.date = false;
  facts.text = null;
  facts.length = 0;
  facts.words = 0;
  const cell = facts.cell;
  if (!isNaN(facts.number)) return;
  if ((isDateCell(cell) || looksLikeDateText(cell)) && !isNaN(readDate(cell, UTC, order, true))) {
    facts.date = true;
    return;
  }
  if (typeof cell !== 'string') return;
  const text = cellText(cell);
  facts.text = textKind(text);
  facts.length = text.length;
  facts.words = wordCount(text);
}

const WHITE_SPACE_RUNS = /\s+/g;

/**
 * `text.split(/\s+/).length` without making the words: one more than the
 * runs of white space (leading and trailing ones included, as split counts
 * them). The regular expression walks the text natively: a loop over its
 * characters is slower in a script's first run, where most detection runs.
 *
 * @example wordCount('Too  expensive,\u00a0sadly') // 3
 */
export function wordCount(text: string): number {
  let words = 1;
  WHITE_SPACE_RUNS.lastIndex = 0;
  while (WHITE_SPACE_RUNS.test(text)) words++;
  return words;
}

const UTC = zoneFor('UTC');

const GROUP_LABEL =
  /^(promoters?|passives?|neutrals?|detractors?|promotor(es|en)?|pasivos?|neutros?|detratores?|detractores|promoteurs?|passifs?|neutres?|detracteurs?|passiv|kritiker|detraktoren|promotori|passivi|detrattori|neutri|passieven|criticasters?|промоутеры?|сторонники|неитралы?|пассивы?|критики?|推奨者|中立者|批判者|推荐者|被动者|贬损者|추천자|중립자|비추천자|비판자)$/;

/** The longest label of {@link GROUP_LABEL} written in ASCII has 12 letters. */
const LONGEST_GROUP_LABEL = 12;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** A word or two and a number: "Customer 1042", "User #17", "Store 12". */
const LABELLED_NUMBER = /^\p{L}+(?: \p{L}+)? ?#?\d+$/u;

/** The kind of a trimmed text that is neither a number nor a date; the first test that holds wins. */
function textKind(text: string): TextKind {
  if (isEmailText(text)) return 'email';
  if (isIpText(text)) return 'ip';
  if (isUrlText(text)) return 'url';
  if (isPersonNameText(text)) return 'personName';
  if (endsWithDigit(text) && LABELLED_NUMBER.test(text)) return 'labelledNumber';
  if (isGroupLabel(text)) return 'groupLabel';
  return 'plain';
}

function endsWithDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 48 && c <= 57;
}

/** True for a Promoter / Passive / Detractor label, accents and case aside. ASCII text keeps its length through {@link withoutAccents}. */
function isGroupLabel(text: string): boolean {
  if (text.length > LONGEST_GROUP_LABEL && ASCII_ONLY.test(text)) return false;
  return GROUP_LABEL.test(withoutAccents(text));
}

function withoutAccents(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}
