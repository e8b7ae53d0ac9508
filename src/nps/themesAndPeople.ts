/**
 * "What customers say" and "People" (SPEC section 10) for the analysis of a
 * table: the themes of the comment column and the people behind the
 * answers, computed from the columns the report reads (comment, respondent,
 * date and score cells of the data rows), never from the whole grid.
 */
import { findThemes } from './themes/findThemes';
import type { ThemesResult } from './themes/themeTypes';
import { peopleSummary } from './people';
import type { PeopleSummary } from './peopleTypes';
import { BLANK } from './score';
import type { Zone } from './zone';

/**
 * Comments the themes are read from at most: the latest ones (the lowest
 * rows, as forms append). Reading words costs far more than counting
 * scores (about 50 ms per 1,000 comments); this keeps a 100,000-row report
 * within SPEC §8's engine time, it is the largest set the theme finder is
 * tested on, and five thousand comments say what customers say now.
 */
export const MAX_THEME_COMMENTS = 5000;

/** The data rows' cells of the columns themes and people read (null when the column is not chosen). */
export interface ThemesAndPeopleColumns {
  /** Each row's score as the analysis read it: 0–10, or BLANK / INVALID. */
  scores: ArrayLike<number>;
  comments: ArrayLike<unknown> | null;
  respondents: ArrayLike<unknown> | null;
  dates: ArrayLike<unknown> | null;
}

/** How to read the dates and the confidence of the intervals. */
export interface ThemesAndPeopleSettings {
  zone: Zone;
  locale: string;
  confidence: number;
  /** Dates are UTC (a date column headed "(UTC)"), as the analysis reads them. */
  datesAreUtc: boolean;
}

/** Themes (null without a comment column), people (null without a respondent or a date column) and remarks for the user. */
export interface ThemesAndPeople {
  themes: ThemesResult | null;
  people: PeopleSummary | null;
  warnings: string[];
}

/**
 * Themes of the comments and the people summary of the respondents.
 *
 * @example
 * themesAndPeople({ scores, comments, respondents: null, dates: null }, settings).themes?.themes[0].theme // 'slow support'
 */
export function themesAndPeople(columns: ThemesAndPeopleColumns, settings: ThemesAndPeopleSettings): ThemesAndPeople {
  const warnings: string[] = [];
  // The engines read cells: a blank score stays blank (not an answer), an unreadable one stays invalid.
  const scores = scoreCells(columns.scores);
  let themes: ThemesResult | null = null;
  if (columns.comments) {
    const latest = latestComments(columns.comments, scores, MAX_THEME_COMMENTS);
    if (latest.total > MAX_THEME_COMMENTS) {
      warnings.push(`What customers say reads the latest ${MAX_THEME_COMMENTS.toLocaleString('en-US')} comments (of ${latest.total.toLocaleString('en-US')}).`);
    }
    themes = findThemes(latest.comments, latest.scores, { confidence: settings.confidence });
  }
  let people: PeopleSummary | null = null;
  if (columns.respondents && !columns.dates) {
    warnings.push('People (latest answer per person) needs a date column: mark the column with the response dates as "date".');
  } else if (columns.respondents && columns.dates) {
    people = peopleSummary(columns.respondents, columns.dates, scores, {
      zone: settings.zone,
      locale: settings.locale,
      confidence: settings.confidence,
      textIsUtc: settings.datesAreUtc,
      dateCellsAreUtc: settings.datesAreUtc,
    });
  }
  return { themes, people, warnings };
}

/**
 * The last `limit` non-blank comments and their scores (all of them when
 * there are no more), and how many non-blank comments there are.
 */
function latestComments(comments: ArrayLike<unknown>, scores: unknown[], limit: number): { comments: ArrayLike<unknown>; scores: ArrayLike<unknown>; total: number } {
  let total = 0;
  let from = comments.length;
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i];
    if (c === '' || c === null || c === undefined || (typeof c === 'string' && c.trim() === '')) continue;
    total++;
    if (total <= limit) from = i;
  }
  if (total <= limit) return { comments, scores, total };
  return { comments: Array.prototype.slice.call(comments, from), scores: scores.slice(from), total };
}

/** The analysis's scores as cells: the score, "" for a blank, "invalid" for anything else. */
function scoreCells(scores: ArrayLike<number>): unknown[] {
  const cells = new Array<unknown>(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    cells[i] = s >= 0 ? s : s === BLANK ? '' : 'invalid';
  }
  return cells;
}
