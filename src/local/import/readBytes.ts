/**
 * A file's bytes, read within a bound: a regular file larger than
 * {@link MAX_FILE_BYTES} is refused from its size, and anything else that
 * is not a folder (a pipe such as `<(curl …)`, a device such as /dev/zero)
 * is read until it ends or passes the bound, so that no path makes the
 * import run until memory runs out.
 */
import { open } from 'fs/promises';
import { ImportError } from './importError';

/**
 * The largest file read: a spreadsheet holds 10 million cells of at most
 * 50,000 characters, and no survey export near this size fits in memory
 * once read as cells anyway.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Bytes read at a time from something that is not a regular file. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a file, a pipe or a device whole, up to `maxBytes`.
 *
 * @param path the path given by the user
 * @param maxBytes the bound (tests lower it)
 * @throws ImportError `not-found` when the path does not exist, is a folder or cannot be read; `too-large` past the bound
 * @example await readBytes('export.csv') // <Buffer 54 69 6d …>
 */
export async function readBytes(path: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw unreadable(path, (error as NodeJS.ErrnoException).code);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw unreadable(path, 'EISDIR');
    if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file in one read (one byte more tells that it grew meanwhile); anything else a chunk at a time.
    let want = info.isFile() ? info.size + 1 : CHUNK_BYTES;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      want = CHUNK_BYTES;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw unreadable(path, (error as NodeJS.ErrnoException).code);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The refusal of a path that cannot be read, by the error code of the attempt.
 *
 * @example unreadable('a.csv', 'ENOENT').message // 'a.csv does not exist: check the path and try again.'
 */
export function unreadable(path: string, code: string | undefined): ImportError {
  const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
  return new ImportError('not-found', `${path} ${reason}: check the path and try again.`);
}

function tooLarge(path: string, maxBytes: number): ImportError {
  return new ImportError(
    'too-large',
    `${path} is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, more than this tool reads: export fewer rows or columns (a spreadsheet holds 10 million cells) and try again.`,
  );
}
