// `npm run bench`: the performance figures of SPEC section 8, measured on the
// built dist/ in a bare V8 context (as Apps Script runs it), against bare loops
// run in the same context and process (each loop copies the arrays into locals
// first: a global lookup per iteration is slow in a vm context and would flatter
// us). Prints a table; the README records it.
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as vm from 'node:vm';
import os from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');

/** A fresh Apps Script-like context with the given spreadsheet zone. */
function appsScriptContext(timeZone) {
  const spreadsheet = { getSpreadsheetTimeZone: () => timeZone, getSpreadsheetLocale: () => 'en_US' };
  const context = vm.createContext({ SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** Median milliseconds of `runs` calls of fn (after `warm` warm-up calls). */
function median(fn, runs = 9, warm = 3) {
  for (let i = 0; i < warm; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Medians of two functions timed alternately, so machine load hits both alike. */
function interleaved(a, b, runs = 21) {
  for (let i = 0; i < 3; i++) { a(); b(); }
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    a();
    ta.push(performance.now() - start);
    start = performance.now();
    b();
    tb.push(performance.now() - start);
  }
  const mid = (t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)];
  return [mid(ta), mid(tb)];
}

const results = [];
function report(name, value, budget, ok) {
  results.push({ name, value, budget, ok });
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${name.padEnd(60)} ${value.padEnd(28)} budget ${budget}`);
}

// 1. NPS over 1,000,000 cells vs a bare loop counting the same 2-D array: as one
//    column (what =NPS(C2:C) receives) and as 1,000 × 1,000.
for (const [rows, cols, shape] of [[1000000, 1, '1,000,000 × 1'], [1000, 1000, '1,000 × 1,000']]) {
  const context = appsScriptContext('America/New_York');
  vm.runInContext(
    `var cells = []; var seed = 7;
     for (var r = 0; r < ${rows}; r++) { var row = []; for (var c = 0; c < ${cols}; c++) { seed = (seed * 1103515245 + 12345) % 2147483648; row.push(seed % 11); } cells.push(row); }
     function bareCount() { var p = 0, q = 0, d = 0; var cells = cellsOf();
       for (var i = 0; i < cells.length; i++) { var row = cells[i]; for (var j = 0; j < row.length; j++) { var v = row[j]; if (v >= 9) p++; else if (v >= 7) q++; else d++; } }
       return (p - d) / (p + q + d) * 100; }
     function npsCall() { return NPS(cellsOf()); }
     function cellsOf() { return cells; }`,
    context,
  );
  const [bare, nps] = interleaved(() => context.bareCount(), () => context.npsCall());
  const ratio = nps / bare;
  report(`NPS over ${shape} cells vs bare counting loop`, `${nps.toFixed(1)} ms / ${bare.toFixed(1)} ms = ${ratio.toFixed(2)}×`, '≤ 1.5×', ratio <= 1.5);
}

// 2. NPS_BY_PERIOD over 200,000 date cells, month, America/New_York, vs bare UTC-month bucketing.
{
  const context = appsScriptContext('America/New_York');
  vm.runInContext(
    `var dates = [], scores = []; var seed = 11; var start = Date.UTC(2024, 0, 1);
     for (var i = 0; i < 200000; i++) { seed = (seed * 1103515245 + 12345) % 2147483648;
       dates.push([new Date(start + (seed % (730 * 86400)) * 1000)]); scores.push([seed % 11]); }
     function bareBuckets() { var buckets = {}; var dates = datesOf(), scores = scoresOf();
       for (var i = 0; i < dates.length; i++) { var d = dates[i][0]; var key = d.getUTCFullYear() * 12 + d.getUTCMonth();
         var s = scores[i][0]; var b = buckets[key] || (buckets[key] = [0, 0, 0]); if (s >= 9) b[0]++; else if (s >= 7) b[1]++; else b[2]++; }
       return buckets; }
     function byPeriodCall() { return NPS_BY_PERIOD(datesOf(), scoresOf(), 'month'); }
     function datesOf() { return dates; } function scoresOf() { return scores; }`,
    context,
  );
  const [bare, byPeriod] = interleaved(() => context.bareBuckets(), () => context.byPeriodCall());
  const ratio = byPeriod / bare;
  report('NPS_BY_PERIOD, 200,000 dates, month, New York vs UTC loop', `${byPeriod.toFixed(1)} ms / ${bare.toFixed(1)} ms = ${ratio.toFixed(2)}×`, '≤ 1.5×', ratio <= 1.5);
}

// 3. Bundle size, cold load + first NPS call (every custom function call in Sheets loads the whole script).
{
  const bytes = statSync(join(root, 'dist/Code.js')).size;
  report('Server bundle dist/Code.js', `${(bytes / 1024).toFixed(1)} KB`, '≤ 150 KB', bytes <= 150 * 1024);
  const cold = median(() => {
    const context = appsScriptContext('America/New_York');
    vm.runInContext('NPS([[10], [9], [7], [3]])', context);
  }, 15, 2);
  report('Cold load of dist/Code.js + first NPS call', `${cold.toFixed(2)} ms`, '≤ 20 ms', cold <= 20);
}

// 4. Sidebar size.
{
  const path = join(root, 'dist/Sidebar.html');
  if (existsSync(path)) {
    const bytes = statSync(path).size;
    const html = readFileSync(path, 'utf8');
    const external = /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html);
    report('dist/Sidebar.html', `${(bytes / 1024).toFixed(1)} KB${external ? ', EXTERNAL REQUEST' : ''}`, '≤ 150 KB, no other host', bytes <= 150 * 1024 && !external);
  }
}

// 5. Report build on 100,000 rows in the local spreadsheet (service calls and engine time).
{
  const reportBench = join(root, 'build/reportBench.cjs');
  if (existsSync(reportBench)) {
    const { benchReportBuild } = await import(reportBench);
    for (const row of await benchReportBuild(root)) report(row.name, row.value, row.budget, row.ok);
  }
}

// 6. Sheets' limit: 200,000 × 50 (10 M cells) through the built bundle, against Apps Script's 6 minutes and 1 GB (scripts/benchLimits.mjs).
for (const row of await (await import('./benchLimits.mjs')).benchLimits()) report(row.name, row.value, row.budget, row.ok);
// 7. Wide real-shaped exports: analyze --json vs a bare CSV parse, 2,000 and 40,000 rows (scripts/benchWide.mjs).
for (const row of await (await import('./benchWide.mjs')).benchWide(root)) report(row.name, row.value, row.budget, row.ok);
// 8. Beyond one sheet: 10 M rows through --engine duckdb, next to the in-memory engine (scripts/benchDuckdb.mjs).
await (await import('./benchDuckdb.mjs')).benchDuckdb(root, report);

console.log(`\n${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
