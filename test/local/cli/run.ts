import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..', '..');
export { FIXTURES } from '../../helpers/readCsv';

/** What one run of the command printed. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/nps-sheets.cjs ARGS…` from the repository root (the built
 * CLI over the built add-on, as a user runs it).
 */
export function runCli(...args: string[]): CliRun {
  return runCliIn(ROOT, ...args);
}

/** Runs the command from another working folder (for relative paths). */
export function runCliIn(cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nps-sheets.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export { readTruth as truthOf, type TruthCounts as TruthTally } from '../../helpers/readCsv';
