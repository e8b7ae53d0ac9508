/**
 * The content of the follow-up sheet (SPEC §10): the people whose latest
 * answer is a detractor (to contact) and those whose latest answer is a
 * promoter (to thank), newest first — person, date, score, segment,
 * comment. Built from the people summary and the comment and segment
 * columns' cells; every text from the data is written as text, never as a
 * formula. Pure.
 */
import type { LatestAnswer, PeopleSummary } from '../nps/peopleTypes';
import { cellDisplayText } from '../nps/cellDisplay';
import type { Zone } from '../nps/zone';
import { asSheetText } from './sheetText';

type Cell = string | number | boolean | Date;

/** The lists' header. */
export const FOLLOW_UP_HEADER = ['Person', 'Date', 'Score', 'Segment', 'Comment'];
/** Columns of the follow-up sheet. */
export const FOLLOW_UP_WIDTH = FOLLOW_UP_HEADER.length;
const ROW_FORMATS = ['@', 'yyyy-mm-dd hh:mm', '0', '@', '@'];

/** What the lists are made from. */
export interface FollowUpInput {
  sourceName: string;
  people: PeopleSummary;
  /** The data rows' comment cells, or null without a comment column. */
  comments: ArrayLike<unknown> | null;
  /** The data rows' segment cells, or null without a segment column. */
  segments: ArrayLike<unknown> | null;
  zone: Zone;
  /** "2025-06-30 14:05 (Europe/Berlin)". */
  builtAt: string;
}

/** The grid (values, formats, bold rows) of the follow-up sheet from A1. */
export interface FollowUpGrid {
  values: Cell[][];
  formats: string[][];
  bold: boolean[];
}

/**
 * The follow-up sheet's cells.
 * @example followUpGrid(input).values[3] // ['Person', 'Date', 'Score', 'Segment', 'Comment']
 */
export function followUpGrid(input: FollowUpInput): FollowUpGrid {
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const bold: boolean[] = [];
  const text = new Array<string>(FOLLOW_UP_WIDTH).fill('@');
  const line = (cells: Cell[], format: string[], isBold: boolean) => {
    values.push([...cells, ...new Array<Cell>(FOLLOW_UP_WIDTH - cells.length).fill('')]);
    formats.push(format);
    bold.push(isBold);
  };
  const contact = input.people.latest.filter((a) => a.category === 'Detractor');
  const thank = input.people.latest.filter((a) => a.category === 'Promoter');
  line([asSheetText(`People to follow up, from “${input.sourceName}” (built ${input.builtAt}). It holds personal data: share it with care, delete it when done.`)], text, true);
  line([asSheetText('Ask everyone for reviews, never only promoters: review sites forbid “review gating”.')], text, false);
  const list = (title: string, answers: LatestAnswer[]) => {
    line([asSheetText(`${title} (${answers.length})`)], text, true);
    line(FOLLOW_UP_HEADER.slice(), text, true);
    for (const answer of answers) line(answerCells(answer, input), ROW_FORMATS, false);
    line([], text, false);
  };
  list('To contact: their latest answer is a detractor', contact);
  list('To thank: their latest answer is a promoter', thank);
  return { values, formats, bold };
}

function answerCells(answer: LatestAnswer, input: FollowUpInput): Cell[] {
  const cellText = (cells: ArrayLike<unknown> | null) => {
    if (!cells) return '';
    const cell = cells[answer.index];
    if (cell === '' || cell === null || cell === undefined) return '';
    // Text is copied whole (whoever follows up reads the full comment); dates and numbers as the sheet shows them.
    return asSheetText((typeof cell === 'string' ? cell : cellDisplayText(cell, input.zone)).trim());
  };
  return [asSheetText(answer.person), new Date(answer.instant), answer.score, cellText(input.segments), cellText(input.comments)];
}
