/**
 * `npm run bench`, SPEC §8 "Report build on 100,000 rows in the emulator":
 * builds the built add-on's report (dist/Code.js, in its vm context) over a
 * Google-Forms-like sheet of 100,000 rows, and of 1,000 rows, in the local
 * spreadsheet, and measures:
 *
 * - document calls (Spreadsheet service calls that read or write the
 *   document) of a first build and of a refresh: ≤ 25 and the same at both
 *   sizes;
 * - chart-builder calls (they only configure a chart in the script): the
 *   same at both sizes;
 * - the engine time: the wall time of `buildReport` minus the time spent
 *   inside the local spreadsheet's services (ServiceCounter.serviceMs: the
 *   emulator's own work, such as copying 400,000 cells out of getValues) —
 *   what is left is the bundle's own computation (reading the table,
 *   profiling the columns, the analysis, the report grid); ≤ 500 ms;
 * - the wall time of a first build (reported, no budget: it is mostly the
 *   emulator's work, which Sheets does on Google's side).
 *
 * scripts/bench.mjs loads the built build/reportBench.cjs and prints the rows.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSpreadsheet, loadAddon } from './sheets';

/** One line of the bench table. */
export interface BenchRow {
  name: string;
  value: string;
  budget: string;
  ok: boolean;
}

/** What one build cost. */
interface Measure {
  calls: number;
  builderCalls: number;
  wallMs: number;
  serviceMs: number;
  byMethod: Record<string, number>;
}

/** SPEC §8's budgets. */
const MAX_DOCUMENT_CALLS = 25;
const MAX_ENGINE_MS = 500;
/** Report options as the sidebar sends them: monthly trend, a segment column, a rolling window. */
const OPTIONS = { period: 'month', segmentColumn: 3, rollingDays: 28, confidence: 0.95, mode: 'snapshot' };
const COMMENTS = ['Great support, quick answers', 'Too expensive for a team of our size', 'The app crashes now and then', 'Love the new dashboard', ''];
const PLANS = ['Free', 'Pro', 'Team', 'Enterprise'];

/**
 * A Google Forms response sheet: Timestamp (date cells over two years, in
 * submission order), the 0–10 question, a comment, a plan; scores drawn with
 * a fixed seed, skewed like real answers.
 */
function formResponses(rows: number): unknown[][] {
  const values: unknown[][] = [['Timestamp', 'How likely are you to recommend us to a friend or colleague?', 'What is the main reason for your score?', 'Which plan are you on?']];
  const start = Date.UTC(2024, 0, 1, 8);
  const span = 730 * 86400000;
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
    const r = next();
    const score = r < 0.35 ? 9 + Math.floor(next() * 2) : r < 0.6 ? 7 + Math.floor(next() * 2) : Math.floor(next() * 7);
    values.push([new Date(start + Math.floor((i / rows) * span + next() * 3600000)), score, COMMENTS[i % COMMENTS.length], PLANS[Math.floor(next() * PLANS.length)]]);
  }
  return values;
}

/** First build, then refreshes (from the source sheet, and "Refresh reports"), on a fresh spreadsheet of `rows` responses. */
function measureBuilds(distDir: string, rows: number): { first: Measure; refresh: Measure; menu: Measure; other: Measure } {
  const book = createSpreadsheet({ name: 'Survey', timeZone: 'America/New_York', sheets: [{ name: 'Form Responses 1', values: formResponses(rows) }] });
  const source = book.sheetByName('Form Responses 1')!;
  const addon = loadAddon({ spreadsheet: book, distDir });
  const measure = (run: () => unknown): Measure => {
    addon.serviceCalls.reset();
    const t0 = performance.now();
    run();
    const wallMs = performance.now() - t0;
    const c = addon.serviceCalls;
    return { calls: c.count, builderCalls: c.builderCalls, wallMs, serviceMs: c.serviceMs, byMethod: c.byMethod() };
  };
  const build = () => addon.run('buildReport', OPTIONS);
  const first = measure(build);
  book.activeSheet = source;
  const refresh = measure(build);
  const menu = measure(() => addon.run('refreshReports'));
  // The costliest path: a rebuild with other options (weekly, no segment), three charts rebuilt and one removed.
  const other = measure(() => addon.run('buildReport', { ...OPTIONS, period: 'week', segmentColumn: null, rollingDays: 7 }));
  return { first, refresh, menu, other };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs the report-build bench on `<root>/dist` and returns its rows for
 * scripts/bench.mjs.
 * @example for (const row of await benchReportBuild(process.cwd())) console.log(row.name, row.value)
 */
export async function benchReportBuild(root: string): Promise<BenchRow[]> {
  const distDir = join(root, 'dist');
  const small = measureBuilds(distDir, 1000);
  measureBuilds(distDir, 1000); // warm-up of the engine's code paths
  const runs = [measureBuilds(distDir, 100000), measureBuilds(distDir, 100000), measureBuilds(distDir, 100000)];
  const large = runs[0];
  const rows: BenchRow[] = [];

  const calls = (what: string, l: Measure, s: Measure, extra = '') => {
    const ok = l.calls <= MAX_DOCUMENT_CALLS && l.calls === s.calls;
    rows.push({ name: `Report ${what}, 100,000 rows: document calls`, value: `${l.calls} (1,000 rows: ${s.calls})${extra}`, budget: `≤ ${MAX_DOCUMENT_CALLS}, same at 1,000`, ok });
  };
  calls('first build', large.first, small.first);
  calls('refresh', large.refresh, small.refresh, `, menu ${large.menu.calls}`);
  calls('rebuild with other options', large.other, small.other);
  const builderOk = large.first.builderCalls === small.first.builderCalls && large.refresh.builderCalls === small.refresh.builderCalls;
  rows.push({
    name: 'Report first build + refresh, 100,000 rows: chart-builder calls',
    value: `${large.first.builderCalls} + ${large.refresh.builderCalls} (1,000: ${small.first.builderCalls} + ${small.refresh.builderCalls})`,
    budget: 'same at 1,000',
    ok: builderOk,
  });
  const engine = median(runs.map((r) => r.first.wallMs - r.first.serviceMs));
  rows.push({
    name: 'Report first build, 100,000 rows: engine (wall − emulator)',
    value: `${engine.toFixed(0)} ms (refresh ${median(runs.map((r) => r.refresh.wallMs - r.refresh.serviceMs)).toFixed(0)} ms)`,
    budget: `≤ ${MAX_ENGINE_MS} ms`,
    ok: engine <= MAX_ENGINE_MS,
  });
  const wall = median(runs.map((r) => r.first.wallMs));
  rows.push({
    name: 'Report first build, 100,000 rows: wall time in the emulator',
    value: `${wall.toFixed(0)} ms (emulator ${median(runs.map((r) => r.first.serviceMs)).toFixed(0)} ms)`,
    budget: 'reported',
    ok: true,
  });
  return rows;
}
