/**
 * The import reads within a bound whatever the path names: a regular file,
 * a pipe (`analyze <(curl …)`), a device that never ends (/dev/zero) — no
 * path makes it read until memory runs out.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBytes } from '../../../src/local/import/readBytes';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'nps-read-bytes-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a regular file is read whole, up to the bound, and refused past it', async () => {
  const path = join(dir, 'a.csv');
  writeFileSync(path, 'Score\n9\n10\n');
  expect(Buffer.from(await readBytes(path, 11)).toString()).toBe('Score\n9\n10\n');
  await expect(readBytes(path, 10)).rejects.toMatchObject({ problem: 'too-large', message: expect.stringContaining('a.csv is larger than') });
});

test('a device that never ends is refused once past the bound', async () => {
  await expect(readBytes('/dev/zero', 3 * 1024 * 1024 + 5)).rejects.toMatchObject({ problem: 'too-large' });
});

test('a pipe is read to its end', async () => {
  const fifo = join(dir, 'pipe.csv');
  execFileSync('mkfifo', [fifo]);
  const text = `Score\n${'7\n'.repeat(300_000)}`;
  const writer = spawn('sh', ['-c', `cat > "${fifo}"`]);
  writer.stdin.end(text);
  expect(Buffer.from(await readBytes(fifo)).toString()).toBe(text);
});

test('a folder and a missing path say so', async () => {
  await expect(readBytes(dir)).rejects.toMatchObject({ problem: 'not-found', message: `${dir} is a folder, not a file: check the path and try again.` });
  await expect(readBytes(join(dir, 'nope.csv'))).rejects.toMatchObject({ message: expect.stringContaining('nope.csv does not exist') });
});
