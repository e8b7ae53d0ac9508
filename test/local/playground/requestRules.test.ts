/**
 * SPEC §11 over raw HTTP: the playground answers only requests addressed to
 * itself, takes calls only as JSON from its own page, refuses anything
 * malformed with a 4xx, and goes on answering; a refused call changes
 * nothing.
 */
import { join } from 'node:path';
import { ROOT, startPlayground, waitFor, type Playground } from './harness';
import { ownPagePost, rawRequest, rolesInForce, type RawAnswer } from './rawHttp';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'google_forms_responses.csv');

let playground: Playground;
let port: number;
/** The roles before any hostile request, and the call that would change column 1's role. */
let before: { sheetId: number; roles: string[] };
let change: { name: string; args: unknown[] };

beforeAll(async () => {
  playground = await startPlayground(FIXTURE);
  port = playground.port;
  before = await rolesInForce(port);
  // Column 1 (the 0–10 answers) is the score; taking that role away is the change no other page may make.
  expect(before.roles[1]).toBe('score');
  change = { name: 'saveRoleOverrides', args: [before.sheetId, { 1: 'number' }] };
}, 60_000);

afterAll(async () => playground?.stop());

/** The server still serves its page and its state to a good request. */
async function expectAlive(): Promise<void> {
  const page = await rawRequest(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}`);
  expect(page.status).toBe(200);
  expect(page.body).toContain('NPS playground');
}

function post(path: string, headers: string, body: string | Buffer): Promise<RawAnswer> {
  const length = /content-length|transfer-encoding/i.test(headers) ? '' : `\r\nContent-Length: ${Buffer.byteLength(body)}`;
  return rawRequest(port, `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}${headers ? `\r\n${headers}` : ''}${length}`, body);
}

test('prints where it is and what to do, with the real port', async () => {
  await waitFor(async () => playground.output().includes('Ctrl+C'));
  expect(playground.output()).toContain(`Open http://127.0.0.1:${port} and press Build report; Ctrl+C stops`);
});

test('a request with two Host headers gets 400, whichever comes first, and changes nothing', async () => {
  const call = JSON.stringify(change);
  for (const hosts of [[`127.0.0.1:${port}`, 'evil.example'], ['evil.example', `localhost:${port}`], [`127.0.0.1:${port}`, `127.0.0.1:${port}`]]) {
    const headers = hosts.map((host) => `Host: ${host}`).join('\r\n');
    const read = await rawRequest(port, `GET /api/sheet?name=google_forms_responses HTTP/1.1\r\n${headers}`);
    expect([hosts, read.status]).toEqual([hosts, 400]);
    expect(read.body).not.toContain('google_forms_responses');
    const write = await rawRequest(port, `POST /api/run HTTP/1.1\r\n${headers}\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${call.length}`, call);
    expect(write.status).toBe(400);
  }
  expect(await rolesInForce(port)).toEqual(before);
  await expectAlive();
});

test('a Host other than 127.0.0.1:PORT or localhost:PORT gets 421 on every route (DNS rebinding)', async () => {
  const hosts = [`evil.example:${port}`, 'rebound.attacker.test', '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `127.0.0.2:${port}`, `[::1]:${port}`];
  const targets = ['GET /', 'GET /client.js', 'GET /sidebar', 'GET /bridge.js', 'GET /api/state', 'GET /api/sheet?name=google_forms_responses', 'GET /no-such-page'];
  for (const host of hosts) {
    for (const target of targets) {
      const answer = await rawRequest(port, `${target} HTTP/1.1\r\nHost: ${host}`);
      expect([target, host, answer.status]).toEqual([target, host, 421]);
      expect(answer.body).not.toContain('google_forms_responses');
    }
    const call = JSON.stringify(change);
    const refused = await rawRequest(port, `POST /api/run HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${call.length}`, call);
    expect(refused.status).toBe(421);
  }
  // HTTP/1.0 may leave the Host out: refused too.
  expect((await rawRequest(port, 'GET /api/state HTTP/1.0')).status).toBe(421);
  expect((await rolesInForce(port)).roles).toEqual(before.roles);
});

test('its own names are answered, in any letter case', async () => {
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`]) {
    const answer = await rawRequest(port, `GET /api/state HTTP/1.1\r\nHost: ${host}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).tabs[0].name).toBe('google_forms_responses');
  }
});

