/**
 * Assembles the Apps Script globals over one LocalSpreadsheet: every object
 * is a counted, strict Proxy (counting.ts) over a facade class.
 */
import { ChartModel } from './chartModel';
import { ChartBuilderFacade, ChartFacade } from './charts';
import { expose, FacadeEnv, nodeEnv, unwrap } from './counting';
import { DataExecutionSwitch } from './dataSources';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType } from './enums';
import type { FacadeFactory, RangeTarget } from './factory';
import { HtmlServiceFacade } from './html';
import { LockServiceFacade } from './lock';
import { LockState } from './lockState';
import type { LocalSheet } from './localSheet';
import type { LocalSpreadsheet } from './localSpreadsheet';
import { MetadataFacade, MetadataFinderFacade } from './metadata';
import type { MetadataModel } from './metadataModel';
import { PropertiesServiceFacade } from './properties';
import { PropertyStore } from './propertyStore';
import { RangeFacade } from './range';
import { SheetFacade } from './sheet';
import { SpreadsheetAppFacade, SpreadsheetFacade } from './spreadsheet';
import { UiFacade, UiRecord } from './ui';
import { LoggerFacade, SessionFacade, UtilitiesFacade } from './utilities';

/** The proxied objects of one spreadsheet, for one environment. */
export class Facades implements FacadeFactory {
  readonly dataExecution: DataExecutionSwitch;

  constructor(
    readonly book: LocalSpreadsheet,
    readonly env: FacadeEnv,
    execution: () => object = () => book,
  ) {
    this.dataExecution = new DataExecutionSwitch(execution);
  }

  wrap<T>(facade: object, kind: string, counted = true): T {
    return expose<T>(facade, kind, this.env, counted);
  }

  wrapped<F>(value: unknown, cls: abstract new (...args: never[]) => F, what: string): F {
    return unwrap(value, cls, what);
  }

  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.wrap(new SpreadsheetFacade(this), 'Spreadsheet');
  }

  sheet(model: LocalSheet): GoogleAppsScript.Spreadsheet.Sheet {
    return this.wrap(new SheetFacade(this, model), 'Sheet');
  }

  range(sheet: LocalSheet, row: number, column: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range {
    return this.wrap(new RangeFacade(this, sheet, row, column, numRows, numColumns), 'Range');
  }

  chartBuilder(model: ChartModel, sheet: LocalSheet, kind: string): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.wrap(new ChartBuilderFacade(this, model, sheet, kind), kind);
  }

  chart(model: ChartModel, sheet: LocalSheet): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return this.wrap(new ChartFacade(this, model, sheet), 'EmbeddedChart');
  }

  metadata(model: MetadataModel): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    return this.wrap(new MetadataFacade(this, model), 'DeveloperMetadata');
  }

  metadataFinder(scope: LocalSheet | null): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.wrap(new MetadataFinderFacade(this, scope), 'DeveloperMetadataFinder');
  }

  rangeTarget(value: unknown): RangeTarget {
    const r = unwrap(value, RangeFacade, 'Range');
    return { sheet: r.sheet, row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns };
  }

  sheetModel(value: unknown): LocalSheet {
    return unwrap(value, SheetFacade, 'Sheet').model;
  }

  chartModel(value: unknown): ChartModel {
    return unwrap(value, ChartFacade, 'EmbeddedChart').model;
  }
}

/** The Charts global (only the enums an embedded chart builder takes). */
class ChartsFacade {
  get ChartType() {
    return ChartType;
  }

  get ChartMergeStrategy() {
    return ChartMergeStrategy;
  }

  get ChartHiddenDimensionStrategy() {
    return ChartHiddenDimensionStrategy;
  }
}

/** The console inside the add-on: lines go to the runtime's log. */
function makeConsole(logs: string[]) {
  const line = (level: string) => (...args: unknown[]) => {
    logs.push(`${level === 'log' ? '' : `[${level}] `}${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ')}`);
  };
  return { log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') };
}

/** Options of {@link createServices}. */
export interface ServicesOptions {
  /** Where createHtmlOutputFromFile finds `<name>.html` (the built dist/). */
  distDir?: string | null;
  /** Counting and error translation; default counts into a new ServiceCounter, errors unchanged. */
  env?: FacadeEnv;
  /** Session.getScriptTimeZone(); default the spreadsheet's zone. */
  scriptTimeZone?: string;
  /** Session.getActiveUserLocale(); default `en`. */
  userLocale?: string;
  /** User and script property stores (kept across runtimes when passed in). */
  userProperties?: PropertyStore;
  scriptProperties?: PropertyStore;
  /** Script and user locks. */
  scriptLock?: LockState;
  userLock?: LockState;
  /** The token of the running execution (locks); default one fixed token. */
  execution?: () => object;
  /** Where Logger and console lines go. */
  logs?: string[];
}

/** The Apps Script globals the add-on sees. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: GoogleAppsScript.Charts.Charts;
  console: ReturnType<typeof makeConsole>;
}

/**
 * The Apps Script services over a spreadsheet, plus what the UI recorded.
 * @example const { globals } = createServices(book); globals.SpreadsheetApp.getActiveSheet().getRange('A1').getValue()
 */
export function createServices(book: LocalSpreadsheet, options: ServicesOptions = {}): { globals: AppsScriptGlobals; ui: UiRecord; facades: Facades } {
  const given = options.env ?? nodeEnv();
  // Custom functions run while the spreadsheet calculates: their calls are never counted.
  const env: FacadeEnv = { ...given, faults: given.faults ?? book.faults, isCalculating: () => book.isCalculating() || given.isCalculating() };
  const token = {};
  const execution = options.execution ?? (() => token);
  const f = new Facades(book, env, execution);
  const ui = new UiRecord();
  const logs = options.logs ?? [];
  const uiProxy = () => f.wrap<GoogleAppsScript.Base.Ui>(new UiFacade(f, ui), 'Ui', false);
  let logger: GoogleAppsScript.Base.Logger;
  logger = f.wrap(new LoggerFacade(logs, () => logger), 'Logger', false);
  const globals: AppsScriptGlobals = {
    SpreadsheetApp: f.wrap(new SpreadsheetAppFacade(f, uiProxy), 'SpreadsheetApp'),
    HtmlService: f.wrap(new HtmlServiceFacade(f, options.distDir ?? null), 'HtmlService', false),
    PropertiesService: f.wrap(
      new PropertiesServiceFacade(f, options.userProperties ?? new PropertyStore(), options.scriptProperties ?? new PropertyStore()),
      'PropertiesService',
      false,
    ),
    LockService: f.wrap(
      new LockServiceFacade(f, options.scriptLock ?? new LockState(), options.userLock ?? new LockState(), execution),
      'LockService',
      false,
    ),
    Session: f.wrap(new SessionFacade(options.scriptTimeZone ?? book.timeZone, options.userLocale ?? 'en'), 'Session', false),
    Utilities: f.wrap(new UtilitiesFacade(), 'Utilities', false),
    Logger: logger,
    Charts: f.wrap(new ChartsFacade(), 'Charts', false),
    console: makeConsole(logs),
  };
  return { globals, ui, facades: f };
}
