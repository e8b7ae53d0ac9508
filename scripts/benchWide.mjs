// `npm run bench`, wide real-shaped exports (SPEC section 8, issue 12):
// `nps-sheets analyze --json` against a bare CSV parse of the same file, at
// 2,000 rows (the committed test/fixtures/wide/gforms_wide_2000.csv, 55
// columns of Google Forms answers) and at 40,000 rows (written to a temp
// folder by scripts/make-wide-export.mjs at run time, never committed).
//
// What is fair: both run as child processes of the same Node, timed from
// spawn to exit, alternately, median of several runs. The user waits for the
// whole `analyze` process, so its time includes Node's start, loading the
// CLI and the add-on, importing the file (decoding, typing cells as Sheets
// does), detection, the analysis and the report build. The bare parse is a
// minimal quote-aware tokenizer (RFC 4180: quoted fields, doubled quotes,
// line breaks inside quotes) over the file read as UTF-8, keeping every
// field as text, written here, not the project's importer; it pays Node's
// start too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { wideExport } from './make-wide-export.mjs';

/** Reads a CSV file into rows of text fields, and prints how many rows. */
const BARE_PARSE = String.raw`
const text = require('fs').readFileSync(process.argv[1], 'utf8');
const rows = [];
let row = [];
let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
const n = text.length;
while (i < n) {
  let field;
  if (text.charCodeAt(i) === 34) {
    let j = i + 1;
    field = '';
    for (;;) {
      const q = text.indexOf('"', j);
      if (q < 0) { field += text.slice(j); i = n; break; }
      if (text.charCodeAt(q + 1) === 34) { field += text.slice(j, q + 1); j = q + 2; continue; }
      field += text.slice(j, q);
      i = q + 1;
      break;
    }
  } else {
    let j = i;
    while (j < n) { const c = text.charCodeAt(j); if (c === 44 || c === 10 || c === 13) break; j++; }
    field = text.slice(i, j);
    i = j;
  }
  row.push(field);
  const c = text.charCodeAt(i);
  if (c === 44) { i++; continue; }
  rows.push(row);
  row = [];
  i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
}
console.log(rows.length);
`;

/** Milliseconds from spawn to exit of `node args…`; throws when it fails. */
function timed(args) {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.slice(0, 3).join(' ')} … failed: ${(run.stderr || run.stdout).split('\n')[0]}`);
  return { ms, stdout: run.stdout };
}

const median = (times) => times.slice().sort((a, b) => a - b)[Math.floor(times.length / 2)];

/**
 * The wide-export rows of the bench table.
 *
 * @param {string} root the repository (built: bin/nps-sheets.cjs runs build/ and dist/)
 * @returns {Promise<Array<{ name: string, value: string, budget: string, ok: boolean }>>}
 */
export async function benchWide(root) {
  const dir = mkdtempSync(join(tmpdir(), 'nps-wide-'));
  try {
    const big = wideExport(40000);
    const bigFile = join(dir, big.truth.file);
    writeFileSync(bigFile, big.csv);
    const cases = [
      { rows: '2,000', file: join(root, 'test', 'fixtures', 'wide', 'gforms_wide_2000.csv'), columns: big.columns, budget: 10, runs: 7 },
      { rows: '40,000', file: bigFile, columns: big.columns, budget: 4, runs: 5 },
    ];
    const rows = [];
    for (const c of cases) {
      const analyze = [join(root, 'bin', 'nps-sheets.cjs'), 'analyze', c.file, '--json', '--tz', 'Europe/Berlin', '--locale', 'en_US'];
      const bare = ['-e', BARE_PARSE, c.file];
      // One warm-up of each (file cache, first build), then alternate so that machine load hits both alike.
      const report = JSON.parse(timed(analyze).stdout);
      if (report.mapping.score !== 2 || report.mapping.date !== 0) throw new Error(`${c.file}: the score or date column was not found`);
      timed(bare);
      const analyzeTimes = [];
      const bareTimes = [];
      for (let i = 0; i < c.runs; i++) {
        analyzeTimes.push(timed(analyze).ms);
        bareTimes.push(timed(bare).ms);
      }
      const a = median(analyzeTimes);
      const b = median(bareTimes);
      const ratio = a / b;
      rows.push({
        name: `analyze --json, wide export ${c.rows} rows × ${c.columns} vs bare CSV parse`,
        value: `${a.toFixed(0)} ms / ${b.toFixed(0)} ms = ${ratio.toFixed(2)}×`,
        budget: `≤ ${c.budget}×`,
        ok: ratio <= c.budget,
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
