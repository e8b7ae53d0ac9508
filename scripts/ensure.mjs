// Installs what a fresh clone is missing before `npm test` or `npm start`:
// the npm dependencies, the build, and (for the browser tests) Debian's Chromium.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repository, echoing it, and stops on failure. */
export function run(command, env = {}) {
  console.log(`> ${command}`);
  execSync(command, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** `npm ci` when node_modules is missing or incomplete, printing `notice` first if given. */
export function ensureDependencies(notice) {
  const needed = ['jest', 'esbuild', 'tsc'].map((bin) => join(root, 'node_modules', '.bin', bin));
  if (needed.every((path) => existsSync(path))) return;
  if (notice) console.log(notice);
  run('npm ci --no-audit --no-fund');
}

/** Path of Debian's Chromium, installing it when running as root; null with instructions otherwise. */
export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid && process.getuid() === 0) {
    run('apt-get update', { DEBIAN_FRONTEND: 'noninteractive' });
    run('apt-get install -y --no-install-recommends chromium', { DEBIAN_FRONTEND: 'noninteractive' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'The browser tests need Debian\'s Chromium at /usr/bin/chromium. Install it with:\n' +
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
  return null;
}
