/**
 * `nps-sheets analyze FILE [options]` (SPEC §6): runs the sidebar's analysis
 * and report on a CSV/TSV or XLSX export with the built add-on, and prints a
 * readable summary, `--json`, and/or writes `--out report.html`. Exit codes:
 * 0 success, 2 bad usage, 3 file unreadable or no score column — each
 * failure with one line on stderr. Every readable line goes out through
 * `say`, which shows control characters from the data as escapes; `--json`
 * goes out as JSON with the same characters escaped the JSON way.
 */
import { join } from 'node:path';
import { analyzeFile, CliError } from './cli/analyze';
import { printCountQuery } from './cli/sqlCommand';
import { EXIT_USAGE, parseArgs, USAGE } from './cli/args';
import { jsonReport } from './cli/jsonReport';
import { jsonForTerminal, visibleControls } from './cli/terminalText';
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
    say(process.stdout, USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    say(process.stderr, `nps-sheets: ${parsed.message}`);
    return EXIT_USAGE;
  }
  if (parsed.kind === 'sql') return printCountQuery(parsed.args);
  try {
    const outcome = await analyzeFile(parsed.args, DIST_DIR);
    if (parsed.args.json) process.stdout.write(`${jsonForTerminal(jsonReport(outcome))}\n`);
    else say(process.stdout, textReport(outcome));
    return 0;
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : 1;
    const message = error instanceof Error ? error.message : String(error);
    // Our messages may quote a header or sheet name that holds a line break: keep them on one line. Others lose their detail lines.
    say(process.stderr, `nps-sheets: ${error instanceof CliError ? message.replace(/\s*[\r\n]+\s*/g, ' ') : message.split('\n')[0]}`);
    return code;
  }
}

/** Prints readable text and a newline, with any control character from the data shown as an escape. */
function say(stream: NodeJS.WriteStream, text: string): void {
  stream.write(`${visibleControls(text)}\n`);
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
