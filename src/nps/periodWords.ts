/**
 * Periods as a person names them in a sentence or a chart axis, from a
 * period's local start date (`YYYY-MM-DD`): weeks are "Week of Apr 28, 2025"
 * rather than `2025-W18`; the other kinds keep their table labels.
 */
import type { PeriodKind } from '../shared/contract';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A period's name for readers.
 *
 * @param startDate the period's local first day, `YYYY-MM-DD`
 * @param label the table label (`Jan 2025`, `2025 Q1`, `2025-W18`…)
 * @example readablePeriod('2025-04-28', '2025-W18', 'week') // 'Week of Apr 28, 2025'
 * @example readablePeriod('2025-01-31', '2025-01-31', 'day') // 'Jan 31, 2025'
 * @example readablePeriod('2025-01-01', 'Jan 2025', 'month') // 'Jan 2025'
 */
export function readablePeriod(startDate: string, label: string, kind: PeriodKind): string {
  const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(startDate);
  if (!m) return label;
  const day = `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
  if (kind === 'week' || kind === 'week-sunday') return `Week of ${day}`;
  if (kind === 'day') return day;
  return label;
}
