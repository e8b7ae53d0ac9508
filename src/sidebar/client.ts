/**
 * The one typed client over `google.script.run`: every server call of the
 * sidebar goes through {@link call}, which always sets a success and a
 * failure handler and returns a Promise. Text from the sheet reaches the
 * page only through it: every string of a result or an error comes with its
 * control characters and direction marks shown as escapes, so that a header
 * holding U+202E cannot reorder what the sidebar shows after it.
 */
import type { EndpointName, ServerApi } from '../shared/contract';
import { visibleControls } from '../shared/visibleControls';

type Handler = (value: unknown) => void;

/** The part of `google.script.run` the client uses. */
export interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
  [endpoint: string]: unknown;
}

/** Shown when the page is opened outside Google Sheets (or the stub is missing). */
export const NOT_CONNECTED =
  'The sidebar is not connected to Google Sheets (google.script.run is missing). Open it from Extensions › NPS › Open NPS sidebar.';

/** `google.script.run` of this page, or undefined outside Apps Script. */
function scriptRun(): ScriptRun | undefined {
  const google = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  return google && google.script ? google.script.run : undefined;
}

/**
 * Turns whatever a failure handler received into an Error with a readable message.
 *
 * @param reason an Error, a string or anything else
 * @returns an Error whose message is never empty
 * @example
 * errorOf('Sheet is locked').message // 'Sheet is locked'
 */
export function errorOf(reason: unknown): Error {
  if (reason instanceof Error && reason.message) return reason;
  if (typeof reason === 'string' && reason.trim()) return new Error(reason);
  if (reason && typeof reason === 'object' && typeof (reason as { message?: unknown }).message === 'string') {
    const message = (reason as { message: string }).message;
    if (message.trim()) return new Error(message);
  }
  return new Error('Something went wrong on the Google Sheets side. Please try again.');
}

/**
 * Calls a server endpoint and resolves with its result.
 *
 * Rejects with a readable Error when the server throws, when
 * `google.script.run` is missing, or when the endpoint does not exist.
 *
 * @param name the endpoint, a key of {@link ServerApi}
 * @param args its arguments, plain data only
 * @returns the endpoint's result
 * @example
 * const profile = await call('getSheetProfile');
 */
export function call<K extends EndpointName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run || typeof run.withSuccessHandler !== 'function') {
      reject(new Error(NOT_CONNECTED));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(shownAsText(value) as ReturnType<ServerApi[K]>))
      .withFailureHandler((reason) => reject(new Error(visibleControls(errorOf(reason).message))));
    const endpoint = runner[name];
    if (typeof endpoint !== 'function') {
      reject(new Error(`The add-on has no server function "${name}". Reload the sidebar; if it persists, reinstall the add-on.`));
      return;
    }
    try {
      endpoint.apply(runner, args);
    } catch (error) {
      reject(errorOf(error));
    }
  });
}

/** A result with every string's control characters and direction marks as visible escapes (plain data: arrays, objects). */
function shownAsText(value: unknown): unknown {
  if (typeof value === 'string') return visibleControls(value);
  if (Array.isArray(value)) return value.map(shownAsText);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: unknown } = {};
  for (const key of Object.keys(value)) out[key] = shownAsText((value as { [key: string]: unknown })[key]);
  return out;
}
