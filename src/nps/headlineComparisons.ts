/**
 * The headline comparisons (SPEC §6, `comparisons`): the latest period
 * against the previous non-empty one, against the same period a year
 * earlier, and against the first period — each a difference test, the three
 * Holm-adjusted together, and each told in a sentence a marketer can repeat:
 * "Up 37 points since Jan 2025 — a real change (p = 0.02)".
 */
import type { ComparisonText, PeriodKind } from '../shared/contract';
import { type Tally, responsesOf } from './tally';
import { npsOf } from './nps';
import { differenceTest } from './difference';
import { holmAdjust } from './multipleComparisons';
import { isFewResponses } from './fewResponses';
import { pValueText } from './rangeWords';
import { readablePeriod } from './periodWords';

/** Which earlier period the latest one is compared with. */
export type ComparisonKind = 'previous' | 'yearAgo' | 'first';

/** One headline comparison: the contract's comparison in words, and whether it rests on few responses. */
export interface HeadlineComparison extends ComparisonText {
  kind: ComparisonKind;
  /** Either period has fewer than 30 responses. */
  fewResponses: boolean;
}

/** A period of the table as the comparisons need it. */
export interface ComparedPeriod {
  startDate: string;
  label: string;
  tally: Tally;
}

/** Periods of a year, for the "a year earlier" comparison of weeks (whose start dates drift). */
const WEEKS_A_YEAR = 52;

/**
 * The headline comparisons of a period table (none when fewer than two periods have responses).
 *
 * @param periods the table's periods in order, empty periods included
 * @param kind the period kind of the table
 * @param confidence strictly between 0 and 1
 * @example
 * headlineComparisons(rows, 'month', 0.95)[0].sentence // 'Down 4 points since Jun 2025 — could be noise (p = 0.41)'
 */
export function headlineComparisons(periods: readonly ComparedPeriod[], kind: PeriodKind, confidence: number): HeadlineComparison[] {
  const filled = (i: number) => i >= 0 && i < periods.length && responsesOf(periods[i].tally) > 0;
  let latest = periods.length - 1;
  while (latest >= 0 && !filled(latest)) latest--;
  if (latest < 0) return [];
  const chosen: { kind: ComparisonKind; index: number }[] = [];
  let previous = latest - 1;
  while (previous >= 0 && !filled(previous)) previous--;
  if (previous >= 0) chosen.push({ kind: 'previous', index: previous });
  const yearAgo = yearEarlier(periods, latest, kind);
  if (filled(yearAgo) && yearAgo !== previous) chosen.push({ kind: 'yearAgo', index: yearAgo });
  let first = 0;
  while (first < latest && !filled(first)) first++;
  if (first < latest && first !== previous && first !== yearAgo) chosen.push({ kind: 'first', index: first });

  const now = periods[latest];
  const tests = chosen.map((c) => differenceTest(now.tally, periods[c.index].tally, confidence));
  const adjusted = holmAdjust(tests.map((t) => t.pValue));
  return chosen.map((c, i) => {
    const then = periods[c.index];
    const change = npsOf(now.tally) - npsOf(then.tally);
    const significant = adjusted[i] < 1 - confidence;
    const few = isFewResponses(responsesOf(now.tally)) || isFewResponses(responsesOf(then.tally));
    return {
      kind: c.kind,
      from: then.label,
      to: now.label,
      change,
      p: tests[i].pValue,
      pAdjusted: adjusted[i],
      significant,
      fewResponses: few,
      sentence: comparisonSentence(c.kind, change, readablePeriod(then.startDate, then.label, kind), significant, few, adjusted[i]),
    };
  });
}

/** Index of the period a year before `latest`, or −1. */
function yearEarlier(periods: readonly ComparedPeriod[], latest: number, kind: PeriodKind): number {
  if (kind === 'year') return -1; // a year earlier is the previous period
  if (kind === 'week' || kind === 'week-sunday') return latest - WEEKS_A_YEAR;
  const date = periods[latest].startDate;
  const m = /^(-?\d+)(-\d\d-\d\d)$/.exec(date);
  if (!m) return -1;
  const target = `${Number(m[1]) - 1}${m[2]}`;
  for (let i = latest - 1; i >= 0; i--) if (periods[i].startDate === target) return i;
  return -1;
}

/**
 * A comparison in words.
 * @example comparisonSentence('first', 37.2, 'Jan 2025', true, false, 0.021) // 'Up 37 points since Jan 2025 — a real change (p = 0.021)'
 */
export function comparisonSentence(kind: ComparisonKind, change: number, then: string, significant: boolean, few: boolean, p: number): string {
  const points = Math.round(Math.abs(change));
  const unit = points === 1 ? 'point' : 'points';
  const when = kind === 'yearAgo' ? `on a year earlier (${then})` : `since ${then}`;
  const moved = points === 0 ? `About level ${when}` : `${change > 0 ? 'Up' : 'Down'} ${points} ${unit} ${when}`;
  const verdict = significant ? 'a real change' : few ? 'could be noise (few responses)' : 'could be noise';
  return `${moved} — ${verdict} (${pValueText(p)})`;
}
