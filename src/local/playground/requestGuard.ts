/**
 * Who may reach the playground (SPEC §11). It listens on 127.0.0.1 only,
 * and on top of that:
 * - every route answers only a `Host` of `127.0.0.1:PORT` or
 *   `localhost:PORT` (421 otherwise), so a DNS name rebound to 127.0.0.1
 *   reaches nothing;
 * - a POST (the bridge and tab activation, the only routes that change
 *   anything) needs, when an `Origin` is sent, the page's own origin (403
 *   otherwise), and `Content-Type: application/json` (415 otherwise), so no
 *   other web page can send one: a cross-site form or a `text/plain` fetch
 *   is refused, and a cross-site JSON fetch needs a preflight the
 *   playground never grants;
 * - every answer forbids framing by another site and MIME sniffing.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { HttpError } from './httpError';

/** Sent with every answer: no framing by other sites, no sniffing, no reading by other origins, no caching. */
export const SECURITY_HEADERS: Readonly<OutgoingHttpHeaders> = Object.freeze({
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
});

/**
 * The request's `Host`, lower-cased, when it names the playground itself;
 * throws a 421 otherwise.
 *
 * @param host the `Host` header as received
 * @param port the port the playground listens on
 * @example allowedHost('LOCALHOST:8080', 8080) // 'localhost:8080'
 * @example allowedHost('evil.example:8080', 8080) // throws HttpError 421
 */
export function allowedHost(host: string | undefined, port: number): string {
  const name = (host ?? '').trim().toLowerCase();
  // A browser leaves out the port only when it is the scheme's default.
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, ...(port === 80 ? ['127.0.0.1', 'localhost'] : [])];
  if (allowed.includes(name)) return name;
  throw new HttpError(421, `This is the NPS playground at http://127.0.0.1:${port}/; it answers only requests addressed to 127.0.0.1:${port} or localhost:${port}, not ${JSON.stringify(host ?? '')}.`);
}

/**
 * The request's one `Host` header. Node keeps the first of several and drops
 * the rest, so a request with two (`Host: 127.0.0.1:PORT` then `Host:
 * evil.example`) would pass as addressed to the playground while a proxy in
 * front may have read the other: HTTP/1.1 says to answer such a request 400
 * (RFC 9112 §3.2), and so does the playground.
 *
 * @param rawHeaders the request's `rawHeaders` (names and values, in turn)
 * @returns the Host header's value, or undefined when there is none
 * @example singleHost(['Host', '127.0.0.1:8080', 'Host', 'evil.example']) // throws HttpError 400
 */
export function singleHost(rawHeaders: readonly string[]): string | undefined {
  let host: string | undefined;
  for (let i = 0; i < rawHeaders.length - 1; i += 2) {
    if (rawHeaders[i].toLowerCase() !== 'host') continue;
    if (host !== undefined) throw new HttpError(400, 'The request has more than one Host header; send one.');
    host = rawHeaders[i + 1];
  }
  return host;
}

/**
 * Throws unless a POST comes from the playground's own page: its `Origin`,
 * when sent, is `http://` + the host it was sent to (403), and its body is
 * declared as JSON (415).
 *
 * @param headers the request headers
 * @param host the request's allowed host (from {@link allowedHost})
 * @example checkOwnPagePost({ origin: 'http://127.0.0.1:8080', 'content-type': 'application/json' }, '127.0.0.1:8080') // passes
 */
export function checkOwnPagePost(headers: IncomingHttpHeaders, host: string): void {
  const origin = headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    throw new HttpError(403, `The playground takes calls only from its own page (http://${host}), not from ${JSON.stringify(origin)}.`);
  }
  const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, `Send the call as Content-Type: application/json, not ${JSON.stringify(headers['content-type'] ?? 'no content type')}.`);
  }
}
