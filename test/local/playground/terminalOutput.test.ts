/**
 * What the playground prints on the terminal: sheet names come from the
 * file's name or a workbook's tabs, and messages quote the command line, so
 * a control sequence or a direction mark in them (`ESC ] 0;… BEL` sets the
 * window title, `ESC [2J` clears the screen, U+202E reverses what follows)
 * is shown as its escape, never sent to the terminal.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startPlayground } from './harness';

/** Raw C0 controls (but the line break), DEL, C1 controls and bidi marks. */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-terminal-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a file name holding control sequences is printed with them escaped', async () => {
  const file = join(dir, 'survey\u001b]0;owned\u0007\u001b[2J\u202Eabc.csv');
  copyFileSync(join(ROOT, 'samples', 'sample_survey.csv'), file);
  const playground = await startPlayground(file);
  try {
    const line = playground.output().split('\n').find((l) => l.startsWith('NPS playground on'))!;
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).toContain('(survey\\x1B]0;owned\\x07\\x1B[2J\\u202Eabc)');
  } finally {
    await playground.stop();
  }
});

test.each([
  ['an unknown option', ['--\u001b[2J\u202E']],
  ['a sheet it does not have', [join(ROOT, 'samples', 'sample_survey.csv'), '--sheet', 'x\u009b2J\u001b]8;;http://evil.example\u0007\u202E']],
])('the one-line error for %s shows its controls as escapes', (_, args) => {
  const result = spawnSync(process.execPath, [join(ROOT, 'build', 'playground.cjs'), ...args], { env: { ...process.env, PORT: '0' }, encoding: 'utf8', timeout: 20_000 });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^playground: /);
  expect(result.stderr.trimEnd()).not.toMatch(RAW_CONTROL);
  expect(result.stderr).toContain('\\u202E');
});
