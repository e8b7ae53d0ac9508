/**
 * `npm run bench`, part "beyond one sheet": a 10-million-row CSV made at run
 * time in a temporary folder (deleted after) is analysed with
 * `nps-sheets analyze --engine duckdb`, next to the in-memory engine (the
 * sheet path) on the largest file it takes here (1,000,000 rows by default).
 * Each run is its own process: wall time and peak resident memory (maxRSS,
 * DuckDB's native memory included). Sizes: NPS_BENCH_DUCKDB_ROWS and
 * NPS_BENCH_SHEET_ROWS.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const PLANS = ['Free', 'Pro', 'Team', 'Enterprise'];

/** Writes ROWS responses: ISO timestamps over two years, a 0–10 score (1 in 50 blank, 1 in 200 "n/a"), a plan. */
async function writeCsv(path, rows) {
  const out = createWriteStream(path);
  out.write('Submitted,How likely are you to recommend us? (0-10),Plan\n');
  const start = Date.UTC(2024, 0, 1);
  const span = 2 * 365 * 86400000;
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const t = new Date(start + Math.floor(((i * 7919) % rows) / rows * span)).toISOString().slice(0, 19).replace('T', ' ');
    const score = i % 50 === 0 ? '' : i % 200 === 1 ? 'n/a' : String((i * 37) % 11);
    chunk += `${t},${score},${PLANS[i % PLANS.length]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Runs the CLI in its own process and returns { ms, rssMB, status, responses }. */
function analyse(root, dir, file, engineArgs) {
  const wrapper = join(dir, 'measure.cjs');
  writeFileSync(wrapper, `process.on('exit', () => process.stderr.write('MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\nrequire(${JSON.stringify(join(root, 'bin/nps-sheets.cjs'))});\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', wrapper, 'analyze', file, '--json', '--tz', 'Europe/Paris', ...engineArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Date.now() - started;
  const rss = /MAXRSS_KB (\d+)/.exec(run.stderr ?? '');
  let responses = null;
  try {
    responses = JSON.parse(run.stdout).overall.responses;
  } catch {
    // reported as a failure below
  }
  return { ms, rssMB: rss ? Number(rss[1]) / 1024 : NaN, status: run.status, responses, error: (run.stderr ?? '').split('\n')[0] };
}

/**
 * Measures both engines and reports each as a bench row.
 *
 * @param root the repository root
 * @param report the bench's report(name, value, budget, ok)
 */
export async function benchDuckdb(root, report) {
  const dir = mkdtempSync(join(tmpdir(), 'nps-bench-duckdb-'));
  try {
    const big = Number(process.env.NPS_BENCH_DUCKDB_ROWS ?? 10_000_000);
    const small = Number(process.env.NPS_BENCH_SHEET_ROWS ?? 1_000_000);
    const bigFile = join(dir, 'responses-big.csv');
    const smallFile = join(dir, 'responses-small.csv');
    await writeCsv(bigFile, big);
    await writeCsv(smallFile, small);
    const mb = (file) => `${(statSync(file).size / 1048576).toFixed(0)} MB`;
    const duck = analyse(root, dir, bigFile, ['--engine', 'duckdb']);
    report(`--engine duckdb, ${big.toLocaleString('en-US')} rows (${mb(bigFile)})`, duck.status === 0 ? `${(duck.ms / 1000).toFixed(1)} s, ${duck.rssMB.toFixed(0)} MB RSS` : `failed: ${duck.error}`, 'completes, RSS < 2 GB', duck.status === 0 && duck.rssMB < 2048);
    const duckSmall = analyse(root, dir, smallFile, ['--engine', 'duckdb']);
    const sheet = analyse(root, dir, smallFile, []);
    report(`--engine duckdb, ${small.toLocaleString('en-US')} rows (${mb(smallFile)})`, duckSmall.status === 0 ? `${(duckSmall.ms / 1000).toFixed(1)} s, ${duckSmall.rssMB.toFixed(0)} MB RSS` : `failed: ${duckSmall.error}`, 'completes', duckSmall.status === 0);
    report(`sheet engine (in memory), ${small.toLocaleString('en-US')} rows`, sheet.status === 0 ? `${(sheet.ms / 1000).toFixed(1)} s, ${sheet.rssMB.toFixed(0)} MB RSS` : `failed: ${sheet.error}`, 'same responses as DuckDB', sheet.status === 0 && sheet.responses === duckSmall.responses);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
