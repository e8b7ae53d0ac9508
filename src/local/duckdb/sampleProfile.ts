/**
 * The column roles of a file counted by DuckDB, found the way the sheet path
 * finds them: the first rows (the detection sample), converted as Sheets
 * imports a CSV, go into a local spreadsheet, and the built add-on's
 * `getSheetProfile` and `saveRoleOverrides` (the column options) run on it.
 * So both engines choose the same columns and say the same things when
 * there is no score column.
 */
import { basename } from 'node:path';
import type { SheetProfile } from '../../shared/contract';
import { EXIT_UNREADABLE, type AnalyzeArgs } from '../cli/args';
import { CliError } from '../cli/cliError';
import { forTheCommandLine } from '../cli/cliWording';
import { roleOverrides } from '../cli/columnOptions';
import { cellConverter } from '../import/cellConversion';
import { createSpreadsheet, loadAddon } from '../sheets';

/** Rows DuckDB hands to the detector (the header row comes on top). */
export const SAMPLE_ROWS = 2000;

/**
 * The sheet's profile of the sample, after the column options.
 *
 * @param args the command line (locale, zone, column options)
 * @param distDir the built add-on
 * @param sheetName the name the sheet path gives the file's sheet
 * @param values the sample as sheet values (the imported head of a CSV, or {@link sheetValuesOf} a Parquet sample)
 * @throws CliError (exit 3) when there is no table or no score column, with the sheet path's words
 */
export function sampleProfile(args: AnalyzeArgs, distDir: string, sheetName: string, values: unknown[][]): SheetProfile {
  const book = createSpreadsheet({ name: sheetName, timeZone: args.timeZone, locale: args.locale, sheets: [{ name: sheetName, values: values as never }] });
  const runtime = loadAddon({ spreadsheet: book, distDir });
  const run = <T>(name: string, ...callArgs: unknown[]): T => {
    try {
      return runtime.run(name, ...callArgs) as T;
    } catch (error) {
      throw new CliError(1, `${name} failed: ${forTheCommandLine(error instanceof Error ? error.message.split('\n')[0] : String(error))}`);
    }
  };
  let profile = run<SheetProfile>('getSheetProfile');
  if (!profile.table) throw new CliError(EXIT_UNREADABLE, `${basename(args.file)}: ${forTheCommandLine(profile.problem ?? 'no table of responses found in the sheet')}`);
  const overrides = roleOverrides(args, profile);
  if (Object.keys(overrides).length > 0) profile = run<SheetProfile>('saveRoleOverrides', profile.sheetId, overrides);
  if (profile.questionColumn !== null && profile.problem) throw new CliError(EXIT_UNREADABLE, `${basename(args.file)}: ${forTheCommandLine(profile.problem)}`);
  if (!profile.table || profile.mapping.score === null) {
    const group = profile.columns.find((c) => c.role === 'nps_group');
    const labels = group ? `; column ${group.index} holds Promoter/Passive/Detractor labels, but the NPS needs the 0–10 answers` : '';
    throw new CliError(EXIT_UNREADABLE, `${basename(args.file)}: no score column found (no column holds 0–10 answers${labels}); choose one with --score-column N`);
  }
  return profile;
}

/**
 * A sample DuckDB returned (column names, then rows of typed values) as the
 * sheet would hold it: text converted as the import converts it.
 *
 * @example sheetValuesOf(['Score'], [['9']], 'en_US', 'UTC') // [['Score'], [9]]
 */
export function sheetValuesOf(header: string[], rows: unknown[][], locale: string, timeZone: string): unknown[][] {
  const convert = cellConverter(locale, timeZone);
  return [header, ...rows.map((row) => row.map((cell) => sheetValue(cell, convert)))];
}

/** A sample value as the sheet would hold it: text converted as the import converts it, typed values kept. */
function sheetValue(cell: unknown, convert: (text: string) => unknown): unknown {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell === '' ? '' : convert(cell);
  if (typeof cell === 'bigint') return Number(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) return cell;
  return String(cell);
}
