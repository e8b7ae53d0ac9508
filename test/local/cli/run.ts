import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..', '..');
/** The fixtures folder. */
export const FIXTURES = join(ROOT, 'test', 'fixtures');

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
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nps-sheets.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Figures of a group in a truth file. */
export interface TruthTally {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number;
}

/** A fixture's truth file (independent figures computed outside the code base). */
export interface Truth {
  file: string;
  headerRows: number;
  scoreColumn: number;
  dateColumn: number;
  dateColumnsAccepted?: number[];
  segmentColumns: number[];
  commentColumns: number[];
  timeZone: string;
  overall: TruthTally;
  byMonth: Record<string, TruthTally>;
  bySegment: Record<string, TruthTally>;
}

/** Reads test/fixtures/<name>.truth.json. */
export function truthOf(name: string): Truth {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.truth.json`), 'utf8')) as Truth;
}
