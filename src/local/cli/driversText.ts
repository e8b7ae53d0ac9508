/**
 * "What goes with the score" in the readable output of `nps-sheets analyze`
 * (SPEC §10b): at most {@link MAX_LISTED} significant drivers, strongest
 * first, then one line on how to read them. Text from the data is shown on
 * one line with its control characters made visible.
 */
import type { DriverRow } from '../../nps/drivers/driverTypes';
import { visibleControls } from './terminalText';

/** Significant drivers listed at most. */
export const MAX_LISTED = 10;

/**
 * The section's lines (none when no answer was tested).
 *
 * @param drivers the analysis' drivers, significant first
 * @param confidence the confidence level of the tests
 * @example driversText(rows, 0.95)[0] // 'What goes with the score'
 */
export function driversText(drivers: readonly DriverRow[] | undefined, confidence: number): string[] {
  const tested = (drivers ?? []).filter((d) => d.tested);
  if (tested.length === 0) return [];
  const significant = tested.filter((d) => d.significant);
  const level = `${Math.round(confidence * 100)}%`;
  const lines = ['What goes with the score'];
  if (significant.length === 0) {
    lines.push(`  No answer goes with a higher or lower score beyond chance (${counted(tested.length)} tested at ${level} confidence).`);
    return lines;
  }
  const listed = significant.slice(0, MAX_LISTED);
  lines.push(
    ...columns(
      ['', 'Question', 'Answer', 'Responses', 'NPS', 'vs rest'],
      listed.map((d) => [d.vsRest! > 0 ? '▲' : '▼', clip(d.question, 48), clip(d.answer, 32), String(d.responses), fixed(d.nps), signed(d.vsRest!)]),
    ),
  );
  const more = significant.length - listed.length;
  lines.push(
    `  ▲ higher, ▼ lower NPS than the other responses to the question, beyond chance at ${level} confidence allowing for the ${counted(tested.length)} tested (Holm).` +
      (more > 0 ? ` ${more} more in --json.` : ''),
  );
  return lines;
}

function counted(n: number): string {
  return n === 1 ? '1 answer' : `${n} answers`;
}

/** Left-aligned columns, two spaces apart, indented by two. */
function columns(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

function fixed(value: number): string {
  const text = value.toFixed(1);
  return text === '-0.0' ? '0.0' : text;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${fixed(value)}`;
}

/** The text on one line, its control characters visible, cut to `max` characters. */
function clip(text: string, max: number): string {
  const flat = visibleControls(text.replace(/\s+/g, ' '));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
