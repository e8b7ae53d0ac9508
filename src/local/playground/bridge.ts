/**
 * `google.script.run` for the real sidebar in the playground: a script
 * injected into dist/Sidebar.html before the sidebar's own defines it, and
 * the server side that runs a call. Each call is POSTed as `{name, args}` to
 * `/api/run`; the server calls the add-on's top-level function in its vm
 * context and answers `{ok, value}` or `{ok: false, error}`. Only the
 * endpoints of the contract's ServerApi can be called.
 */
import type { EndpointName } from '../../shared/contract';

/** Every endpoint of ServerApi; the type makes the list complete. */
const ENDPOINTS: { readonly [K in EndpointName]: { changesSheets: boolean } } = {
  getSheetProfile: { changesSheets: false },
  saveRoleOverrides: { changesSheets: false },
  getPreview: { changesSheets: false },
  buildReport: { changesSheets: true },
  refreshReports: { changesSheets: true },
};

/** The names the bridge lets the sidebar call. */
const CALLABLE: readonly EndpointName[] = Object.keys(ENDPOINTS) as EndpointName[];

/** The message the bridge posts to the parent page after a call that changed the sheets. */
export const CHANGED_MESSAGE = 'nps-playground:sheets-changed';

/** A runner of the add-on's top-level functions (the vm context of dist/Code.js). */
export type EndpointCaller = (name: EndpointName, args: unknown[]) => unknown;

/** The answer of `/api/run`. */
export type RunAnswer = { ok: true; value: unknown; changed: boolean } | { ok: false; error: string; changed: boolean };

/**
 * Runs one bridged call. Unknown names, malformed bodies and errors thrown
 * by the add-on all come back as `{ok: false, error}` with a readable message.
 *
 * @param body the parsed JSON body of the request
 * @param callEndpoint calls a top-level function of the loaded add-on
 * @example runBridgedCall({ name: 'getSheetProfile', args: [] }, caller) // { ok: true, value: {…}, changed: false }
 */
export function runBridgedCall(body: unknown, callEndpoint: EndpointCaller): RunAnswer {
  const request = body && typeof body === 'object' ? (body as { name?: unknown; args?: unknown }) : {};
  const name = request.name;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(ENDPOINTS, name)) {
    return { ok: false, error: `The add-on has no server function "${String(name)}" the sidebar may call.`, changed: false };
  }
  const args = Array.isArray(request.args) ? request.args : [];
  const endpoint = name as EndpointName;
  try {
    // JSON round trip: only plain data crosses, as with google.script.run.
    const value = JSON.parse(JSON.stringify(callEndpoint(endpoint, args) ?? null));
    return { ok: true, value, changed: ENDPOINTS[endpoint].changesSheets };
  } catch (error) {
    const message = error && typeof (error as Error).message === 'string' ? (error as Error).message : String(error);
    // A failed build may still have touched nothing; the page re-reads anyway.
    return { ok: false, error: message || 'The server function failed.', changed: ENDPOINTS[endpoint].changesSheets };
  }
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
          .then((answer: { ok: boolean; value?: unknown; error?: string; changed?: boolean }) => {
            if (answer.changed && window.parent !== window) window.parent.postMessage({ type: changedMessage }, location.origin);
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
