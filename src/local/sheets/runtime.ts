/**
 * Runs the BUILT add-on (dist/Code.js) against a local spreadsheet the way
 * Apps Script does: in a fresh `vm` context whose only globals are the Apps
 * Script services (SpreadsheetApp, HtmlService, PropertiesService,
 * LockService, Session, Utilities, Logger, Charts, console) — no require,
 * process, Buffer, timers or URL — and with the spreadsheet's custom-function
 * formulas calling the bundle's top-level functions.
 *
 * Not a security boundary: service methods are Node functions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vm from 'node:vm';
import { ServiceCounter } from './counting';
import { LocalSheet } from './localSheet';
import { LocalSpreadsheet, SpreadsheetOptions } from './localSpreadsheet';
import { LockState } from './lockState';
import { PropertyStore } from './propertyStore';
import { AppsScriptGlobals, createServices } from './services';
import type { UiRecord } from './ui';
import { CellValue, copyCell, isDate } from './values';

/** Options of {@link loadAddon}. */
export interface LoadAddonOptions {
  spreadsheet: LocalSpreadsheet;
  /** Folder holding Code.js, Sidebar.html and appsscript.json; default `dist` under the working directory. */
  distDir?: string;
  /** Bundle source to run instead of `<distDir>/Code.js`. */
  code?: string;
  /** Session.getActiveUserLocale(); default `en`. */
  userLocale?: string;
  /** User properties (pass the same store to keep them across loads). */
  userProperties?: PropertyStore;
  /** Script properties (pass the same store to keep them across loads). */
  scriptProperties?: PropertyStore;
}

/** Spreadsheet service calls counted since the last reset. */
export interface ServiceCalls {
  /** Calls that read or write the document (every counted call but the chart-builder ones). */
  readonly count: number;
  /** Chart-builder calls (`Embedded…ChartBuilder.*`, `Sheet.newChart`, `EmbeddedChart.modify`): they only configure a chart in the script. */
  readonly builderCalls: number;
  /** Milliseconds spent inside the services (the local spreadsheet's own work), outermost calls only. */
  readonly serviceMs: number;
  /** Resets every figure, the per-method counts and the service time. */
  reset(): void;
  /** Calls per `Kind.method`, document and builder calls alike, e.g. `{ 'Range.getValues': 1 }`. */
  byMethod(): Record<string, number>;
  /** Calls of the other services (Ui, HtmlService, PropertiesService, LockService, Session…): not Spreadsheet service calls. */
  readonly otherCalls: number;
  /** {@link otherCalls} per `Kind.method`, e.g. `{ 'Properties.getProperty': 2 }`. */
  otherByMethod(): Record<string, number>;
  /** The largest heap in use (bytes) when a Spreadsheet call returned, the local spreadsheet's own data included. */
  readonly heapPeak: number;
  /** Cells the Spreadsheet service reads returned (each grid's cells; a single-cell getter one): SPEC §8 "Cells read". */
  readonly cellsRead: number;
  /** {@link cellsRead} per `Kind.method`, e.g. `{ 'Sheet.getSheetValues': 400000 }`. */
  cellsByMethod(): Record<string, number>;
}

/** A loaded add-on. */
export interface AddonRuntime {
  /** The vm context the bundle was first loaded in (to list its functions); each execution runs in a fresh one. */
  context: vm.Context;
  /** The services installed as globals. */
  globals: AppsScriptGlobals;
  /** Names of the bundle's top-level functions (what Apps Script would list). */
  functionNames: string[];
  /** Calls a top-level function as a trigger or menu item would; throws when there is none of that name. */
  call(name: string, ...args: unknown[]): unknown;
  /**
   * Calls a function as the sidebar's `google.script.run` would: private
   * names (ending in `_`) are refused, and arguments and result must be
   * plain data (no Date, function or class instance), copied across.
   */
  run(name: string, ...args: unknown[]): unknown;
  serviceCalls: ServiceCalls;
  /** Menus, sidebars, dialogs and alerts the add-on showed. */
  ui: UiRecord;
  /** Logger and console lines. */
  logs: string[];
  /** The script lock (LockService.getScriptLock()). */
  scriptLock: LockState;
}

