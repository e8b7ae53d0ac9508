/**
 * The role of one column, judged from its values first and its header
 * second. Each guess carries a confidence (how sure we are of the role) and
 * a strength (how good the column is at that role, to choose between
 * columns: the recommend question among several 0–10 columns, the submit
 * date among several dates, the best segment first).
 */
import type { Role } from '../shared/contract';
import { scoresUsed, type ColumnStats } from './columnStats';
import type { HeaderHints } from './headerWords';

/** A role for one column, before the columns are compared with each other. */
export interface RoleGuess {
  role: Role;
  /** 0–1. */
  confidence: number;
  /** How good the column is at its role; only compared between columns of the same role. */
  strength: number;
}

/** Most non-blank values must be 0–10 scores for a column to be the score. */
const SCORE_SHARE = 0.6;
/** A column is of a kind (dates, e-mails…) when this share of its values are. */
const MOSTLY = 0.8;
/** The rank of a date column whose header says nothing of what the date is (see `dateRank`). */
export const UNNAMED_DATE_RANK = 1.5;

/**
 * Guesses the role of a column from its sampled values and its header hints.
 * Values come first: mostly e-mails, dates, Promoter/Passive/Detractor labels
 * or IP addresses settle it; then the score test; then ids, numbers and text.
 *
 * @param stats the column's sampled values ({@link columnStats})
 * @param hints what its header says ({@link headerHints})
 * @example
 * // Qualtrics' Q1_NPS_GROUP holds only 1, 2, 3: never the score.
 * guessRole(columnStats(values, rows, 18, 'month-first'), headerHints('Q1_NPS_GROUP')).role // 'nps_group'
 */
export function guessRole(stats: ColumnStats, hints: HeaderHints): RoleGuess {
  const n = stats.filled;
  if (n === 0) return emptyColumnGuess(hints);
  const share = (count: number) => count / n;
  const uniqueness = stats.distinct / Math.min(n, 1000);

  if (share(stats.emails) >= MOSTLY) return guess('email', hints.email ? 0.99 : 0.92);
  if (share(stats.dates) >= MOSTLY) {
    const rank = hints.dateRank || UNNAMED_DATE_RANK;
    return guess('date', hints.date ? 0.97 : 0.85, rank + share(stats.dates) / 10);
  }
  if (share(stats.groupLabels) >= MOSTLY) return guess('nps_group', 0.95);
  if (share(stats.ips) >= MOSTLY || share(stats.urls) >= MOSTLY) return guess('other', 0.9);
  if (share(stats.booleans) >= 0.9) return guess('other', 0.7);
  if (hints.id && !hints.recommend && !hints.likely && !hints.scoreWord && (uniqueness >= 0.9 || share(stats.identifiers) >= MOSTLY)) {
    return guess('id', 0.95);
  }
  const score = scoreGuess(stats, hints);
  if (score) return score;
  const used = scoresUsed(stats);
  if (hints.group && share(stats.scores) >= MOSTLY && used.every((s) => s >= 1 && s <= 3)) return guess('nps_group', 0.9);
  if (share(stats.identifiers) >= MOSTLY) return guess('id', hints.id ? 0.95 : 0.85);
  if (share(stats.numbers) >= MOSTLY) return numberGuess(stats, hints, uniqueness);
  return textGuess(stats, hints, uniqueness);
}

function guess(role: Role, confidence: number, strength = 0): RoleGuess {
  return { role, confidence, strength };
}

/** A column with no values: only its header speaks, softly. It never becomes the score, date, segment or comment. */
function emptyColumnGuess(hints: HeaderHints): RoleGuess {
  if (hints.email) return guess('email', 0.4);
  if (hints.id) return guess('id', 0.4);
  return guess('other', 0.3);
}

/**
 * The score guess, or null. The column must hold mostly 0–10 scores (labels,
 * text numbers and a few typos allowed) and use more than a 1–5 or 0–1
 * scale; a header naming a segment, a measure or an id without naming a
 * score vetoes it, and so does a run of unique increasing numbers (row numbers).
 */
