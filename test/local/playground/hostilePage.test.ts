/**
 * SPEC §11 in a real browser: a page of another site, open in the same
 * browser, tries what any web page can — a text/plain fetch, a no-cors
 * fetch, a JSON fetch, a form POST, framing the playground, an image at a
 * malformed URL — and a DNS name rebound to 127.0.0.1 tries to read the
 * sheets. The playground stays up and no saved role changes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, ROOT, startPlayground, waitFor, type Playground } from './harness';
import { rawRequest, rolesInForce } from './rawHttp';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'google_forms_responses.csv');
/** A name of another site; Chromium resolves it to 127.0.0.1, as a rebound or hostile DNS name would. */
const EVIL = 'evil.example';
/** What each attack of the hostile page must report before the checks run. */
const ATTACKS = ['textPlain', 'noCors', 'noCorsJson', 'corsJson', 'readState', 'form', 'frame', 'img'];

let playground: Playground;
let hostile: Server;
let hostilePort: number;
let browser: Browser;
let page: Page;
let before: { sheetId: number; roles: string[] };

/** The other site's page: every attack on the playground, each reporting into `window.results`. */
function hostileHtml(port: number, sheetId: number): string {
  const target = `http://127.0.0.1:${port}`;
  const call = JSON.stringify({ name: 'saveRoleOverrides', args: [sheetId, { 1: 'number' }] });
  // A text/plain form whose body reads as JSON: name + "=" + value.
  const formName = `${call.slice(0, -1)},"pad":"`;
  const quoted = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return `<!DOCTYPE html><html><body>
<iframe name="sink" id="sink"></iframe>
<form id="form" method="POST" action="${target}/api/run" enctype="text/plain" target="sink"><input name='${quoted(formName)}' value='"}'></form>
<script>
const target = ${JSON.stringify(target)};
const call = ${JSON.stringify(call)};
window.results = {};
const settle = (key, promise) => promise.then(
  (value) => (results[key] = 'answered ' + (typeof value === 'string' ? value.slice(0, 200) : value.type + ' ' + value.status)),
  (error) => (results[key] = 'failed ' + error));
settle('textPlain', fetch(target + '/api/run', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: call }));
settle('noCors', fetch(target + '/api/run', { method: 'POST', mode: 'no-cors', body: call }));
settle('noCorsJson', fetch(target + '/api/run', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'application/json' }, body: call }));
settle('corsJson', fetch(target + '/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: call }));
settle('readState', fetch(target + '/api/sheet?name=google_forms_responses').then((r) => r.text()));
const sink = document.getElementById('sink');
sink.addEventListener('load', () => { if (!results.form) results.form = 'sent'; });
document.getElementById('form').submit();
const frame = document.createElement('iframe');
frame.id = 'framed';
frame.addEventListener('load', () => (results.frame = 'loaded'));
frame.src = target + '/';
document.body.append(frame);
const img = new Image();
img.onload = () => (results.img = 'load');
img.onerror = () => (results.img = 'error');
img.src = target + '//[';
document.body.append(img);
</script></body></html>`;
}

beforeAll(async () => {
  playground = await startPlayground(FIXTURE);
  before = await rolesInForce(playground.port);
  expect(before.roles[1]).toBe('score');
  hostile = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostileHtml(playground.port, before.sheetId));
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostilePort = (hostile.address() as AddressInfo).port;
  browser = await launchChromium(`--host-resolver-rules=MAP ${EVIL} 127.0.0.1`);
  page = await (await browser.newContext()).newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (hostile ? hostile.close(resolve) : resolve(undefined)));
  await playground?.stop();
});

test('a page of another site cannot change a role, read a sheet, frame the playground or stop it', async () => {
  await page.goto(`http://${EVIL}:${hostilePort}/`);
  await waitFor(async () => {
    const results = await page.evaluate(() => (window as unknown as { results: Record<string, string> }).results);
    return ATTACKS.every((key) => key in results);
  });
  const results = await page.evaluate(() => (window as unknown as { results: Record<string, string> }).results);
  // No answer of the playground was readable by the other site.
  expect(results.textPlain).toMatch(/^failed|opaque/);
  expect(results.corsJson).toMatch(/^failed/);
  expect(results.readState).toMatch(/^failed/);
  // Give any late request time to land, then: still up, nothing changed.
  await page.waitForTimeout(500);
  const alive = await rawRequest(playground.port, `GET /api/state HTTP/1.1\r\nHost: 127.0.0.1:${playground.port}`);
  expect(alive.status).toBe(200);
  expect((await rolesInForce(playground.port)).roles).toEqual(before.roles);
  // The framed playground shows nothing of it (frame-ancestors 'self').
  const framed = page.frames().find((frame) => frame.parentFrame() === page.mainFrame() && frame.name() !== 'sink');
  expect(await framed!.evaluate(() => document.querySelector('[data-testid="sidebar-frame"]'))).toBeNull();
});

test('a DNS name rebound to 127.0.0.1 reaches nothing (421)', async () => {
  const response = await page.goto(`http://${EVIL}:${playground.port}/`);
  expect(response!.status()).toBe(421);
  expect(await page.content()).not.toContain('sidebar-frame');
  // From that origin, the page's own API is refused too: no cell is readable.
  const read = await page.evaluate(async () => {
    const answer = await fetch('/api/sheet?name=google_forms_responses');
    return { status: answer.status, text: await answer.text() };
  });
  expect(read.status).toBe(421);
  expect(read.text).not.toContain('recommend');
  const call = await page.evaluate(async (sheetId) => {
    const body = JSON.stringify({ name: 'saveRoleOverrides', args: [sheetId, { 1: 'number' }] });
    return (await fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status;
  }, before.sheetId);
  expect(call).toBe(421);
  expect((await rolesInForce(playground.port)).roles).toEqual(before.roles);
});
