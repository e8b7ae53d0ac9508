/**
 * One `nps-sheets analyze` run: import the file into a local spreadsheet the
 * way Sheets imports it, load the BUILT add-on (dist/) over it, and drive it
 * through the same endpoints the sidebar calls — getSheetProfile,
 * saveRoleOverrides for the column options, buildReport with its Spreadsheet
 * service calls counted — then gather what the printers need.
 */
import { basename } from 'node:path';
import type { TableAnalysis } from '../../nps/analysis';
import type { ReportOptions, ReportResult, SheetProfile } from '../../shared/contract';
import { ImportError, importFile } from '../import';
import { chartSpecsOf } from '../playground/recordedCharts';
import { createSpreadsheet, loadAddon, type AddonRuntime } from '../sheets';
import type { LocalSpreadsheet } from '../sheets/localSpreadsheet';
import { chooseResponseSheet } from '../responseSheet';
import { EXIT_UNREADABLE, type AnalyzeArgs } from './args';
import { CliError } from './cliError';
import { forTheCommandLine } from './cliWording';
import { roleOverrides } from './columnOptions';
import { htmlReport } from './htmlReport';
import { checkOutPath, writeOutFile } from './outFile';
import type { AnalyzeOutcome, SegmentTable } from './outcome';

export { CliError } from './cliError';

/**
 * The private top-level function of the bundle that returns the full
 * analysis of the active sheet and the table of each segment column
 * (`(options: AnalysisOptions, segmentColumns: number[]) => { analysis, segments }`),
 * so the CLI's figures come from the bundle like the report.
 */
const BUNDLE_ANALYSIS = 'getAnalysisAndSegments_';

/**
 * Runs the analysis and the report build on a file.
 *
 * @param args the parsed command line
 * @param distDir the built add-on (dist/)
 * @throws CliError with the exit code and a one-line reason
 */
export async function analyzeFile(args: AnalyzeArgs, distDir: string): Promise<AnalyzeOutcome> {
  if (args.out !== null) checkOutPath(args.out, args.file);
  const { book, hidden, importWarnings } = await importedSpreadsheet(args);
  let runtime: AddonRuntime;
  try {
    runtime = loadAddon({ spreadsheet: book, distDir });
  } catch (error) {
    throw new CliError(1, messageOf(error));
  }
  const run = <T>(name: string, ...callArgs: unknown[]) => endpoint<T>(runtime, name, callArgs);

  let profile = run<SheetProfile>('getSheetProfile');
  if (args.sheet === null && book.sheets.length > 1) profile = chooseResponseSheet(book, hidden, () => run<SheetProfile>('getSheetProfile')) ?? profile;
  const sheet = book.activeSheet;
  const fileName = basename(args.file);
  const pickSheet = sheetHint(args, book);
  if (!profile.table) throw new CliError(EXIT_UNREADABLE, `${fileName}: ${forTheCommandLine(profile.problem ?? 'no table of responses found in the sheet')}${pickSheet}`);
  const overrides = roleOverrides(args, profile);
  if (Object.keys(overrides).length > 0) profile = run<SheetProfile>('saveRoleOverrides', profile.sheetId, overrides);
  if (profile.questionColumn !== null && profile.problem) throw new CliError(EXIT_UNREADABLE, `${fileName}: ${forTheCommandLine(profile.problem)}`);
  if (!profile.table || profile.mapping.score === null) {
    const group = profile.columns.find((c) => c.role === 'nps_group');
    const labels = group ? `; column ${group.index} holds Promoter/Passive/Detractor labels, but the NPS needs the 0–10 answers` : '';
    throw new CliError(EXIT_UNREADABLE, `${fileName}: no score column found (no column holds 0–10 answers${labels}); choose one with --score-column N${pickSheet}`);
  }

  const segmentColumns = args.segmentColumn !== null ? [args.segmentColumn.index] : profile.mapping.segments;
  const options: ReportOptions = {
    period: args.period,
    segmentColumn: segmentColumns.length > 0 ? segmentColumns[0] : null,
    rollingDays: null,
    confidence: args.confidence,
    mode: 'snapshot',
  };

  runtime.serviceCalls.reset();
  const started = performance.now();
  let report: ReportResult;
  try {
    report = runtime.run('buildReport', options) as ReportResult;
  } catch (error) {
    // The add-on's own refusals (plain Errors, in words for the sidebar) are problems of the file: exit 3.
    if ((error as Error)?.name !== 'Error') throw new CliError(1, `buildReport failed: ${messageOf(error)}`);
    throw new CliError(EXIT_UNREADABLE, `${fileName}: ${forTheCommandLine(messageOf(error))}`);
  }
  const ms = Math.round(performance.now() - started);
  const serviceCalls = runtime.serviceCalls.count;

  // One execution for the analysis and every segment column's table: the sheet is read and detected once.
  const { analysis, segments: tables } = endpoint<{ analysis: TableAnalysis; segments: Array<SegmentTable | null> }>(
    runtime, BUNDLE_ANALYSIS, [options, segmentColumns], true,
  );
  const segments = tables.filter((s): s is SegmentTable => s !== null);
  const reportSheet = book.sheetByName(report.reportSheetName);
  const charts = chartSpecsOf(book).filter((c) => reportSheet !== null && c.sheet === reportSheet.name);

  const outcome: AnalyzeOutcome = {
    file: basename(args.file),
    sheet: sheet.name,
    timeZone: book.timeZone,
    profile,
    analysis,
    segments,
    report,
    serviceCalls,
    ms,
    charts,
    outFile: args.out,
    verbose: args.verbose,
    importWarnings,
  };
  if (args.out !== null) writeOutFile(args.out, htmlReport(outcome));
  return outcome;
}

