/**
 * Every Apps Script object the add-on sees is a Proxy over a local class
 * (a "facade"). The proxy counts calls on Spreadsheet-service objects, throws
 * "not modelled" for members the facade does not define, hides the facade's
 * own fields, and rethrows errors as errors of the add-on's realm.
 */
import { notModelled } from './errors';
import type { FaultPlan } from './faults';

/**
 * Calls that only configure a chart object in the script: the chart builders
 * (`EmbeddedChartBuilder` and its typed variants) and the members that merely
 * hand out a builder (`Sheet.newChart`, `EmbeddedChart.modify`). Nothing
 * reaches the document until `insertChart`/`updateChart`.
 */
const BUILDER_CALL = /^(Embedded\w*ChartBuilder\.|Sheet\.newChart$|EmbeddedChart\.modify$)/;

/** Range getters that return one cell's value, format or look. */
const SINGLE_CELL_READ = /^Range\.get(Value|DisplayValue|Formula|FormulaR1C1|NumberFormat|FontWeight|Background|FontColor|Note)$/;

/**
 * True when a `Kind.method` is a chart-builder call (see {@link ServiceCounter.builderCalls}).
 * @example isBuilderCall('EmbeddedLineChartBuilder.setOption') // true
 * @example isBuilderCall('Sheet.insertChart') // false
 */
export function isBuilderCall(member: string): boolean {
  return BUILDER_CALL.test(member);
}

/**
 * Counts Spreadsheet service calls (SpreadsheetApp, Spreadsheet, Sheet, Range,
 * charts, metadata), in two figures: {@link count}, the calls that read or
 * write the document, and {@link builderCalls}, the chart-builder calls that
 * only configure a chart locally. {@link byMethod} lists both.
 */
export class ServiceCounter {
  /** Calls that read or write the document since the last reset (every counted call but the chart-builder ones). */
  count = 0;
  /** Chart-builder calls since the last reset: `Embedded…ChartBuilder.*`, `Sheet.newChart`, `EmbeddedChart.modify`. */
  builderCalls = 0;
  /** Calls per `Kind.method` (document and builder calls), e.g. `Range.getValues`. */
  readonly byMethod = new Map<string, number>();
  /**
   * Cells returned by Spreadsheet service reads since the last reset: every
   * grid a call returns (`Range.getValues`, `getDisplayValues`, `getFormulas`,
   * `getNumberFormats`…, `Sheet.getSheetValues`) counts its cells, a
   * single-cell getter (`Range.getValue`…) one.
   */
  cellsRead = 0;
  /** {@link cellsRead} per `Kind.method`, e.g. `Sheet.getSheetValues`. */
  readonly cellsByMethod = new Map<string, number>();
  /** Calls of the other services (Ui, HtmlService, PropertiesService, LockService, Session, Utilities…), not Spreadsheet service calls. */
  otherCalls = 0;
  /** {@link otherCalls} per `Kind.method`, e.g. `Properties.getProperty`. */
  readonly otherByMethod = new Map<string, number>();
  /**
   * Milliseconds spent inside the services (the local spreadsheet's own work:
   * every proxied call, counted or not, outermost calls only), so that a
   * caller can tell the add-on's time from the emulator's.
   */
  serviceMs = 0;
  /**
   * The largest `process.memoryUsage().heapUsed` seen when a call returned
   * (bytes; the add-on's data and the local spreadsheet's together), for
   * the bench's heap figure against Apps Script's 1 GB.
   */
  heapPeak = 0;
  private depth = 0;
  private enteredAt = 0;

  /** Starts counting from zero again (both figures and the service time). */
  reset(): void {
    this.count = 0;
    this.builderCalls = 0;
    this.serviceMs = 0;
    this.heapPeak = 0;
    this.byMethod.clear();
    this.otherCalls = 0;
    this.otherByMethod.clear();
    this.cellsRead = 0;
    this.cellsByMethod.clear();
  }

  /** @internal A proxied call starts (times the outermost one). */
  enter(): void {
    if (this.depth++ === 0) this.enteredAt = performance.now();
  }

  /** @internal A proxied call ends. */
  leave(): void {
    if (--this.depth === 0) {
      this.serviceMs += performance.now() - this.enteredAt;
      this.heapPeak = Math.max(this.heapPeak, process.memoryUsage().heapUsed);
    }
  }

  /** Records one call. */
  add(member: string): void {
    if (isBuilderCall(member)) this.builderCalls++;
    else this.count++;
    this.byMethod.set(member, (this.byMethod.get(member) ?? 0) + 1);
  }

  /** Records the cells a read returned (see {@link cellsRead}); anything but a grid or a single-cell getter's value counts none. */
  addCells(member: string, result: unknown): void {
    let cells = 0;
    if (Array.isArray(result) && result.length > 0 && result.every(Array.isArray)) for (const row of result) cells += row.length;
    else if (SINGLE_CELL_READ.test(member)) cells = 1;
    if (cells === 0) return;
    this.cellsRead += cells;
    this.cellsByMethod.set(member, (this.cellsByMethod.get(member) ?? 0) + cells);
  }

