/**
 * The playground's HTTP routes, over one in-memory spreadsheet with the
 * add-on loaded. Everything is served from 127.0.0.1: the page, its script
 * (with chart.js inside), the real sidebar with the bridge, and a small JSON
 * API (state, sheet pages, bridged calls, tab activation), to the playground's
 * own page only (SPEC §11, see requestGuard.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalSpreadsheet } from '../sheets/localSpreadsheet';
import { bridgeScript, parseBridgedCall, runBridgedCall, withBridge, type EndpointCaller } from './bridge';
import { HttpError } from './httpError';
import { playgroundPage } from './page';
import { chartSpecsOf } from './recordedCharts';
import { discardBody, readJsonBody } from './requestBody';
import { allowedHost, checkOwnPagePost, SECURITY_HEADERS, singleHost } from './requestGuard';
import { sheetPage, sheetTabs } from './sheetView';

/** What the routes serve. */
export interface PlaygroundContent {
  book: LocalSpreadsheet;
  callEndpoint: EndpointCaller;
  /** dist/Sidebar.html as built. */
  sidebarHtml: string;
  /** build/playground-client.js as built. */
  clientScript: string;
  /** Shown in the page header: the file name or "sample survey". */
  sourceLabel: string;
}

/** What a route handler gets. */
interface RouteRequest {
  request: IncomingMessage;
  response: ServerResponse;
  query: URLSearchParams;
}

type RouteHandler = (route: RouteRequest) => void | Promise<void>;

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The request handler for `http.createServer`. Every request first passes
 * the rules of {@link allowedHost} and, for a POST, {@link checkOwnPagePost};
 * anything malformed or refused gets a 4xx JSON `{ok: false, error}` and
 * the server goes on answering.
 *
 * @param content the spreadsheet, the add-on and the built files
 */
export function playgroundRoutes(content: PlaygroundContent): (request: IncomingMessage, response: ServerResponse) => void {
  const { book } = content;
  const page = playgroundPage(content.sourceLabel);
  const sidebar = withBridge(content.sidebarHtml);
  const bridge = bridgeScript();
  /** Bumped whenever a call may have changed the sheets; the page polls it. */
  let version = 0;

  // A Map, so that no path reaches an inherited property.
  const routes = new Map<string, { GET?: RouteHandler; POST?: RouteHandler }>([
    ['/', { GET: ({ response }) => send(response, 200, 'text/html; charset=utf-8', page) }],
    ['/client.js', { GET: ({ response }) => send(response, 200, 'text/javascript; charset=utf-8', content.clientScript) }],
    ['/sidebar', { GET: ({ response }) => send(response, 200, 'text/html; charset=utf-8', sidebar) }],
    ['/bridge.js', { GET: ({ response }) => send(response, 200, 'text/javascript; charset=utf-8', bridge) }],
    ['/favicon.ico', { GET: ({ response }) => send(response, 204, 'image/x-icon', '') }],
    ['/api/state', { GET: ({ response }) => json(response, 200, { version, tabs: sheetTabs(book), charts: chartSpecsOf(book) }) }],
    [
      '/api/sheet',
      {
        GET: ({ response, query }) => {
          const sheet = book.sheetByName(query.get('name') ?? '');
          if (!sheet) throw new HttpError(404, 'No such sheet.');
          json(response, 200, sheetPage(book, sheet, Number(query.get('page') ?? 0)));
        },
      },
    ],
    [
      '/api/activate',
      {
        POST: async ({ request, response }) => {
          const body = await readJsonBody(request);
          const name = body !== null && typeof body === 'object' ? (body as { name?: unknown }).name : undefined;
          if (typeof name !== 'string') throw new HttpError(400, 'Send the sheet to show as {"name": "Sheet name"}.');
          const sheet = book.sheetByName(name);
          if (!sheet) throw new HttpError(404, 'No such sheet.');
          book.activeSheet = sheet;
          json(response, 200, { active: sheet.name });
        },
      },
    ],
    [
      '/api/run',
      {
        POST: async ({ request, response }) => {
          const answer = runBridgedCall(parseBridgedCall(await readJsonBody(request)), content.callEndpoint);
          if (answer.changed) version++;
          json(response, 200, answer);
        },
      },
    ],
  ]);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const host = allowedHost(singleHost(request.rawHeaders), request.socket.localPort ?? 0);
    const { path, query } = splitTarget(request.url ?? '');
    const route = routes.get(path);
    if (!route) throw new HttpError(404, `The playground has no page ${JSON.stringify(path.slice(0, 80))}; open http://${host}/.`);
    const handler = request.method === 'GET' ? route.GET : request.method === 'POST' ? route.POST : undefined;
    if (!handler) {
      response.setHeader('allow', Object.keys(route).join(', '));
      throw new HttpError(405, `${path} answers ${Object.keys(route).join(' or ')} only.`);
    }
    if (request.method === 'POST') checkOwnPagePost(request.headers, host);
    await handler({ request, response, query });
  };

  return (request, response) => {
    handle(request, response).catch((error: unknown) => refuse(request, response, error));
  };
}

/** The path and query of a request target; a 400 for anything but an origin-form target ("/path?query"). */
function splitTarget(target: string): { path: string; query: URLSearchParams } {
  if (!target.startsWith('/')) throw new HttpError(400, 'Ask for a path on this server, such as "/".');
  const cut = target.search(/[?#]/);
  const path = cut < 0 ? target : target.slice(0, cut);
  const query = cut < 0 || target[cut] === '#' ? '' : target.slice(cut + 1).split('#')[0];
  return { path, query: new URLSearchParams(query) };
}

/**
 * Answers a refused or failed request with `{ok: false, error}`; never
 * throws. When the body is still arriving, the answer goes out at once and
 * the connection closes once the rest has been thrown away.
 */
function refuse(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  try {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof Error && error.message ? error.message : 'The playground could not answer this request.';
    const body = JSON.stringify({ ok: false, error: message });
    if (request.complete) return send(response, status, JSON_TYPE, body);
    response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(body), connection: 'close' });
    response.write(body);
    discardBody(request, () => response.end());
  } catch {
    response.destroy();
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function json(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON_TYPE, JSON.stringify(value));
}
