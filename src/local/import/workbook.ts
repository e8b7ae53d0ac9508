/** A cell value as Google Sheets holds it after an import: "" for an empty cell. */
export type ImportedCell = string | number | boolean | Date;

/** One sheet of an imported file: a rectangular grid, row 0 = sheet row 1. */
export interface ImportedSheet {
  /** Sheet name: the XLSX tab name, or the file name without its extension for CSV/TSV, made valid as Sheets does (see sheetName). */
  name: string;
  /** Rectangular values (every row has the same length); "" for empty cells. */
  values: ImportedCell[][];
  /** True for an XLSX sheet hidden in the workbook (lists for drop-downs, lookups). */
  hidden?: boolean;
}

/** What an import produces: the sheets in file order (one for CSV/TSV). */
export interface ImportedWorkbook {
  sheets: ImportedSheet[];
  /** Plain sentences about the input: encodings guessed, cells cut to Sheets' limits, bytes dropped. */
  warnings: string[];
}

/** How to read a file, the way a spreadsheet with these settings would import it. */
export interface ImportOptions {
  /** File name, for the sheet name of a CSV and for messages (defaults to the path's base name). */
  fileName?: string;
  /** Spreadsheet locale, e.g. `en_US` (default), `en_GB`, `de_DE`, `fr_FR`: decides decimal commas and day-first dates. */
  locale?: string;
  /** Spreadsheet time zone (IANA, default `UTC`): dates become instants whose wall clock there is the text's. */
  timeZone?: string;
  /** XLSX only: import just the sheet with this name (an error lists the names when it is missing). */
  sheet?: string;
}
