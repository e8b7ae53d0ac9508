// `npm start [-- export.csv]`: installs what is missing, builds, and runs the playground
// (which prints "Open http://127.0.0.1:PORT and press Build report; Ctrl+C stops").
import { ensureDependencies, run, root } from './ensure.mjs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

ensureDependencies('Installing dependencies, about 2 minutes…');
run('node scripts/build.mjs');
const child = spawn(process.execPath, [join(root, 'build/playground.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