/**
 * When no --sheet was given and the workbook has several sheets, the end of
 * a one-line reason that names them and says how to choose one; else "".
 *
 * @param args the parsed command line
 * @param book the imported workbook (the sheet chosen without --sheet was analysed)
 * @example sheetHint({ sheet: null, … }, book) // ' (the workbook has 2 sheets: "Notes", "Form Responses 1"; choose one with --sheet NAME)'
 */
function sheetHint(args: Pick<AnalyzeArgs, 'sheet'>, book: LocalSpreadsheet): string {
  if (args.sheet !== null || book.sheets.length < 2) return '';
  const names = book.sheets.map((s) => JSON.stringify(s.name)).join(', ');
  return ` (the workbook has ${book.sheets.length} sheets: ${names}; choose one with --sheet NAME)`;
}

/** The spreadsheet holding the imported file, with the sheet to analyse active. */
async function importedSpreadsheet(args: AnalyzeArgs): Promise<{ book: LocalSpreadsheet; hidden: Set<string>; importWarnings: string[] }> {
  let sheets;
  let importWarnings: string[];
  try {
    ({ sheets, warnings: importWarnings } = await importFile(args.file, { locale: args.locale, timeZone: args.timeZone, sheet: args.sheet ?? undefined }));
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(EXIT_UNREADABLE, error.message);
    throw new CliError(EXIT_UNREADABLE, `${args.file}: cannot be read (${messageOf(error)})`);
  }
  if (sheets.length === 0) throw new CliError(EXIT_UNREADABLE, `${args.file}: the workbook has no sheets`);
  const book = createSpreadsheet({
    name: basename(args.file),
    timeZone: args.timeZone,
    locale: args.locale,
    sheets: sheets.map((s) => ({ name: s.name, values: s.values })),
  });
  const wanted = args.sheet === null ? book.sheets[0] : (book.sheetByName(args.sheet) ?? book.sheets[0]);
  book.activeSheet = wanted;
  return { book, hidden: new Set(sheets.filter((s) => s.hidden).map((s) => s.name)), importWarnings };
}

/** Calls an endpoint as google.script.run would (or a private function directly); its error becomes a one-line CliError. */
function endpoint<T>(runtime: AddonRuntime, name: string, args: unknown[], privateCall = false): T {
  try {
    return (privateCall ? runtime.call(name, ...args) : runtime.run(name, ...args)) as T;
  } catch (error) {
    throw new CliError(1, `${name} failed: ${forTheCommandLine(messageOf(error))}`);
  }
}


function messageOf(error: unknown): string {
  const text = error && typeof (error as Error).message === 'string' ? (error as Error).message : String(error);
  return text.split('\n')[0];
}
