/**
 * `google.script.run` for the real sidebar in the playground: a script
 * injected into dist/Sidebar.html before the sidebar's own defines it, and
 * the server side that runs a call. Each call is POSTed as `{name, args}` to
 * `/api/run`; the server calls the add-on's top-level function in its vm
 * context and answers `{ok, value}` or `{ok: false, error}`. Only the
 * endpoints of the contract's ServerApi can be called, with the arguments
 * they take; anything else is refused with a 4xx before the add-on runs.
 */
import type { EndpointName, ReportResult, ServerApi } from '../../shared/contract';
import { HttpError } from './httpError';

/** What one argument of an endpoint must be: a finite number, or a plain object (not null, not an array). */
type ArgumentKind = 'number' | 'object';

/** One kind per parameter: a tuple as long as the parameter list. */
type KindsOf<Params extends unknown[]> = { readonly [I in keyof Params]: ArgumentKind };

/** How the bridge treats one endpoint. */
interface EndpointRule<K extends EndpointName> {
  /** One kind per parameter of ServerApi[K]: the type makes the arity match the contract. */
  args: KindsOf<Parameters<ServerApi[K]>>;
  changesSheets: boolean;
  /** The sheet the page should show after the call succeeded, if any. */
  shows?: (value: ReturnType<ServerApi[K]>) => string;
}

/** Every endpoint of ServerApi; the type makes the list complete. */
const ENDPOINTS: { readonly [K in EndpointName]: EndpointRule<K> } = {
  getSheetProfile: { args: [], changesSheets: false },
  saveRoleOverrides: { args: ['number', 'object'], changesSheets: false },
  getPreview: { args: ['object'], changesSheets: false },
  // After "Build report" the page shows the report, as Sheets shows a sheet it just made.
  buildReport: { args: ['object'], changesSheets: true, shows: (value: ReportResult) => value.reportSheetName },
  refreshReports: { args: [], changesSheets: true },
};

/** The names the bridge lets the sidebar call. */
const CALLABLE: readonly EndpointName[] = Object.keys(ENDPOINTS) as EndpointName[];

/** The message the bridge posts to the parent page after a call that changed the sheets. */
export const CHANGED_MESSAGE = 'nps-playground:sheets-changed';

/** A runner of the add-on's top-level functions (the vm context of dist/Code.js). */
export type EndpointCaller = (name: EndpointName, args: unknown[]) => unknown;

/** The answer of `/api/run`; `show` names the sheet the page should show next. */
export type RunAnswer = { ok: true; value: unknown; changed: boolean; show?: string } | { ok: false; error: string; changed: boolean };

/** A call the sidebar may make: a ServerApi endpoint and arguments of the kinds it takes. */
export interface BridgedCall {
  name: EndpointName;
  args: unknown[];
}

/**
 * Reads a bridged call from a request body. Throws {@link HttpError}: 404
 * for a name that is not one of the sidebar's endpoints (an inherited name
 * such as `constructor` or `__proto__` included), 400 for anything else
 * that is not `{name, args}` with the arguments that endpoint takes.
 *
 * @param body the parsed JSON body of the request
 * @example parseBridgedCall({ name: 'getPreview', args: [{ period: 'month' }] }) // { name: 'getPreview', args: [{…}] }
 */
export function parseBridgedCall(body: unknown): BridgedCall {
  if (!isPlainObject(body)) throw new HttpError(400, 'Send a call as a JSON object {"name": …, "args": […]}.');
  // Own properties only: nothing inherited counts as part of the call.
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(body, key) ? (body as Record<string, unknown>)[key] : undefined);
  const name = own('name');
  const args = own('args');
  if (typeof name !== 'string') throw new HttpError(400, 'The call has no "name": give the name of a sidebar endpoint.');
  if (!Object.prototype.hasOwnProperty.call(ENDPOINTS, name)) {
    throw new HttpError(404, `The add-on has no server function ${JSON.stringify(name.slice(0, 80))} the sidebar may call; use one of ${CALLABLE.join(', ')}.`);
  }
  const endpoint = name as EndpointName;
  const kinds = ENDPOINTS[endpoint].args as readonly ArgumentKind[];
  const signature = `${endpoint}(${kinds.join(', ')})`;
  if (!Array.isArray(args)) throw new HttpError(400, `The call's "args" must be an array: ${signature}.`);
  if (args.length !== kinds.length) throw new HttpError(400, `${endpoint} takes ${kinds.length} argument(s), not ${args.length}: ${signature}.`);
  kinds.forEach((kind, i) => {
    const ok = kind === 'number' ? typeof args[i] === 'number' && Number.isFinite(args[i]) : isPlainObject(args[i]);
    if (!ok) throw new HttpError(400, `Argument ${i + 1} of ${endpoint} must be a ${kind === 'number' ? 'number' : 'JSON object'}: ${signature}.`);
  });
  return { name: endpoint, args };
}

