/**
 * The playground's HTTP routes, over one in-memory spreadsheet with the
 * add-on loaded. Everything is served from 127.0.0.1: the page, its script
 * (with chart.js inside), the real sidebar with the bridge, and a small JSON
 * API (state, sheet pages, bridged calls, tab activation).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalSpreadsheet } from '../sheets/localSpreadsheet';
import { bridgeScript, runBridgedCall, withBridge, type EndpointCaller } from './bridge';
import { playgroundPage } from './page';
import { chartSpecsOf } from './recordedCharts';
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

/** Largest request body accepted (a call's arguments are small). */
const MAX_BODY = 1024 * 1024;

/**
 * The request handler for `http.createServer`.
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

  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = `${request.method} ${url.pathname}`;
    void (async () => {
      switch (route) {
        case 'GET /':
          return send(response, 200, 'text/html; charset=utf-8', page);
        case 'GET /client.js':
          return send(response, 200, 'text/javascript; charset=utf-8', content.clientScript);
        case 'GET /sidebar':
          return send(response, 200, 'text/html; charset=utf-8', sidebar);
        case 'GET /bridge.js':
          return send(response, 200, 'text/javascript; charset=utf-8', bridge);
        case 'GET /favicon.ico':
          return send(response, 204, 'image/x-icon', '');
        case 'GET /api/state':
          return json(response, 200, { version, tabs: sheetTabs(book), charts: chartSpecsOf(book) });
        case 'GET /api/sheet': {
          const sheet = book.sheetByName(url.searchParams.get('name') ?? '');
          if (!sheet) return json(response, 404, { error: 'No such sheet.' });
          return json(response, 200, sheetPage(book, sheet, Number(url.searchParams.get('page') ?? 0)));
        }
        case 'POST /api/activate': {
          const body = (await readJson(request)) as { name?: unknown } | null;
          const sheet = body && typeof body.name === 'string' ? book.sheetByName(body.name) : null;
          if (!sheet) return json(response, 404, { error: 'No such sheet.' });
          book.activeSheet = sheet;
          return json(response, 200, { active: sheet.name });
        }
        case 'POST /api/run': {
          const answer = runBridgedCall(await readJson(request), content.callEndpoint);
          if (answer.changed) version++;
          return json(response, 200, answer);
        }
        default:
          return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      }
    })().catch((error: unknown) => {
      if (!response.headersSent) json(response, 400, { error: error instanceof Error ? error.message : String(error) });
    });
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(body);
}

function json(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The request body parsed as JSON; throws on a body too large or not JSON. */
function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large.'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new Error('The request body is not JSON.'));
      }
    });
    request.on('error', reject);
  });
}
