// `npm test`: installs what is missing, type-checks, builds dist/ and dist-bigquery/, runs every Jest suite
// (unit, emulator, bundle contract and headless-Chromium browser tests).
import { ensureDependencies, ensureChromium, run } from './ensure.mjs';

ensureDependencies();
const chromium = ensureChromium();
if (!chromium) process.exit(1);
run('npm run --silent typecheck');
run('node scripts/build.mjs');
run('node scripts/build.mjs --bigquery --quiet');
const extra = process.argv.slice(2).join(' ');
run(`node node_modules/jest/bin/jest.js --ci ${extra}`.trim(), { CHROMIUM_PATH: chromium });
