// `npm run create-sheet`: creates a new spreadsheet with a bound Apps Script
// project named "NPS" (`clasp create --type sheets`), and keeps `.clasp.json`
// pointing at dist/.
//
// `clasp create` refuses to run while a `.clasp.json` exists ("Project file
// already exists"), and the repository ships one with a placeholder script
// id. So: refuse if `.clasp.json` already names a real script (it is the
// user's), else set the placeholder aside, create, and put it back if clasp
// fails. clasp then writes the new `.clasp.json` (rootDir dist) and pulls the
// new project's files into dist/, which the build overwrites again.
//
// Works in the current directory (npm runs scripts at the package root).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const here = dirname(fileURLToPath(import.meta.url));
const clasp = join(here, '..', 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');
const build = join(here, 'build.mjs');
const config = join(process.cwd(), '.clasp.json');

function fail(message) {
  console.error(`create-sheet: ${message}`);
  process.exit(1);
}

let saved = null;
if (existsSync(config)) {
  saved = readFileSync(config);
  let scriptId;
  try {
    scriptId = JSON.parse(saved.toString('utf8')).scriptId;
  } catch {
    fail('.clasp.json is not valid JSON; fix it or move it aside, then run this again.');
  }
  if (scriptId && scriptId !== PLACEHOLDER) {
    fail(`.clasp.json already names script ${scriptId}; nothing was created. Run "npm run deploy" to push to it, or move .clasp.json aside to create a new spreadsheet.`);
  }
  rmSync(config);
}

const created = spawnSync(process.execPath, [clasp, 'create', '--type', 'sheets', '--title', 'NPS', '--rootDir', 'dist'], { stdio: 'inherit' });
if (created.status !== 0) {
  if (saved && !existsSync(config)) writeFileSync(config, saved);
  fail('clasp could not create the spreadsheet (see above; "npx clasp login" first). .clasp.json is unchanged.');
}

// clasp pulled the new project's Code.js and appsscript.json into dist/: build again over them.
const built = spawnSync(process.execPath, [build], { stdio: 'inherit' });
if (built.status !== 0) fail('the build failed (see above).');
console.log('Created the spreadsheet and its "NPS" script project. Next: npm run deploy');
