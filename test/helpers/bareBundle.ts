import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';

/** The built artifact that clasp pushes. */
export const DIST = join(__dirname, '..', '..', 'dist');

/** The minimal Apps Script services a custom function may touch. */
export interface BareServices {
  timeZone: string;
  locale: string;
}

/** A marker that survives JSON so dates can be rebuilt inside the context. */
const DATE_TAG = '\u0000date:';

/**
 * Loads every dist/*.js into a bare V8 context the way Apps Script does:
 * one shared global scope, no require/process/Buffer/timers, and only the
 * services a custom function may use (a read-only SpreadsheetApp that knows
 * the spreadsheet's zone and locale, and Utilities.formatDate).
 */
export function loadBareBundle(services: BareServices) {
  if (!existsSync(join(DIST, 'Code.js'))) {
    throw new Error('dist/Code.js is missing: run `npm run build` (npm test builds first).');
  }
  const spreadsheet = {
    getSpreadsheetTimeZone: () => services.timeZone,
    getSpreadsheetLocale: () => services.locale,
  };
  const sandbox: Record<string, unknown> = {
    SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet, getActive: () => spreadsheet },
    Utilities: {
      formatDate() {
        throw new Error('Utilities.formatDate should not be needed where Intl knows time zones');
      },
    },
  };
  const context = vm.createContext(sandbox);
  const files = readdirSync(DIST).filter((name) => name.endsWith('.js')).sort();
  for (const file of files) {
    vm.runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  }
  const bundle = {
    context,
    files,
    /** Builds arguments inside the context (arrays and Dates of its own realm). */
    make(value: unknown): unknown {
      context.__json = JSON.stringify(tagDates(value));
      return vm.runInContext(
        `JSON.parse(__json, (k, v) => typeof v === 'string' && v.startsWith(${JSON.stringify(DATE_TAG)}) ? new Date(Number(v.slice(${DATE_TAG.length}))) : v)`,
        context,
      );
    },
    /** Calls a top-level function of the bundle with arguments made inside the context. */
    call(name: string, ...args: unknown[]): unknown {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of dist/`);
      return fn(...args.map((arg) => bundle.make(arg)));
    },
    /** The message of the error a top-level function throws on these arguments (fails the test when it does not throw). */
    errorOf(name: string, ...args: unknown[]): string {
      try {
        bundle.call(name, ...args);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error(`${name} did not throw`);
    },
  };
  return bundle;
}

/** Prepares a value for `make`: Dates become tagged strings before JSON sees them. */
export function tagDates(value: unknown): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') return DATE_TAG + (value as Date).getTime();
  if (Array.isArray(value)) return value.map(tagDates);
  return value;
}
