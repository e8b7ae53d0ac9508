import { join } from 'node:path';
import { createSpreadsheet, loadAddon, type AddonRuntime } from '../../src/local/sheets';
import type { LocalSpreadsheet } from '../../src/local/sheets';

/** The built add-on (run `node scripts/build.mjs` first; npm test does). */
export const DIST = join(__dirname, '../../dist');

/** Segment values that would be formulas or numbers if written as typed. */
export const PAYLOADS = ['=HYPERLINK("x")', '+1', '-x', '@x'];
const PLANS = ['Free', 'Pro', 'Team', ...PAYLOADS];
const COMMENTS = ['Great support, quick answers', 'Too expensive for a team of our size', 'The app crashes now and then', 'Love the new dashboard'];

/**
 * A Google-Forms-like sheet: Timestamp (date cells over 181 days of 2025,
 * UTC noon), Score (0–10 cycling), Comment (free text), Plan (including the payloads).
 */
export function responses(rows: number, planHeader = 'Plan'): unknown[][] {
  const values: unknown[][] = [['Timestamp', 'How likely are you to recommend us?', 'Comment', planHeader]];
  for (let i = 0; i < rows; i++) {
    const comment = i % 5 === 4 ? '' : `${COMMENTS[i % 4]} (${i})`;
    values.push([new Date(Date.UTC(2025, 0, 1, 12) + (i % 181) * 86400000), i % 11, comment, PLANS[i % PLANS.length]]);
  }
  return values;
}

/** A spreadsheet with one sheet of responses (active), the add-on loaded over it. */
export function sampleBook(rows = 200, options: { name?: string; timeZone?: string; planHeader?: string } = {}): {
  book: LocalSpreadsheet;
  addon: AddonRuntime;
} {
  const book = createSpreadsheet({
    timeZone: options.timeZone ?? 'America/New_York',
    sheets: [{ name: options.name ?? 'Responses', values: responses(rows, options.planHeader) }],
  });
  return { book, addon: loadAddon({ spreadsheet: book, distDir: DIST }) };
}

/** Report options with the sidebar's defaults. */
export function options(over: Record<string, unknown> = {}) {
  return { period: 'month', segmentColumn: 3, rollingDays: null, confidence: 0.95, mode: 'snapshot', ...over };
}