test('malformed request targets get a 4xx and the server goes on', async () => {
  for (const target of ['//[', '//[/api/state', '/%', '/%zz?%zz=%', '/api/sheet?name=%E0%A4%A&page=x', '*', 'http://evil.example/', '//127.0.0.1/api/state', '/api/state/../sidebar']) {
    const answer = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}`);
    expect([target, answer.status >= 400 && answer.status < 500]).toEqual([target, true]);
    await expectAlive();
  }
  // Broken HTTP and oversized headers are refused by Node's parser, and the server still answers.
  expect((await rawRequest(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Padding: ${'p'.repeat(200_000)}`)).status).toBe(431);
  await expectAlive();
  expect((await rawRequest(port, 'GARBAGE\x00 / HTTP/9')).status).toBe(400);
  await expectAlive();
});

test('a method a route does not take gets 405, with the methods it takes', async () => {
  const cases: [string, string][] = [['PUT /api/run', 'POST'], ['GET /api/run', 'POST'], ['DELETE /', 'GET'], ['OPTIONS /api/run', 'POST'], ['PATCH /api/activate', 'POST'], ['POST /api/state', 'GET']];
  for (const [target, allow] of cases) {
    const answer = await rawRequest(port, `${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 0`);
    expect([target, answer.status, answer.headers.allow]).toEqual([target, 405, allow]);
    // No CORS grant: a preflight from another page never succeeds.
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  }
  await expectAlive();
});

test('a POST from another origin gets 403, and nothing changes', async () => {
  const body = JSON.stringify(change);
  for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `http://localhost:${port}`, `https://127.0.0.1:${port}`]) {
    const run = await post('/api/run', `Origin: ${origin}\r\nContent-Type: application/json`, body);
    expect([origin, run.status]).toEqual([origin, 403]);
    const activate = await post('/api/activate', `Origin: ${origin}\r\nContent-Type: application/json`, '{"name":"google_forms_responses"}');
    expect(activate.status).toBe(403);
  }
  expect((await rolesInForce(port)).roles).toEqual(before.roles);
});

test('a POST whose body is not declared JSON gets 415 (what a form or a text/plain fetch sends), and nothing changes', async () => {
  const body = JSON.stringify(change);
  for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'application/json-seq', '']) {
    const headers = `Origin: http://127.0.0.1:${port}${type ? `\r\nContent-Type: ${type}` : ''}`;
    expect([type, (await post('/api/run', headers, body)).status]).toEqual([type, 415]);
    // Without an Origin (a client that is not a browser) the content type still decides.
    expect([type, (await post('/api/run', type ? `Content-Type: ${type}` : '', body)).status]).toEqual([type, 415]);
  }
  expect((await rolesInForce(port)).roles).toEqual(before.roles);
});

test('a body larger than 1 MB gets 413, declared or chunked, and the server goes on', async () => {
  const big = Buffer.alloc(3 * 1024 * 1024, ' ');
  const declared = await post('/api/run', 'Content-Type: application/json', big);
  expect(declared.status).toBe(413);
  await expectAlive();
  const chunked = Buffer.concat([Buffer.from(`${big.length.toString(16)}\r\n`), big, Buffer.from('\r\n0\r\n\r\n')]);
  const streamed = await post('/api/run', 'Content-Type: application/json\r\nTransfer-Encoding: chunked', chunked);
  expect(streamed.status).toBe(413);
  await expectAlive();
  // A JSON call padded just past the limit is refused too; one just under it is read.
  const call = JSON.stringify(change);
  expect((await post('/api/run', 'Content-Type: application/json', call + ' '.repeat(1024 * 1024 - call.length + 1))).status).toBe(413);
  const under = await post('/api/run', 'Content-Type: application/json', JSON.stringify({ name: 'getSheetProfile', args: [] }) + ' '.repeat(1000));
  expect(under.status).toBe(200);
  expect((await rolesInForce(port)).roles).toEqual(before.roles);
});

