// `npm start [-- export.csv]`: installs what is missing, builds, and runs the playground.
import { ensureDependencies, run, root } from './ensure.mjs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

ensureDependencies();
run('node scripts/build.mjs');
const child = spawn(process.execPath, [join(root, 'build/playground.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
