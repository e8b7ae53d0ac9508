/**
 * `npm start` on a fresh clone says what it is doing before the long
 * install. scripts/start.mjs runs here in a copy of the scripts with a stand-in
 * `npm` on the PATH (it records its arguments), so nothing is installed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

const NOTICE = 'Installing dependencies, about 2 minutes…';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-start-'));
  mkdirSync(join(dir, 'scripts'));
  for (const name of ['start.mjs', 'ensure.mjs']) copyFileSync(join(ROOT, 'scripts', name), join(dir, 'scripts', name));
  // The build the copy would run next is left out: start stops there, after the install step.
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'npm'), '#!/bin/sh\necho "stand-in npm $*"\n');
  chmodSync(join(dir, 'bin', 'npm'), 0o755);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function start(): string {
  const result = spawnSync(process.execPath, [join(dir, 'scripts', 'start.mjs')], {
    cwd: dir,
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  return result.stdout;
}

test('with no dependencies installed, it says so (and how long) before installing them', () => {
  const lines = start().split('\n');
  const notice = lines.indexOf(NOTICE);
  const install = lines.findIndex((line) => line.startsWith('stand-in npm ci'));
  expect(notice).toBeGreaterThanOrEqual(0);
  expect(install).toBeGreaterThan(notice);
});

test('with the dependencies installed, it does not announce an install', () => {
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  for (const bin of ['jest', 'esbuild', 'tsc']) writeFileSync(join(dir, 'node_modules', '.bin', bin), '');
  const output = start();
  expect(output).toContain('> node scripts/build.mjs');
  expect(output).not.toContain(NOTICE);
  expect(output).not.toContain('stand-in npm');
});