/**
 * A new in-memory spreadsheet (default one empty `Sheet1`, zone UTC, locale en_US).
 * @example const book = createSpreadsheet({ timeZone: 'Europe/Berlin', sheets: [{ name: 'Responses', values: [['Score'], [9]] }] })
 */
export function createSpreadsheet(options: SpreadsheetOptions = {}): LocalSpreadsheet {
  return new LocalSpreadsheet(options);
}

/** Stores values as-is in a sheet from A1 (the import path; no formulas, no parsing). */
export function setRawValues(sheet: LocalSheet, values: unknown[][]): void {
  sheet.loadValues(values);
}

/** A deep copy of what a sheet holds, to compare before and after a flow. */
export interface SheetSnapshot {
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Stored values from A1 to the last row and column with content. */
  values: CellValue[][];
  /** Formulas on the same grid (`""` where none). */
  formulas: string[][];
  /** Number formats, as `[A1-ish key, format]` pairs sorted by cell. */
  numberFormats: [number, string][];
  frozenRows: number;
  charts: number;
}

/** Snapshot of a sheet (values, formulas, formats), deep-copied. */
export function snapshotSheet(sheet: LocalSheet): SheetSnapshot {
  const rows = sheet.lastRowNow();
  const columns = sheet.lastColumnNow();
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const v: CellValue[] = [];
    const f: string[] = [];
    for (let c = 1; c <= columns; c++) {
      v.push(copyCell(sheet.raw(r, c)));
      f.push(sheet.formulaAt(r, c) ?? '');
    }
    values.push(v);
    formulas.push(f);
  }
  return {
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    values,
    formulas,
    numberFormats: [...sheet.numberFormats.entries()].sort((a, b) => a[0] - b[0]),
    frozenRows: sheet.frozenRows,
    charts: sheet.charts.length,
  };
}

/** Throws unless a value can cross google.script.run (primitives, arrays, plain objects). */
function checkPlainData(value: unknown, where: string, path = 'value'): void {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (isDate(value)) throw new Error(`${where}: ${path} is a Date; google.script.run cannot pass Dates (send an ISO string).`);
  if (typeof value !== 'object') throw new Error(`${where}: ${path} is a ${typeof value}; google.script.run passes only plain data.`);
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkPlainData(v, where, `${path}[${i}]`));
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    throw new Error(`${where}: ${path} is a class instance; google.script.run passes only plain objects.`);
  }
  for (const [k, v] of Object.entries(value)) checkPlainData(v, where, `${path}.${k}`);
}

/**
 * Loads the add-on bundle into a fresh vm context over `spreadsheet`, and
 * makes the spreadsheet's formulas call its custom functions.
 */
