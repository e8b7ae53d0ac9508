/**
 * The readable summary `nps-sheets analyze` prints by default: the headline
 * (NPS, band, range in words, the comparisons in words), where the table is,
 * each column with its role, the period table, the chosen segment's table and
 * what goes with the score.
 * Numbers are rounded for reading here only; `--json` keeps them exact.
 * Intervals are shown as their bounds, never as ± (SPEC §2). Internal figures
 * (detector confidences, service calls, time) only with `--verbose`.
 */
import { forTheCommandLine } from './cliWording';
import type { AnalyzeOutcome } from './outcome';
import { rangeInWords } from '../../nps/rangeWords';
import { counted, dateSpanText, headlineText } from './readingWords';
import { significanceWords } from '../../nps/significanceWords';
import { fewResponsesNote } from '../../nps/fewResponses';
import { visibleControls } from './terminalText';
import { themesSection } from './themesText';
import { peopleSection } from './peopleText';
import { driversText } from './driversText';

/**
 * The summary as lines of text (no trailing newline).
 *
 * @param outcome what the analysis and the report build produced
 */
export function textReport(outcome: AnalyzeOutcome): string {
  const { profile, analysis } = outcome;
  const table = profile.table!;
  const level = `${formatNumber(analysis.confidence * 100, 0)}%`;
  const lines: string[] = [];
  const span = dateSpanText(analysis);
  const responses = counted(analysis.overall.responses, 'response');
  lines.push(`NPS report · ${outcome.file} · ${span ? `${span} · ` : ''}${responses}`);
  const o = analysis.overall;
  lines.push(headlineText(o));
  if (o.nps !== null && o.ci) {
    lines.push(`  ${rangeInWords(o.ci, analysis.confidence)} · ${counted(o.responses, 'response')}${o.fewResponses ? ' (few responses)' : ''}`);
    lines.push(
      `  ${counted(o.promoters, 'promoter')} (${share(o.promoters, o.responses)}), ` +
        `${counted(o.passives, 'passive')} (${share(o.passives, o.responses)}), ${counted(o.detractors, 'detractor')} (${share(o.detractors, o.responses)}); ${o.ignored} ignored`,
    );
    for (const comparison of analysis.comparisons) lines.push(`  ${comparison.sentence}`);
  }
  if (analysis.ignoredCells.length > 0) {
    lines.push(`  Ignored: ${analysis.ignoredCells.map((c) => `row ${c.row} "${clip(c.value, 20)}"`).join(', ')}${o.ignored > analysis.ignoredCells.length ? ', …' : ''}`);
  }
  lines.push('');

  lines.push(`Sheet "${outcome.sheet}", time zone ${outcome.timeZone}`);
  const headerText = table.headerRows === 1 ? `header row ${table.headerRow}` : `header rows ${table.headerRow}–${table.headerRow + table.headerRows - 1}`;
  lines.push(`Table: ${headerText}, data rows ${table.firstDataRow}–${table.lastRow} (${counted(analysis.rows, 'row')})`);
  lines.push('');

  lines.push('Columns');
  const columnRows = profile.columns.map((c) => [c.letter, clip(c.header || '(no header)', 48), c.role + (c.overridden ? ' (set)' : '')]);
  lines.push(
    ...(outcome.verbose
      ? grid(['', 'Header', 'Role', 'Confidence'], columnRows.map((row, i) => [...row, formatNumber(profile.columns[i].confidence, 2)]))
      : grid(['', 'Header', 'Role'], columnRows)),
  );
  lines.push('');

  const periods = analysis.periods.rows;
  lines.push(`NPS by ${analysis.periods.period}`);
  if (periods.length === 0) {
    lines.push('  (no dated responses)');
  } else {
    lines.push(
      ...grid(
        ['Period', 'Start', 'Responses', 'NPS', `Range (${level})`, 'Change', 'Significant', 'Note'],
        periods.map((p) => [
          p.label,
          p.startDate,
          String(p.responses),
          p.nps === null ? '—' : formatNumber(p.nps, 1),
          interval(p.ci),
          p.change === null ? '' : `${p.change > 0 ? '+' : ''}${formatNumber(p.change, 1)}`,
          significanceWords(p.significant, p.change),
          fewResponsesNote(p.fewResponses),
        ]),
      ),
    );
    const tested = periods.filter((p) => p.significant !== null).length;
    if (tested > 0) lines.push(`  Significant: a real change from the previous period at ${level} confidence, allowing for the ${tested === 1 ? 'one comparison' : `${tested} comparisons`} in the table (Holm).`);
  }

  // The chosen segment's table only: one section per segment column would bury the answer (issue 14).
  for (const segment of analysis.segments ? [analysis.segments] : []) {
    lines.push('');
    lines.push(`NPS by ${clip(segment.header || `column ${segment.column}`, 80)}`);
    lines.push(
      ...grid(
        ['Segment', 'Responses', 'NPS', `Range (${level})`, 'vs rest', 'Significant', 'Note'],
        segment.rows.map((s) => [
          clip(s.value, 40),
          String(s.responses),
          s.nps === null ? '—' : formatNumber(s.nps, 1),
          interval(s.ci),
          s.vsRest === null ? '' : `${s.vsRest > 0 ? '+' : ''}${formatNumber(s.vsRest, 1)}`,
          significanceWords(s.significant, s.vsRest),
          fewResponsesNote(s.fewResponses),
        ]),
      ),
    );
  }

  lines.push(...themesSection(outcome), ...peopleSection(outcome));

  const drivers = driversText(analysis.drivers, analysis.confidence);
  if (drivers.length > 0) lines.push('', ...drivers);

  for (const warning of [...outcome.importWarnings, ...analysis.warnings]) lines.push('', `Note: ${forTheCommandLine(warning)}`);
  lines.push('');
  const internals = outcome.verbose ? ` (${outcome.serviceCalls} Spreadsheet service calls, ${outcome.ms} ms)` : '';
  lines.push(`Report: ${forTheCommandLine(outcome.report.message)}${internals}`);
  if (outcome.outFile) lines.push(`Written: ${outcome.outFile}`);
  return lines.join('\n');
}

/** Left-aligned columns, two spaces apart, indented by two. */
function grid(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

function interval(ci: [number, number] | null): string {
  return ci ? `${formatNumber(ci[0], 1)} to ${formatNumber(ci[1], 1)}` : '—';
}

function share(part: number, whole: number): string {
  return whole > 0 ? `${formatNumber((part / whole) * 100, 1)}%` : '—';
}

function formatNumber(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(digits);
  return text === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : text;
}

/** The text on one line, its control characters visible (so the grid's widths hold), cut to `max` characters. */
function clip(text: string, max: number): string {
  const flat = visibleControls(text.replace(/\s+/g, ' '));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
