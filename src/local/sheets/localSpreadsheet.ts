/**
 * The in-memory spreadsheet: its sheets, time zone, locale, developer
 * metadata, document properties and document lock, and the lazy formula
 * calculation (any write marks it dirty; the next read recalculates).
 */
import { LocalDataSources } from './dataSourceModel';
import { isKnownTimeZone } from './dateParts';
import { serviceError } from './errors';
import { FaultPlan } from './faults';
import { recalculate } from './formulas';
import { LocalSheet } from './localSheet';
import { LockState } from './lockState';
import type { MetadataModel } from './metadataModel';
import { PropertyStore } from './propertyStore';

/** Calls a custom function of the loaded add-on by its (upper-case) name; null when it has none. */
export type FunctionResolver = (name: string) => ((...args: unknown[]) => unknown) | null;

/** Options of {@link LocalSpreadsheet}. */
export interface SpreadsheetOptions {
  /** Spreadsheet title; default `Untitled spreadsheet`. */
  name?: string;
  /** Time zone of the spreadsheet (IANA, or an offset such as `GMT-07:00`); default `UTC` (the CLI's default too). */
  timeZone?: string;
  /** Spreadsheet locale such as `en_US` (default) or `de_DE`. */
  locale?: string;
  /** Spreadsheet id; default `local-spreadsheet`. */
  id?: string;
  /** Sheets to create with raw values; default one empty `Sheet1`. */
  sheets?: { name: string; values?: unknown[][] }[];
}

/** Longest sheet name Sheets accepts. */
export const MAX_SHEET_NAME = 100;

/** A spreadsheet held in memory. */
export class LocalSpreadsheet {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly sheets: LocalSheet[] = [];
  activeSheet!: LocalSheet;
  /** Developer metadata of the spreadsheet and its sheets. */
  readonly metadata: MetadataModel[] = [];
  /** Document properties (PropertiesService.getDocumentProperties()). */
  readonly documentProperties = new PropertyStore();
  /** The document lock (LockService.getDocumentLock()). */
  readonly documentLock = new LockState();
  /** Planned failures of service calls (tests): see {@link failOn}. */
  readonly faults = new FaultPlan();
  /** Connected Sheets data sources over the local BigQuery (dataSourceModel.ts). */
  readonly dataSources: LocalDataSources = new LocalDataSources(this);
  /** Toasts shown with Spreadsheet.toast, oldest first. */
  readonly toasts: { message: string; title: string }[] = [];
  private resolver: FunctionResolver | null = null;
  private dirty = true;
  private calculating = false;
  private nextSheet = 0;
  private nextChart = 1;
  private nextMetadata = 1;

  constructor(options: SpreadsheetOptions = {}) {
    this.id = options.id ?? 'local-spreadsheet';
    this.name = options.name ?? 'Untitled spreadsheet';
    this.timeZone = checkTimeZone(options.timeZone ?? 'UTC');
    this.locale = options.locale ?? 'en_US';
    const sheets = options.sheets ?? [{ name: 'Sheet1' }];
    for (const s of sheets) this.addSheet(s.name, s.values);
    this.activeSheet = this.sheets[0];
  }

  /**
   * Adds a sheet at the end (or at a 0-based index) holding raw values, as an
   * import does: text stays text, `=…` stays text, the grid fits the data.
   * Does not change the active sheet unless it is the first sheet.
   */
  addSheet(name: string, values: unknown[][] = [], index = this.sheets.length): LocalSheet {
    this.checkSheetName(name, null);
    // The first sheet has gid 0, as in Sheets; later ones get large ids.
    const id = this.nextSheet === 0 ? 0 : 1_000_000_000 + this.nextSheet * 7919;
    this.nextSheet++;
    const sheet = new LocalSheet(this, name, id);
    this.sheets.splice(index, 0, sheet);
    if (values.length) sheet.loadValues(values);
    if (!this.activeSheet) this.activeSheet = sheet;
    this.markDirty();
    return sheet;
  }

