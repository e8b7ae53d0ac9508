/**
 * `nps-sheets analyze FILE --engine duckdb`: the same report as the sheet
 * path for a CSV, TSV or Parquet file too large for a sheet. DuckDB reads
 * the file; the detector chooses the columns on a sample (sampleProfile.ts);
 * the count query (src/nps/sql) counts every row in DuckDB; the engine makes
 * every figure from those counts. No row of the file is held in memory.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { TableAnalysis } from '../../nps/analysis';
import { countQuery } from '../../nps/sql/countQuery';
import { fragmentsOf } from '../../nps/sql/dialects';
import { analysisOfCounts } from '../../nps/sql/countAnalysis';
import { scaledTallies, type CountRow } from '../../nps/sql/countTallies';
import { quoteIdentifier } from '../../nps/sql/identifiers';
import { segmentName } from '../../nps/segments';
import { zoneFor } from '../../nps/zone';
import type { SheetProfile } from '../../shared/contract';
import { EXIT_UNREADABLE, EXIT_USAGE, type AnalyzeArgs } from '../cli/args';
import { CliError } from '../cli/cliError';
import { forTheCommandLine } from '../cli/cliWording';
import { htmlReport } from '../cli/htmlReport';
import { checkOutPath, writeOutFile } from '../cli/outFile';
import type { AnalyzeOutcome, SegmentTable } from '../cli/outcome';
import { cellConverter } from '../import/cellConversion';
import { ImportError } from '../import';
import { unreadable } from '../import/readBytes';
import { conventionsFor } from '../import/localeConventions';
import { validSheetNames } from '../import/sheetName';
import { dateFormatsFor } from './dateFormats';
import { firstLine, isParquet, openSource, rowsOf, RESPONSES_VIEW, SourceError, type CsvLayout, type DuckdbSource } from './duckdbSource';
import { SAMPLE_ROWS, sampleProfile, sheetValuesOf } from './sampleProfile';
import { readCsvHead, type CsvHead } from './csvHead';
import { noResponsesMessage } from '../../nps/noResponsesMessage';

/** What the printers say about the parts that need single rows. */
export const DUCKDB_LIMITS =
  'Counted by DuckDB: themes, people and drivers need every row and are not computed by --engine duckdb (leave it out to get them); ignored cells and undated rows are counted but not listed, and no report sheet or chart is built.';

/**
 * Analyses a file with DuckDB and gathers what the printers need.
 *
 * @param args the parsed command line (`--engine duckdb`)
 * @param distDir the built add-on (for the column detector)
 * @throws CliError with the exit code and a one-line reason
 */
