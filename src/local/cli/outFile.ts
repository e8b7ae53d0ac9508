/**
 * The `--out` page is written so that nothing of the user's is lost: it may
 * never land on the file being analysed (whatever the spelling of either
 * path: relative, `./`, a symlink or a hard link), nor on a folder or a file
 * that is not an HTML page, and it is written to a temporary file in the
 * same folder and renamed into place, so a failure leaves no half page.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EXIT_USAGE } from './args';
import { CliError } from './cliError';

/**
 * Refuses an `--out` path the page must not be written to, before any work.
 *
 * @param out the `--out` path as given
 * @param input the FILE being analysed, as given
 * @throws CliError (exit 2) with the reason and what to do
 * @example checkOutPath('export.csv', './export.csv') // throws: --out export.csv is the file being analysed …
 */
export function checkOutPath(out: string, input: string): void {
  const outStats = statOrNull(out);
  if (outStats?.isDirectory() || (outStats === null && /[\\/]$/.test(out))) {
    throw new CliError(EXIT_USAGE, `--out ${out} is a folder: give the name of the page to write, e.g. --out ${join(out, 'report.html')}`);
  }
  const inStats = statOrNull(input);
  if (outStats && inStats && isSameFile(out, outStats, input, inStats)) {
    throw new CliError(EXIT_USAGE, `--out ${out} is the file being analysed (${input}): the page would replace your survey; give another name, e.g. --out report.html`);
  }
  if (outStats === null) {
    const folder = dirname(resolve(out));
    if (!statOrNull(folder)?.isDirectory()) throw new CliError(EXIT_USAGE, `--out ${out}: the folder ${folder} does not exist; create it or give another path`);
    return;
  }
  if (!outStats.isFile()) throw new CliError(EXIT_USAGE, `--out ${out} is not a regular file; give the name of an .html file to write`);
  if (!isHtmlPage(out, outStats)) {
    throw new CliError(EXIT_USAGE, `--out ${out} already exists and is not an HTML page, so it is not replaced; give another name, e.g. --out report.html`);
  }
}

/**
 * Writes the page whole: to a temporary file beside the target, then renamed
 * over it (an existing symlink keeps pointing at the new page). On failure
 * the temporary file is removed and the previous page, if any, is untouched.
 *
 * @param out the `--out` path as given (already checked by checkOutPath)
 * @param page the HTML text
 * @throws CliError (exit 2) when the page cannot be written
 */
export function writeOutFile(out: string, page: string): void {
  let target = resolve(out);
  try {
    target = realpathSync(out);
  } catch {
    // A new file: it is written where the path says.
  }
  const temporary = join(dirname(target), `.${basename(target).slice(0, 40)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, page, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(EXIT_USAGE, `--out ${out}: cannot write the page (${reason}); nothing was changed`);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Same file: one device and inode (hard links, symlinks), or one real path where inodes are not reported. */
function isSameFile(a: string, aStats: Stats, b: string, bStats: Stats): boolean {
  if (aStats.ino !== 0 && aStats.dev === bStats.dev && aStats.ino === bStats.ino) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** An empty file, or one that begins like an HTML page (an earlier report). */
function isHtmlPage(path: string, stats: Stats): boolean {
  if (stats.size === 0) return true;
  const head = Buffer.alloc(256);
  let length = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      length = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // unreadable: not known to be a page, so not replaced
  }
  const text = head.subarray(0, length).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return text.startsWith('<!doctype html') || text.startsWith('<html');
}
