/**
 * `nps-sheets analyze FILE [options]` (SPEC §6): runs the sidebar's analysis
 * and report on a CSV/TSV or XLSX export with the built add-on, and prints a
 * readable summary, `--json`, and/or writes `--out report.html`. Exit codes:
 * 0 success, 2 bad usage, 3 file unreadable or no score column — each
 * failure with one line on stderr.
 */
import { join } from 'node:path';
import { analyzeFile, CliError } from './cli/analyze';
import { EXIT_USAGE, parseArgs, USAGE } from './cli/args';
import { jsonReport } from './cli/jsonReport';
import { textReport } from './cli/textReport';

/** The built add-on, next to build/ where this file is bundled to. */
const DIST_DIR = join(__dirname, '..', 'dist');

/**
 * Runs the command line and resolves with the exit code.
 *
 * @param argv the arguments after the program name
 */
export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`nps-sheets: ${parsed.message}\n`);
    return EXIT_USAGE;
  }
  try {
    const outcome = await analyzeFile(parsed.args, DIST_DIR);
    process.stdout.write(parsed.args.json ? `${JSON.stringify(jsonReport(outcome), null, 2)}\n` : `${textReport(outcome)}\n`);
    return 0;
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : 1;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`nps-sheets: ${message.split('\n')[0]}\n`);
    return code;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