  /** Records one call of another service. */
  addOther(member: string): void {
    this.otherCalls++;
    this.otherByMethod.set(member, (this.otherByMethod.get(member) ?? 0) + 1);
  }
}

/**
 * What an execution in AuthMode.NONE may call (an add-on's `onOpen` before
 * the user has used it in this document): building the menu, nothing else.
 * Properties, the document and the UI's dialogs are out of reach.
 */
const ALLOWED_WITHOUT_AUTH = /^(SpreadsheetApp\.getUi|Ui\.(createAddonMenu|createMenu)|Menu\.(addItem|addSeparator|addSubMenu|addToUi))$/;

/** What the proxies of one runtime share. */
export interface FacadeEnv {
  /** Receives Spreadsheet service calls; null to count nothing. */
  readonly counter: ServiceCounter | null;
  /** True while formulas are being calculated: custom functions run as separate executions in Sheets, so their calls are not counted. */
  isCalculating(): boolean;
  /** True while the running execution is in AuthMode.NONE (an `onOpen` with `{ authMode: 'NONE' }`); absent means never. */
  isAuthModeNone?(): boolean;
  /** Turns an error thrown by a facade into the error the add-on catches (same realm as its code). */
  translateError(error: unknown): unknown;
  /** Planned failures (tests): a call they name throws before it does anything. */
  readonly faults?: FaultPlan;
}

/** An environment for using facades directly from Node (tests): counts into `counter`, errors unchanged. */
export function nodeEnv(counter: ServiceCounter | null = new ServiceCounter()): FacadeEnv {
  return { counter, isCalculating: () => false, translateError: (e) => e };
}

const targets = new WeakMap<object, object>();
// Properties that JavaScript itself probes (await, JSON.stringify, inspection): answered as absent.
const PROBED = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor']);

/**
 * Wraps a facade in its Proxy. `kind` names it in counts and errors
 * (`Range`, `EmbeddedLineChartBuilder`…); `counted` says whether its calls are
 * Spreadsheet service calls. The result is typed as the full Apps Script
 * interface; members outside the facade throw at run time.
 */
export function expose<T>(facade: object, kind: string, env: FacadeEnv, counted: boolean): T {
  const proto = Object.getPrototypeOf(facade);
  const proxy = new Proxy(facade, {
    get(target, prop) {
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'toString') return () => kind;
      if (PROBED.has(prop)) return undefined;
      const descriptor = Object.getOwnPropertyDescriptor(proto, prop);
      if (!descriptor) throw env.translateError(notModelled(`${kind}.${prop}`));
      // Enum-like members (SpreadsheetApp.DeveloperMetadataVisibility, ui.ButtonSet) are getters.
      if (descriptor.get) return descriptor.get.call(target);
      const method = descriptor.value as (...args: unknown[]) => unknown;
      return function (...args: unknown[]) {
        const counter = env.counter;
        const member = `${kind}.${prop}`;
        if (env.isAuthModeNone?.() && !ALLOWED_WITHOUT_AUTH.test(member)) {
          throw env.translateError(new Error(`You do not have permission to call ${member} in AuthMode.NONE: an add-on's onOpen may only build its menu until the add-on is used in this document.`));
        }
        if (counter && !env.isCalculating()) counted ? counter.add(member) : counter.addOther(member);
        if (env.faults && env.faults.pending() && !env.isCalculating()) {
          try {
            env.faults.check(member, counted && !isBuilderCall(member));
          } catch (error) {
            throw env.translateError(error);
          }
        }
        counter?.enter();
        try {
          const result = method.apply(target, args);
          if (counter && counted && !env.isCalculating()) counter.addCells(member, result);
          return result;
        } catch (error) {
          throw env.translateError(error);
        } finally {
          counter?.leave();
        }
      };
    },
    set(_target, prop) {
      throw env.translateError(notModelled(`${kind}.${String(prop)} (assignment)`));
    },
    has(_target, prop) {
      return typeof prop === 'string' && Object.prototype.hasOwnProperty.call(proto, prop);
    },
  });
  targets.set(proxy, facade);
  return proxy as T;
}

/**
 * The facade behind a proxy made by {@link expose}, checked to be of the
 * given class; throws the Apps Script-style argument error otherwise.
 */
export function unwrap<F>(value: unknown, cls: abstract new (...args: never[]) => F, what: string): F {
  const facade = typeof value === 'object' && value !== null ? targets.get(value) : undefined;
  if (!(facade instanceof cls)) {
    throw new Error(`Invalid argument: expected a ${what}, got ${value === null ? 'null' : typeof value}.`);
  }
  return facade;
}
