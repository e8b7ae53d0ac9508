// Builds dist/ (what clasp pushes to Apps Script) and build/ (the Node tools).
//
// dist/Code.js     the server bundle: an IIFE assigned to `var NpsAddon_` (minified
//                  unless --readable), then one
//                  top-level `function` per name exported by src/sheets/index.ts,
//                  each with the parameter names of its TypeScript source and its JSDoc
//                  (a custom function's whole help card, an endpoint's first sentence),
//                  because Apps Script only discovers top-level function declarations.
// dist/Sidebar.html the sidebar with all its CSS and JS inline.
// dist/appsscript.json the manifest.
// build/*.cjs      the CLI and the playground server (Node), build/playground-client.js.
//
// `--bigquery` builds the opt-in Connected Sheets add-on instead, into dist-bigquery/:
// the same files with NPS_BIGQUERY defined as true (src/sheets/buildFlags.ts), so the
// report can be built from a BigQuery data source sheet, and a manifest that adds the
// bigquery.readonly scope SpreadsheetApp.enableBigQueryExecution() needs. The default
// dist/ defines it as false: esbuild drops that code, and its manifest keeps two scopes.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, statSync, copyFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bigQuery = process.argv.includes('--bigquery');
const dist = join(root, bigQuery ? 'dist-bigquery' : 'dist');
/** The scope BigQuery data sources need (Google's reference for enableBigQueryExecution). */
const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery.readonly';
const out = join(root, 'build');
const GLOBAL = 'NpsAddon_';
const readable = process.argv.includes('--readable');

/** Every .ts file under a folder. */
function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Splits a parameter list at top-level commas and keeps each parameter's name. */
function parameterNames(list) {
  const names = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('([{<'.includes(ch)) depth++;
    if (')]}>'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) names.push(current);
  return names.map((p) => p.trim().match(/^(?:\.\.\.)?([A-Za-z_$][\w$]*)/)[1]);
}

/** Finds `/** … *\/ export function name(params)` in the sheets sources. */
function declarationsOf(files) {
  const found = new Map();
  const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export\s+function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(pattern)) {
      found.set(m[2], { jsdoc: m[1], params: parameterNames(m[3]), file: relative(root, file) });
    }
  }
  return found;
}

/** The names an entry point exports (esbuild lists them for ES module output only). */
async function exportedNames(entry) {
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, metafile: true, outdir: 'unused' });
  return Object.values(result.metafile.outputs)[0].exports;
}

/**
 * The standard built-ins the bundle's hot loops name (isNaN per cell, new
 * Map per column…), bound once as parameters of its IIFE. A name the bundle
 * does not bind is looked up on the global object at every use, and in a
 * `vm` context (the local emulator) that lookup goes through Node's
 * interceptor, about 200 ns each: a fifth of a report build on a wide
 * export (scripts/benchWide.mjs). Only ECMAScript built-ins, present in every
 * V8 (not Intl, whose presence in Apps Script is unconfirmed).
 */
const BOUND_BUILT_INS = 'Math,Number,isNaN,isFinite,parseInt,parseFloat,Array,String,Object,Map,Set,Date,JSON,RegExp,Error,Symbol,Boolean';

/** esbuild's `var NpsAddon_ = (() => { … })();` made `var NpsAddon_ = ((Math, …) => { … })(Math, …);`. */
function withBuiltInsBound(bundle) {
  const open = new RegExp(`^(\\s*"use strict";\\s*var ${GLOBAL}\\s*=\\s*\\()\\(\\)(\\s*=>\\s*\\{)`);
  const close = /\}\)\(\);\s*$/;
  if (!open.test(bundle) || !close.test(bundle)) throw new Error(`build: the server bundle no longer has the shape var ${GLOBAL} = (() => { … })(); update withBuiltInsBound in scripts/build.mjs`);
  return bundle.replace(open, `$1(${BOUND_BUILT_INS})$2`).replace(close, `})(${BOUND_BUILT_INS});\n`);
}