function scoreGuess(stats: ColumnStats, hints: HeaderHints): RoleGuess | null {
  // 11s with never a 0: a 0–10 item coded 1–11, which the analysis reads as 0–10 (SPEC 10b).
  const elevens = stats.scoreCounts[0] === 0 ? stats.elevens : 0;
  const scoreShare = (stats.scores + elevens) / stats.filled;
  if (scoreShare < SCORE_SHARE) return null;
  const used = scoresUsed(stats);
  if (used.every((s) => s >= 1 && s <= 5) || used.every((s) => s <= 1)) return null;
  const named = hints.recommend || hints.likely || hints.scoreWord || hints.zeroToTen;
  if (!named && (hints.segment || hints.measure || hints.id || hints.technical || hints.group)) return null;
  if (!named && stats.increasing && stats.distinct === stats.filled && stats.filled >= 5) return null;
  const spread = Math.min(used.length, 8) / 8;
  const reachesTop = used[used.length - 1] >= 9 ? 0.1 : 0;
  const header = hints.recommend ? 0.5 : hints.likely ? 0.35 : hints.scoreWord ? 0.3 : hints.zeroToTen ? 0.2 : 0;
  // "How satisfied are you with our recommendations? (0-10)" names a recommendation but is a satisfaction question.
  const satisfaction = hints.satisfaction ? (hints.recommend ? -0.4 : -0.2) : 0;
  // Of two recommend questions, the one most respondents answered (the product, not the support team).
  const answered = 0.05 * (stats.filled / stats.sampled);
  const strength = 0.3 * scoreShare + 0.1 * spread + reachesTop + header + satisfaction + answered;
  const confidence = hints.recommend ? 0.97 : hints.likely || hints.scoreWord ? 0.9 : hints.zeroToTen ? 0.85 : 0.55 + 0.3 * scoreShare * spread;
  return guess('score', Math.max(0.3, confidence + satisfaction), strength);
}

function numberGuess(stats: ColumnStats, hints: HeaderHints, uniqueness: number): RoleGuess {
  if (hints.technical) return guess('other', 0.8);
  if (hints.id && uniqueness >= 0.9) return guess('id', 0.9);
  if (stats.increasing && stats.integers === stats.filled && stats.filled >= 5) return guess('id', 0.8);
  // Store or region codes; not a rating question that happens to name a team, an account or a product.
  const rating = hints.satisfaction || hints.likely || hints.scoreWord || hints.recommend;
  if (hints.segment && !hints.measure && !rating && stats.integers === stats.filled && stats.distinct <= 50 && stats.distinct > 1) {
    return guess('segment', 0.6, segmentStrength(stats, hints));
  }
  return guess('number', hints.measure ? 0.95 : 0.8);
}

function textGuess(stats: ColumnStats, hints: HeaderHints, uniqueness: number): RoleGuess {
  const n = stats.filled;
  if (stats.distinct === 1 && n >= 3) return guess('other', 0.6);
  if (hints.email) return guess('email', 0.6);
  if (hints.technical && !hints.comment) return guess('other', 0.7);
  if (hints.id && uniqueness >= 0.9) return guess('id', 0.8);
  if (hints.name && !hints.segment) return guess('other', 0.7);
  if (hints.date && !hints.segment && !hints.comment) return guess('other', 0.6);
  const fewValues = n >= 10 ? stats.distinct <= n / 2 : stats.distinct < n;
  // Up to 25 values is a choice; more (countries, stores) only when they repeat a lot or the header names a segment.
  const categorical =
    stats.averageWords <= 4 &&
    fewValues &&
    (stats.distinct <= 25 || (stats.distinct <= 100 && (hints.segment || stats.distinct <= n * 0.35)));
  const longText = stats.averageWords >= 4 || stats.averageLength >= 25;
  if (hints.comment && !(hints.segment && categorical && stats.averageWords <= 3)) return guess('comment', 0.9);
  // "Customer 1042", "User 17", all different: a record label, not comments ("Store 12" repeats: a segment).
  if (stats.labelledNumbers >= MOSTLY * n && uniqueness >= 0.9 && n >= 5) return guess('id', 0.75);
  // Full names, mostly different from each other: people, not a segment or comments.
  if (stats.personNames >= MOSTLY * n && uniqueness >= 0.5 && n >= 5) return guess('other', 0.7);
  if (longText) return guess('comment', 0.8);
  if (categorical) return guess('segment', hints.segment ? 0.9 : 0.7, segmentStrength(stats, hints));
  if (uniqueness >= 0.9 && stats.identifiers / n >= 0.5) return guess('id', 0.7);
  if (uniqueness >= 0.5 && stats.averageWords >= 2) return guess('comment', 0.6);
  return guess('other', 0.5);
}

/** Segments with a telling header, a handful of values and few blanks come first. */
function segmentStrength(stats: ColumnStats, hints: HeaderHints): number {
  const values = stats.distinct;
  const handful = values >= 2 && values <= 12 ? 0.3 : values <= 30 ? 0.2 : 0.1;
  const wordy = stats.averageWords > 2 ? -0.1 : 0;
  return (hints.segment ? 0.4 : 0) + handful + 0.2 * (stats.filled / stats.sampled) + wordy;
}