export async function analyzeWithDuckdb(args: AnalyzeArgs, distDir: string): Promise<AnalyzeOutcome> {
  const fileName = basename(args.file);
  if (args.out !== null) checkOutPath(args.out, args.file);
  if (args.sheet !== null) throw new CliError(EXIT_USAGE, '--sheet is for workbooks; --engine duckdb reads CSV, TSV and Parquet files');
  checkReadable(args.file, fileName);
  const started = performance.now();
  const sheetName = validSheetNames([basename(fileName, extname(fileName)) || fileName])[0];
  let source: DuckdbSource;
  let profile: SheetProfile;
  let values: unknown[][];
  let maxRows: number | undefined;
  if (isParquet(args.file)) {
    source = await open(args.file, fileName, null);
    values = sheetValuesOf(source.columns, await sampleOf(source), args.locale, args.timeZone);
    profile = sampleProfile(args, distDir, sheetName, values);
  } else {
    let head: CsvHead;
    try {
      head = readCsvHead(args.file, fileName, args.locale, args.timeZone);
    } catch (error) {
      throw new CliError(EXIT_UNREADABLE, error instanceof ImportError ? error.message : `${fileName}: cannot be read (${firstLine(error)})`);
    }
    values = head.values;
    profile = sampleProfile(args, distDir, sheetName, values);
    const { headerRow, lastRow } = profile.table!;
    values = values.slice(headerRow - 1);
    source = await open(args.file, fileName, { delimiter: head.delimiter, skipLines: head.lineOfRow[headerRow - 1] - 1, parallel: !head.quotedLineBreaks, mixedLineEnds: head.mixedLineEnds });
    // Notes under the table (a total, a copyright line) are not answers: when the head is the whole file, count the table's rows only.
    if (head.complete && lastRow < head.lineOfRow.length) {
      maxRows = 0;
      for (let row = headerRow + 1; row <= lastRow; row++) if (!head.blankRows.has(row)) maxRows++;
    }
  }
  try {
    const table = profile.table!;
    const columnName = (index: number | null) => (index === null ? null : (source.columns[index] ?? null));
    const scoreIndex = profile.mapping.score!;
    const dateIndex = profile.mapping.date;
    const segmentColumns = args.segmentColumn !== null ? [args.segmentColumn.index] : profile.mapping.segments;
    const headerOf = (index: number) => profile.columns[index]?.header ?? columnName(index) ?? '';
    const datesAreUtc = dateIndex !== null && /\(UTC\)/i.test(headerOf(dateIndex));
    // The header rows under the first (a second row of question texts) repeat the score column's header: not answers.
    const headerRows = values.slice(0, table.headerRows).map((row) => String(row[scoreIndex] ?? ''));
    const dateTexts = dateIndex === null ? [] : (await dateTextsOf(source, columnName(dateIndex)!, Math.max(SAMPLE_ROWS, values.length))).slice(table.headerRows - 1);
    const dateFormats = dateIndex === null ? [] : await dateFormatsFor(source.connection, dateTexts, args.locale, args.timeZone, datesAreUtc);

    const convert = cellConverter(args.locale, args.timeZone);
    const zone = zoneFor(args.timeZone);
    const analyse = async (segmentIndex: number | null): Promise<TableAnalysis> => {
      const sql = countQuery({
        dialect: 'duckdb',
        table: RESPONSES_VIEW,
        scoreColumn: columnName(scoreIndex)!,
        dateColumn: columnName(dateIndex),
        segmentColumn: columnName(segmentIndex),
        timeZone: args.timeZone,
        period: args.period,
        scoreHeaders: headerRows,
        datesAreUtc,
        dateFormats,
        maxRows,
        // Score text is read as the sheet's CSV import reads numbers in the locale (`9.`, `1e1`, `9,0` in de_DE).
        importedNumbers: conventionsFor(args.locale),
        // …and in English locales text such as "10 Mar 2025" as the date it imports, not a labelled 10.
        importedNamedDates: /^en(_|-|$)/i.test(args.locale),
      });
      let rows: CountRow[];
      try {
        rows = (await rowsOf(source.connection, sql)) as unknown as CountRow[];
      } catch (error) {
        throw new CliError(EXIT_UNREADABLE, `${fileName}: DuckDB could not count the answers (${firstLine(error)})`);
      }
      // The scale (0–10, or 1–11 read as one less) from the counts of every answer, as the sheet path decides it from the column's cells.
      const { scale, counts } = scaledTallies(rows, headerOf(scoreIndex));
      counts.rows = Math.max(0, counts.rows - (table.headerRows - 1));
      try {
        return analysisOfCounts(counts, {
          period: args.period,
          confidence: args.confidence,
          timeZone: args.timeZone,
          headers: { score: headerOf(scoreIndex), date: dateIndex === null ? null : headerOf(dateIndex), segment: segmentIndex === null ? null : headerOf(segmentIndex) },
          segmentColumn: segmentIndex,
          datesAreUtc,
          scale,
          segmentName: (text) => (text === null ? '(blank)' : segmentName(convert(text), zone)),
        });
      } catch (error) {
        throw new CliError(EXIT_UNREADABLE, `${fileName}: ${forTheCommandLine(error instanceof Error ? error.message : String(error))}`);
      }
    };

    const analysis = await analyse(segmentColumns.length > 0 ? segmentColumns[0] : null);
    if (analysis.overall.responses === 0) throw new CliError(EXIT_UNREADABLE, `${fileName}: ${forTheCommandLine(noResponsesMessage(headerOf(scoreIndex), analysis.overall.ignored))}`);
    const segments: SegmentTable[] = [];
    for (const column of segmentColumns) {
      const table = column === segmentColumns[0] ? analysis.segments : (await analyse(column)).segments;
      if (table) segments.push(table);
    }
    analysis.warnings.push(DUCKDB_LIMITS);
    const ms = Math.round(performance.now() - started);
    const outcome: AnalyzeOutcome = {
      file: fileName,
      sheet: sheetName,
      timeZone: args.timeZone,
      profile: withLastRow(profile, analysis.rows),
      analysis,
      segments,
      report: {
        reportSheetName: '',
        charts: 0,
        created: false,
        periods: analysis.periods.rows.length,
        segments: analysis.segments ? analysis.segments.rows.length : 0,
        message: `counted ${analysis.rows} rows with DuckDB; no report sheet is built with --engine duckdb`,
      },
      serviceCalls: 0,
      ms,
      charts: [],
      outFile: args.out,
      verbose: args.verbose,
      importWarnings: [],
    };
    if (args.out !== null) writeOutFile(args.out, htmlReport(outcome));
    return outcome;
  } finally {
    source.close();
  }
}