  /**
   * Spreadsheet.insertSheet: a new empty sheet (default name `SheetN`) after
   * the active sheet, or at a 0-based index; it becomes the active sheet.
   * (Placement after the active sheet is unconfirmed against Sheets.)
   */
  insertSheet(name?: string, index?: number): LocalSheet {
    this.assertWritable();
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    const at = index ?? this.sheets.indexOf(this.activeSheet) + 1;
    if (!(at >= 0 && at <= this.sheets.length)) throw serviceError(`The sheet index ${at} is out of range.`);
    const sheet = this.addSheet(sheetName, [], at);
    this.activeSheet = sheet;
    return sheet;
  }

  /** Deletes a sheet, its charts and its metadata. */
  deleteSheet(sheet: LocalSheet): void {
    this.assertWritable();
    if (this.sheets.length === 1) throw serviceError("You can't remove all the sheets in a document.");
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw serviceError('The sheet has already been deleted.');
    this.sheets.splice(index, 1);
    this.dataSources.sheetDeleted(sheet);
    for (let i = this.metadata.length - 1; i >= 0; i--) if (this.metadata[i].sheet === sheet) this.metadata.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, index - 1)];
    this.markDirty();
  }

  /** Renames a sheet, with Sheets' name rules. */
  renameSheet(sheet: LocalSheet, name: string): void {
    this.assertWritable();
    this.checkSheetName(name, sheet);
    sheet.name = name;
    this.markDirty();
  }

  /** The sheet with this name (case-insensitive, as Sheets compares names), or null. */
  sheetByName(name: string): LocalSheet | null {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  /** The sheet with this id, or null. */
  sheetById(id: number): LocalSheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  /** Sets the spreadsheet time zone (an IANA name or an offset such as `GMT-07:00`). */
  setTimeZone(timeZone: string): void {
    this.timeZone = checkTimeZone(timeZone);
    this.markDirty();
  }

  /** Installs the function that custom-function formulas call (the runtime does this). */
  setFunctionResolver(resolver: FunctionResolver | null): void {
    this.resolver = resolver;
    this.markDirty();
  }

  /** The installed resolver, or null. */
  functionResolver(): FunctionResolver | null {
    return this.resolver;
  }

  /** Marks formulas for recalculation on the next read. */
  markDirty(): void {
    this.dirty = true;
  }

  /** Recalculates every formula if anything changed since the last calculation. */
  calculate(): void {
    if (!this.dirty || this.calculating) return;
    this.dirty = false;
    this.calculating = true;
    try {
      recalculate(this);
    } finally {
      this.calculating = false;
    }
  }

  /** True while formulas are being calculated (custom functions are running). */
  isCalculating(): boolean {
    return this.calculating;
  }

  /** Custom functions may only read: writing while calculating throws. */
  assertWritable(): void {
    if (this.calculating) {
      throw serviceError('You do not have permission to change the spreadsheet from a custom function: custom functions can only read.');
    }
  }

  /**
   * Makes the `nth` next call of a service method throw Sheets' transient
   * failure (the call does nothing), e.g. `book.failOn('Range.setValues')`.
   */
  failOn(member: string, options: { nth?: number; message?: string } = {}): void {
    this.faults.failOn(member, options);
  }

  /** Makes the `nth` next document call (reads and writes; chart-builder calls excluded) throw, whatever its method. */
  failOnCall(nth: number, options: { message?: string } = {}): void {
    this.faults.failOnCall(nth, options);
  }

  /** A new chart id. */
  newChartId(): number {
    return this.nextChart++;
  }

  /** A new developer metadata id. */
  newMetadataId(): number {
    return this.nextMetadata++;
  }

  private checkSheetName(name: string, renaming: LocalSheet | null): void {
    if (typeof name !== 'string' || name.trim() === '') throw serviceError('A sheet name cannot be empty. Please enter a name.');
    if (name.length > MAX_SHEET_NAME) {
      throw serviceError(`A sheet name cannot be longer than ${MAX_SHEET_NAME} characters. Please enter a shorter name.`);
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== renaming) {
      throw serviceError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
}

/** Validates a zone id: an IANA name or a Java custom id such as `GMT-07:00`. */
function checkTimeZone(timeZone: string): string {
  if (!isKnownTimeZone(timeZone)) throw new Error(`Invalid time zone "${timeZone}": use an IANA name such as "Europe/Berlin", "UTC" or an offset such as "GMT-07:00".`);
  return timeZone;
}
