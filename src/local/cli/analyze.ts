/**
 * One `nps-sheets analyze` run: import the file into a local spreadsheet the
 * way Sheets imports it, load the BUILT add-on (dist/) over it, and build the
 * report with its Spreadsheet service calls counted, in the bundle's private
 * getReportAndAnalysis_ (the build, its analysis and the segment tables in
 * one execution); with column options or several sheets, first through the
 * endpoints the sidebar calls (getSheetProfile, saveRoleOverrides). Then
 * gather what the printers need.
 */
import { basename } from 'node:path';
import type { ReportOptions, SheetProfile } from '../../shared/contract';
import type { ReportAndAnalysis } from '../../sheets/analysisEndpoint';
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
 * The private top-level function of the bundle that builds the report of the
 * active sheet and returns it with the build's own analysis, the profile and
 * the segment tables (src/sheets/analysisEndpoint.ts), so the CLI's figures
 * come from the bundle, in one execution.
 */
const BUNDLE_BUILD = 'getReportAndAnalysis_';

/**
 * Runs the analysis and the report build on a file. Without column options
 * on a one-sheet file this is one add-on execution (the build reads and
 * detects once); otherwise the profile comes first, as the sidebar's does,
 * to check the options and save them as role overrides.
 *
 * @param args the parsed command line
 * @param distDir the built add-on (dist/)
 * @throws CliError with the exit code and a one-line reason
 */
export async function analyzeFile(args: AnalyzeArgs, distDir: string): Promise<AnalyzeOutcome> {
  if (args.engine === 'duckdb') return (await import('../duckdb/duckdbAnalyze')).analyzeWithDuckdb(args, distDir);
  if (args.out !== null) checkOutPath(args.out, args.file);
  const { book, hidden, importWarnings } = await importedSpreadsheet(args);
  let runtime: AddonRuntime;
  try {
    runtime = loadAddon({ spreadsheet: book, distDir });
  } catch (error) {
    throw new CliError(1, messageOf(error));
  }
  const fileName = basename(args.file);
  const options: ReportOptions = { period: args.period, segmentColumn: null, rollingDays: null, confidence: args.confidence, mode: 'snapshot' };
  const asDetected = !hasColumnOptions(args) && (args.sheet !== null || book.sheets.length === 1);
  // A sheet without a table or a score column builds nothing: the profile below says why.
  const built = (asDetected ? buildWithAnalysis(runtime, fileName, options, null) : null) ?? buildAfterProfile(args, book, hidden, runtime, fileName, options);
  const { profile, analysis, report } = built;
  const segments = built.segments.filter((s): s is SegmentTable => s !== null);
  const reportSheet = book.sheetByName(report.reportSheetName);
  const charts = chartSpecsOf(book).filter((c) => reportSheet !== null && c.sheet === reportSheet.name);

  const outcome: AnalyzeOutcome = {
    file: fileName,
    sheet: profile.sheetName,
    timeZone: book.timeZone,
    profile,
    analysis,
    segments,
    report,
    serviceCalls: built.serviceCalls,
    ms: built.buildMs,
    charts,
    outFile: args.out,
    verbose: args.verbose,
    importWarnings,
  };
  if (args.out !== null) writeOutFile(args.out, htmlReport(outcome));
  return outcome;
}

/** What the bundle's build returned, with the Spreadsheet service calls it made. */
type Built = ReportAndAnalysis & { serviceCalls: number };

/** True when the command line names a column (the profile must then be read first, to check it). */
function hasColumnOptions(args: AnalyzeArgs): boolean {
  return [args.scoreColumn, args.dateColumn, args.segmentColumn, args.commentColumn, args.respondentColumn].some((choice) => choice !== null);
}

/**
 * The sidebar's way: the profile (the response sheet chosen among several),
 * the column options checked and saved as role overrides, then the build.
 * @throws CliError when there is no table or no score column, or an option is bad
 */
function buildAfterProfile(args: AnalyzeArgs, book: LocalSpreadsheet, hidden: Set<string>, runtime: AddonRuntime, fileName: string, options: ReportOptions): Built {
  const run = <T>(name: string, ...callArgs: unknown[]) => endpoint<T>(runtime, name, callArgs);
  let profile = run<SheetProfile>('getSheetProfile');
  if (args.sheet === null && book.sheets.length > 1) profile = chooseResponseSheet(book, hidden, () => run<SheetProfile>('getSheetProfile')) ?? profile;
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
  const built = buildWithAnalysis(runtime, fileName, { ...options, segmentColumn: segmentColumns.length > 0 ? segmentColumns[0] : null }, segmentColumns);
  if (!built) throw new CliError(EXIT_UNREADABLE, `${fileName}: the sheet changed while it was analysed; run the command again`);
  return built;
}

/**
 * One execution of the bundle's build with its analysis ({@link BUNDLE_BUILD}), its Spreadsheet service calls counted.
 * @param segmentColumns the segment tables to compute; null for the detected segment columns (the first in the report)
 * @returns null when the sheet has no table or no score column (nothing was built)
 * @throws CliError exit 3 for the add-on's refusals (problems of the file), 1 for a failure of the add-on
 */
function buildWithAnalysis(runtime: AddonRuntime, fileName: string, options: ReportOptions, segmentColumns: number[] | null): Built | null {
  runtime.serviceCalls.reset();
  let built: ReportAndAnalysis | null;
  try {
    built = runtime.call(BUNDLE_BUILD, options, segmentColumns) as ReportAndAnalysis | null;
  } catch (error) {
    // The add-on's own refusals (plain Errors, in words for the sidebar) are problems of the file: exit 3.
    if ((error as Error)?.name !== 'Error') throw new CliError(1, `buildReport failed: ${messageOf(error)}`);
    throw new CliError(EXIT_UNREADABLE, `${fileName}: ${forTheCommandLine(messageOf(error))}`);
  }
  return built && { ...built, serviceCalls: runtime.serviceCalls.count };
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

/** Calls an endpoint as google.script.run would; its error becomes a one-line CliError. */
function endpoint<T>(runtime: AddonRuntime, name: string, args: unknown[]): T {
  try {
    return runtime.run(name, ...args) as T;
  } catch (error) {
    throw new CliError(1, `${name} failed: ${forTheCommandLine(messageOf(error))}`);
  }
}

function messageOf(error: unknown): string {
  const text = error && typeof (error as Error).message === 'string' ? (error as Error).message : String(error);
  return text.split('\n')[0];
}
