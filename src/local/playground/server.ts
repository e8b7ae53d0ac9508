/**
 * `npm start [-- export.csv]`: the playground. Imports the file given (or the
 * bundled sample survey) into a local spreadsheet, loads the built add-on
 * (dist/) over it, and serves the page on 127.0.0.1 — port from PORT,
 * default 8080 (PORT=0 picks a free one) — printing its URL.
 * Options: --tz ZONE and --locale LOCALE set the spreadsheet's zone and
 * locale; --sheet NAME opens a workbook on that sheet (default: the sheet of
 * responses, as the CLI chooses it).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { importFile } from '../import';
import type { SheetProfile } from '../../shared/contract';
import { chooseResponseSheet } from '../responseSheet';
import { createSpreadsheet, loadAddon } from '../sheets';
import { playgroundRoutes } from './routes';
import { visibleControls } from '../../shared/visibleControls';

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'samples', 'sample_survey.csv');

/** What the command line asks for. */
interface PlaygroundArgs {
  file: string | null;
  timeZone: string;
  locale: string;
  sheet: string | null;
}

function parse(argv: string[]): PlaygroundArgs {
  const args: PlaygroundArgs = { file: null, timeZone: 'UTC', locale: 'en_US', sheet: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--tz') args.timeZone = argv[++i] ?? 'UTC';
    else if (arg === '--locale') args.locale = argv[++i] ?? 'en_US';
    else if (arg === '--sheet') args.sheet = argv[++i] ?? null;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg} (use: npm start [-- export.csv] [--tz ZONE] [--locale LOCALE] [--sheet NAME])`);
    else args.file = arg;
  }
  return args;
}

async function start(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const file = args.file ?? SAMPLE;
  const { sheets } = await importFile(file, { timeZone: args.timeZone, locale: args.locale });
  const book = createSpreadsheet({
    name: basename(file),
    timeZone: args.timeZone,
    locale: args.locale,
    sheets: sheets.map((s) => ({ name: s.name, values: s.values })),
  });
  const distDir = join(ROOT, 'dist');
  const runtime = loadAddon({ spreadsheet: book, distDir });
  // A workbook opens on the sheet asked for, else on its sheet of responses (not on a cover page or a pivot), as the CLI reads it.
  if (args.sheet !== null) {
    const asked = book.sheetByName(args.sheet);
    if (!asked) throw new Error(`${basename(file)} has no sheet named ${JSON.stringify(args.sheet)}: use one of ${book.sheets.map((s) => JSON.stringify(s.name)).join(', ')}.`);
    book.activeSheet = asked;
  } else if (book.sheets.length > 1) {
    const hidden = new Set(sheets.filter((s) => s.hidden).map((s) => s.name));
    chooseResponseSheet(book, hidden, () => runtime.run('getSheetProfile') as SheetProfile);
  }
  const handler = playgroundRoutes({
    book,
    callEndpoint: (name, callArgs) => runtime.run(name, ...callArgs),
    sidebarHtml: readFileSync(join(distDir, 'Sidebar.html'), 'utf8'),
    clientScript: readFileSync(join(ROOT, 'build', 'playground-client.js'), 'utf8'),
    sourceLabel: args.file ? basename(args.file) : 'sample survey (samples/sample_survey.csv)',
  });
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);
  const server = createServer(handler);
  server.on('error', (error) => {
    say(process.stderr, `playground: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address() as AddressInfo;
    say(process.stdout, `NPS playground on http://127.0.0.1:${address.port}/ (${book.sheets.map((s) => s.name).join(', ')})`);
    say(process.stdout, `Open http://127.0.0.1:${address.port} and press Build report; Ctrl+C stops`);
  });
}

/**
 * Prints a line. Sheet names (from the file's name or a workbook's tabs) and
 * messages quoting the command line reach the terminal here: a control
 * character or direction mark in them is shown as its escape, never sent.
 */
function say(stream: NodeJS.WriteStream, line: string): void {
  stream.write(`${visibleControls(line)}\n`);
}

start().catch((error: unknown) => {
  say(process.stderr, `playground: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