/**
 * Runs one bridged call. Errors thrown by the add-on come back as
 * `{ok: false, error}` with its readable message, as google.script.run
 * hands them to the failure handler.
 *
 * @param call a call checked by {@link parseBridgedCall}
 * @param callEndpoint calls a top-level function of the loaded add-on
 * @example runBridgedCall({ name: 'getSheetProfile', args: [] }, caller) // { ok: true, value: {…}, changed: false }
 */
export function runBridgedCall(call: BridgedCall, callEndpoint: EndpointCaller): RunAnswer {
  const rule = ENDPOINTS[call.name] as EndpointRule<EndpointName>;
  let value: unknown;
  try {
    // JSON round trip: only plain data crosses, as with google.script.run.
    value = JSON.parse(JSON.stringify(callEndpoint(call.name, call.args) ?? null));
  } catch (error) {
    const message = error && typeof (error as Error).message === 'string' ? (error as Error).message : String(error);
    // A failed build may still have touched nothing; the page re-reads anyway.
    return { ok: false, error: message || 'The server function failed.', changed: rule.changesSheets };
  }
  const show = rule.shows && isPlainObject(value) ? (rule.shows as (result: object) => unknown)(value) : undefined;
  return { ok: true, value, changed: rule.changesSheets, ...(typeof show === 'string' ? { show } : {}) };
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `google.script.run` stand-in, as it runs in the sidebar frame. Kept as
 * a function so it is type-checked; serialised with {@link bridgeScript}.
 */
function installScriptRun(endpoints: string[], changedMessage: string): void {
  type Handler = (value: unknown, userObject?: unknown) => void;
  interface Settings {
    success: Handler | null;
    failure: Handler | null;
    userObject: unknown;
  }
  const runner = (settings: Settings): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner({ ...settings, success: handler }),
      withFailureHandler: (handler: Handler) => runner({ ...settings, failure: handler }),
      withUserObject: (userObject: unknown) => runner({ ...settings, userObject }),
    };
    for (const name of endpoints) {
      run[name] = (...args: unknown[]) => {
        fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, args }) })
          .then((response) => response.json())
          .then((answer: { ok: boolean; value?: unknown; error?: string; changed?: boolean; show?: string }) => {
            if (answer.changed && window.parent !== window) window.parent.postMessage({ type: changedMessage, show: answer.show }, location.origin);
            if (answer.ok) {
              if (settings.success) settings.success(answer.value, settings.userObject);
            } else if (settings.failure) settings.failure(new Error(answer.error || 'The server function failed.'), settings.userObject);
          })
          .catch((error: unknown) => {
            if (settings.failure) settings.failure(new Error(`The playground server did not answer: ${String(error)}`), settings.userObject);
          });
      };
    }
    return run;
  };
  const w = window as unknown as { google?: { script?: Record<string, unknown> } };
  w.google = w.google || {};
  w.google.script = { ...(w.google.script || {}), run: runner({ success: null, failure: null, userObject: undefined }) };
}

/**
 * The bridge as JavaScript for a `<script>` of its own (served at /bridge.js).
 *
 * @example bridgeScript().includes('withSuccessHandler') // true
 */
export function bridgeScript(): string {
  return `(${installScriptRun.toString()})(${JSON.stringify(CALLABLE)}, ${JSON.stringify(CHANGED_MESSAGE)});\n`;
}

/**
 * dist/Sidebar.html with the bridge loaded first: a `<script src>` right
 * after `<head>`, so google.script.run exists before the sidebar's code runs.
 *
 * @param sidebarHtml the built sidebar page
 * @param bridgeUrl where the bridge script is served (same origin)
 */
export function withBridge(sidebarHtml: string, bridgeUrl = '/bridge.js'): string {
  const tag = `<script src="${bridgeUrl}"></script>`;
  const head = /<head[^>]*>/i.exec(sidebarHtml);
  if (head) return sidebarHtml.slice(0, head.index + head[0].length) + tag + sidebarHtml.slice(head.index + head[0].length);
  return tag + sidebarHtml;
}