test('malformed calls get 400 or 404 and never reach a function that is not a sidebar endpoint', async () => {
  const json = 'Content-Type: application/json';
  const bodies: [string, number][] = [
    ['', 400],
    ['{"name": "getSheetProfile", ', 400],
    ['null', 400],
    ['[]', 400],
    ['"getSheetProfile"', 400],
    ['42', 400],
    ['{"args": []}', 400],
    ['{"name": 7, "args": []}', 400],
    ['{"name": "__proto__", "args": []}', 404],
    ['{"name": "constructor", "args": []}', 404],
    ['{"name": "toString", "args": []}', 404],
    ['{"name": "hasOwnProperty", "args": []}', 404],
    ['{"name": "onOpen", "args": []}', 404],
    ['{"name": "NPS", "args": [[[9]]]}', 404],
    ['{"name": "getSheetProfile_", "args": []}', 404],
    ['{"name": "eval", "args": ["process.exit(1)"]}', 404],
    ['{"name": "getSheetProfile", "args": "x"}', 400],
    ['{"name": "getSheetProfile", "args": {"0": 1}}', 400],
    ['{"name": "getSheetProfile", "args": [1]}', 400],
    ['{"name": "getPreview", "args": []}', 400],
    ['{"name": "getPreview", "args": ["month"]}', 400],
    ['{"name": "getPreview", "args": [null]}', 400],
    ['{"name": "getPreview", "args": [[1, 2]]}', 400],
    ['{"name": "buildReport", "args": [7]}', 400],
    [`{"name": "saveRoleOverrides", "args": ["${before.sheetId}", {"1": "number"}]}`, 400],
    [`{"name": "saveRoleOverrides", "args": [${before.sheetId}, "number"]}`, 400],
    [`{"name": "saveRoleOverrides", "args": [${before.sheetId}]}`, 400],
    [`{"name": "saveRoleOverrides", "args": [${before.sheetId}, {"1": "number"}, 3]}`, 400],
    [`{"name": "saveRoleOverrides", "args": [${before.sheetId}, {"__proto__": {"1": "number"}}]}`, 400],
    [`{"name": "saveRoleOverrides", "args": [${before.sheetId}, {"constructor": {"prototype": {"1": "number"}}}]}`, 400],
    [`{"__proto__": {"name": "saveRoleOverrides"}, "args": [${before.sheetId}, {"1": "number"}]}`, 400],
  ];
  for (const [body, status] of bodies) {
    const answer = await post('/api/run', json, body);
    expect([body, answer.status]).toEqual([body, status]);
    const parsed = JSON.parse(answer.body);
    expect(parsed.ok).toBe(false);
    expect(parsed.error).toMatch(/\S/);
    expect(parsed.error).not.toMatch(/\n/);
  }
  for (const body of ['', '[]', '{"name": 3}', '{"name": "No such sheet"}', '{"name": "constructor"}']) {
    const answer = await post('/api/activate', json, body);
    expect([body, answer.status >= 400 && answer.status < 500]).toEqual([body, true]);
  }
  expect(Object.prototype).not.toHaveProperty('1');
  expect((await rolesInForce(port)).roles).toEqual(before.roles);
  await expectAlive();
});

test('every answer forbids framing by another site and MIME sniffing', async () => {
  const answers = [
    await rawRequest(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}`),
    await rawRequest(port, `GET /sidebar HTTP/1.1\r\nHost: localhost:${port}`),
    await rawRequest(port, `GET /nothing HTTP/1.1\r\nHost: 127.0.0.1:${port}`),
    await rawRequest(port, `GET / HTTP/1.1\r\nHost: evil.example:${port}`),
    await post('/api/run', 'Content-Type: text/plain', '{}'),
  ];
  for (const answer of answers) {
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  }
});

test('the page itself can still change a role (so the checks above could see a change)', async () => {
  const changed = await ownPagePost(port, '/api/run', change);
  expect(changed.status).toBe(200);
  expect((await rolesInForce(port)).roles[1]).toBe('number');
  // Same-origin fetches from localhost:PORT carry that origin: allowed when sent to localhost:PORT.
  const text = JSON.stringify({ name: 'saveRoleOverrides', args: [before.sheetId, { 1: null }] });
  const reset = await rawRequest(port, `POST /api/run HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${text.length}`, text);
  expect(reset.status).toBe(200);
  expect((await rolesInForce(port)).roles).toEqual(before.roles);
});