/** The sample rows (column order), after the header row. */
async function sampleOf(source: DuckdbSource): Promise<unknown[][]> {
  const rows = await rowsOf(source.connection, `SELECT * FROM ${quoteIdentifier('duckdb', RESPONSES_VIEW)} LIMIT ${SAMPLE_ROWS}`);
  return rows.map((row) => source.columns.map((name) => row[name]));
}

async function open(path: string, fileName: string, layout: CsvLayout | null): Promise<DuckdbSource> {
  try {
    return await openSource(path, layout);
  } catch (error) {
    if (error instanceof SourceError) throw new CliError(EXIT_UNREADABLE, `${fileName}: ${error.message}`);
    throw error;
  }
}

/** A missing, unreadable, empty or workbook file gets the sheet path's words before DuckDB is asked. */
function checkReadable(path: string, fileName: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    accessSync(path, constants.R_OK);
    if (!stat.isFile()) {
      throw new CliError(EXIT_UNREADABLE, `${fileName} is not a file on disk (a pipe or a device): --engine duckdb reads files; save the responses to a file, or leave out --engine duckdb`);
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT_UNREADABLE, unreadable(path, (error as NodeJS.ErrnoException).code).message);
  }
  if (size === 0) throw new CliError(EXIT_UNREADABLE, `${fileName} is empty: export the survey responses again and try again.`);
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(fileName)) {
    throw new CliError(EXIT_UNREADABLE, `${fileName} is a workbook: --engine duckdb reads CSV, TSV and Parquet; save the sheet as CSV or leave out --engine duckdb`);
  }
}

/** The profile with the table's last row as DuckDB counted it (the sample saw only its first rows). */
function withLastRow(profile: SheetProfile, dataRows: number): SheetProfile {
  const table = profile.table!;
  return { ...profile, table: { ...table, lastRow: table.firstDataRow - 1 + dataRows } };
}

/** The date column's texts in the sample (the head of a CSV), as the count query sees them (any type cast to text, trimmed). */
async function dateTextsOf(source: DuckdbSource, column: string, rows: number): Promise<string[]> {
  const f = fragmentsOf('duckdb');
  const text = f.trimmed(f.asText(quoteIdentifier('duckdb', column)));
  const texts = await rowsOf(source.connection, `SELECT ${text} AS t FROM ${quoteIdentifier('duckdb', RESPONSES_VIEW)} LIMIT ${rows}`);
  return texts.map((row) => (row.t === null || row.t === undefined ? '' : String(row.t)));
}
