#!/usr/bin/env node
// The `nps-sheets` command: builds on first use, then runs the CLI.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');
const root = join(__dirname, '..');
if (!existsSync(join(root, 'build/cli.cjs')) || !existsSync(join(root, 'dist/Code.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
}
require(join(root, 'build/cli.cjs'));