/** The server bundle plus its top-level wrappers. */
async function buildServer() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/sheets/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    // The script is loaded on every custom function call and must stay under
    // SPEC's 100 KB: whitespace, syntax and local names are compacted. What
    // Apps Script finds by name is never renamed: the top-level wrappers
    // below are written outside esbuild, and they reach the bundle through
    // its global's property names, which minifying keeps. Functions' own
    // names are not kept (esbuild's `keepNames` costs about 10 KB of the
    // 150 KB budget): to read a stack trace, build with
    // `npm run build -- --readable`, which writes the bundle unminified.
    minifyIdentifiers: !readable,
    minifyWhitespace: !readable,
    minifySyntax: !readable,
    legalComments: 'none',
    define: { NPS_BIGQUERY: bigQuery ? 'true' : 'false' },
    write: false,
    charset: 'utf8',
  });
  const bundle = withBuiltInsBound(result.outputFiles[0].text);
  const exported = await exportedNames(join(root, 'src/sheets/index.ts'));
  const declarations = declarationsOf(tsFiles(join(root, 'src/sheets')));
  const wrappers = exported.map((name) => {
    const decl = declarations.get(name);
    if (!decl) {
      throw new Error(`build: src/sheets/index.ts exports ${name}, but no "/** JSDoc */ export function ${name}(…)" was found in src/sheets. Every exported name must be a documented function.`);
    }
    const params = decl.params.join(', ');
    return `${bundledDoc(decl.jsdoc, decl.file)}\nfunction ${name}(${params}) {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`;
  });
  const header = '// NPS for Google Sheets — built by scripts/build.mjs; edit src/, not this file.\n';
  const code = `${header}${bundle}\n${wrappers.join('\n')}`;
  writeFileSync(join(dist, 'Code.js'), code);
  return { names: exported, bytes: Buffer.byteLength(code) };
}

/**
 * The JSDoc a top-level function keeps in the bundle: a custom function's
 * whole help card (Sheets shows it), else only its first sentence (the
 * sidebar's and the menu's endpoints: nobody reads their card in Sheets, and
 * the bundle's bytes are loaded on every custom function call).
 */
function bundledDoc(jsdoc, file) {
  if (jsdoc.includes('@customfunction')) return jsdoc;
  const text = jsdoc.replace(/^\/\*\*|\*\/$/g, '').split('\n').map((line) => line.replace(/^\s*\* ?/, '').trim()).filter((line) => line && !line.startsWith('@')).join(' ');
  const sentence = text.match(/^.*?\.(?=\s|$)/);
  return `/** ${(sentence ? sentence[0] : text).replace(/\*\//g, '* /')} Documented in ${file}. */`;
}

/** Escapes what would end an inline <script> or <style> early, or open an HTML comment. */
function inlineSafe(text) {
  return text.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** dist/Sidebar.html: src/sidebar/index.html with the CSS and the bundled JS inline. */
async function buildSidebar() {
  const dir = join(root, 'src/sidebar');
  if (!existsSync(join(dir, 'main.ts'))) return null;
  const js = await esbuild.build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    write: false,
    charset: 'utf8',
  });
  const css = existsSync(join(dir, 'sidebar.css')) ? readFileSync(join(dir, 'sidebar.css'), 'utf8') : '';
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const html = template
    .replace('/*INLINE_CSS*/', () => inlineSafe(css))
    .replace('/*INLINE_JS*/', () => inlineSafe(js.outputFiles[0].text));
  writeFileSync(join(dist, 'Sidebar.html'), html);
  return { bytes: Buffer.byteLength(html) };
}

/** The Node tools (CLI, playground) and the playground's browser script, if present. */
async function buildLocal() {
  const node = [
    ['src/local/cli.ts', 'cli.cjs'],
    ['src/local/playground/server.ts', 'playground.cjs'],
    ['src/local/reportBench.ts', 'reportBench.cjs'],
  ].filter(([src]) => existsSync(join(root, src)));
  for (const [src, target] of node) {
    await esbuild.build({
      entryPoints: [join(root, src)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      outfile: join(out, target),
      sourcemap: 'inline',
      logLevel: 'warning',
    });
  }
  const client = 'src/local/playground/client.ts';
  if (existsSync(join(root, client))) {
    await esbuild.build({
      entryPoints: [join(root, client)],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      minify: true,
      outfile: join(out, 'playground-client.js'),
      logLevel: 'warning',
    });
  }
}

/** The manifest: appsscript.json, with the BigQuery scope added in the --bigquery build. */
function writeManifest() {
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
  if (bigQuery) manifest.oauthScopes = [...manifest.oauthScopes, BIGQUERY_SCOPE];
  writeFileSync(join(dist, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function main() {
  mkdirSync(dist, { recursive: true });
  mkdirSync(out, { recursive: true });
  if (bigQuery) writeManifest();
  else copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const server = await buildServer();
  const sidebar = await buildSidebar();
  if (!bigQuery) await buildLocal();
  const quiet = process.argv.includes('--quiet');
  const folder = relative(root, dist);
  if (!quiet) {
    console.log(`${folder}/Code.js${' '.repeat(Math.max(1, 12 - folder.length))}${(server.bytes / 1024).toFixed(1)} KB, ${server.names.length} top-level functions`);
    if (sidebar) console.log(`${folder}/Sidebar.html ${' '.repeat(Math.max(1, 5 - folder.length + 5))}${(sidebar.bytes / 1024).toFixed(1)} KB`);
  }
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