export function loadAddon(options: LoadAddonOptions): AddonRuntime {
  const book = options.spreadsheet;
  const distDir = resolve(options.distDir ?? join(process.cwd(), 'dist'));
  const codePath = join(distDir, 'Code.js');
  if (options.code === undefined && !existsSync(codePath)) {
    throw new Error(`No add-on bundle at ${codePath}: run "node scripts/build.mjs" first.`);
  }
  const code = options.code ?? readFileSync(codePath, 'utf8');
  const manifestPath = join(distDir, 'appsscript.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { timeZone?: string }) : {};

  const counter = new ServiceCounter();
  const logs: string[] = [];
  const scriptLock = new LockState();
  const userLock = new LockState();
  let execution: object = {};
  let authModeNone = false;
  /** The global scope of the running execution (see `load` below). */
  let scope: { sandbox: Record<string, unknown>; context: vm.Context; error: ErrorConstructor } | null = null;
  const { globals, ui } = createServices(book, {
    distDir,
    env: {
      counter,
      isCalculating: () => book.isCalculating(),
      isAuthModeNone: () => authModeNone,
      translateError(error) {
        // Errors the add-on catches must be Errors of its own realm, like Apps Script's.
        if (!scope || !(error instanceof Error)) return error;
        const translated = new scope.error(error.message);
        translated.name = error.name;
        return translated;
      },
    },
    scriptTimeZone: manifest.timeZone ?? book.timeZone,
    userLocale: options.userLocale,
    userProperties: options.userProperties,
    scriptProperties: options.scriptProperties,
    scriptLock,
    userLock,
    execution: () => execution,
    logs,
  });

  // Every execution (trigger, menu item, google.script.run call, custom function) starts from a
  // fresh global scope, as in Apps Script: nothing a script keeps in a global survives it.
  const script = new vm.Script(code, { filename: options.code === undefined ? codePath : 'Code.js' });
  const injected = new Set(Object.keys(globals));
  const load = () => {
    const sandbox: Record<string, unknown> = { ...globals };
    const context = vm.createContext(sandbox, { name: 'Apps Script (local)', codeGeneration: { strings: true, wasm: false } });
    const error = vm.runInContext('Error', context) as ErrorConstructor;
    script.runInContext(context);
    return { sandbox, context, error };
  };
  const first = (scope = load());
  const { context } = first;
  const functionNames = Object.keys(first.sandbox).filter((k) => !injected.has(k) && typeof first.sandbox[k] === 'function');

  /**
   * Runs one execution of a top-level function in a fresh global scope; locks
   * it takes are released at the end, as when an Apps Script execution ends.
   */
  const execute = (name: string, args: unknown[]) => {
    const previous = execution;
    const previousAuth = authModeNone;
    const previousScope = scope;
    const mine = (execution = {});
    // A trigger event that says AuthMode.NONE restricts this execution to building menus.
    const event = args[0] as { authMode?: unknown } | undefined;
    authModeNone = typeof event === 'object' && event !== null && String(event.authMode) === 'NONE';
    try {
      const fresh = (scope = load());
      return (fresh.sandbox[name] as (...a: unknown[]) => unknown)(...args);
    } finally {
      for (const lock of [book.documentLock, scriptLock, userLock]) if (lock.holder === mine) lock.holder = null;
      execution = previous;
      authModeNone = previousAuth;
      scope = previousScope;
    }
  };

  const lookup = (name: string) => {
    if (!functionNames.includes(name)) {
      const known = functionNames.length ? functionNames.join(', ') : 'none';
      throw new Error(`The add-on has no top-level function "${name}" (top-level functions: ${known}).`);
    }
    return name;
  };

  book.setFunctionResolver((upperName) => {
    const name = functionNames.find((n) => n.toUpperCase() === upperName && !n.endsWith('_'));
    if (!name) return null;
    return (...args: unknown[]) => execute(name, args);
  });

  return {
    context,
    globals,
    functionNames,
    call: (name, ...args) => execute(lookup(name), args),
    run(name, ...args) {
      if (name.endsWith('_')) throw new Error(`google.script.run cannot call "${name}": names ending in "_" are private in Apps Script.`);
      lookup(name);
      checkPlainData(args, `google.script.run.${name}`, 'arguments');
      const result = execute(name, structuredClone(args));
      checkPlainData(result, `google.script.run.${name}`, 'result');
      return result === undefined ? undefined : structuredClone(result);
    },
    serviceCalls: {
      get count() {
        return counter.count;
      },
      get builderCalls() {
        return counter.builderCalls;
      },
      get serviceMs() {
        return counter.serviceMs;
      },
      get otherCalls() {
        return counter.otherCalls;
      },
      get cellsRead() {
        return counter.cellsRead;
      },
      get heapPeak() {
        return counter.heapPeak;
      },
      cellsByMethod: () => Object.fromEntries(counter.cellsByMethod),
      reset: () => counter.reset(),
      byMethod: () => Object.fromEntries(counter.byMethod),
      otherByMethod: () => Object.fromEntries(counter.otherByMethod),
    },
    ui,
    logs,
    scriptLock,
  };
}
