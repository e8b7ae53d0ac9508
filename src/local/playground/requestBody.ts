/**
 * A request body read as JSON, bounded: a body declared larger than the
 * limit is refused before any of it is read, and one that grows past it is
 * refused as soon as it does (413); the rest is never kept. After a refusal
 * the rest of a body is read and thrown away (up to a few MB), so that the
 * client, still sending, gets the answer instead of a reset connection.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './httpError';

/** Largest body accepted: a call's arguments are a few hundred bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** How much of a refused body is read and thrown away before the connection is cut. */
const DISCARD_BYTES = 8 * MAX_BODY_BYTES;
/** How long a refused body may take to arrive before the connection is cut. */
const DISCARD_MS = 10_000;

/** Keys that could reach an object's prototype if some code merged the body into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The body parsed as JSON. Throws {@link HttpError}: 413 when it is larger
 * than `limit` bytes, 400 when it is not JSON or has a `__proto__`,
 * `constructor` or `prototype` key.
 *
 * @param request the incoming request (its body not yet read)
 * @param limit the largest body accepted, in bytes
 */
export function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, `The request body is larger than ${limit} bytes; a call's arguments are far smaller.`);
    const declared = Number(request.headers['content-length']);
    if (declared > limit) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      request.off('data', onData);
      settle();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(() => reject(tooLarge()));
      else chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => finish(() => {
      try {
        resolve(parseJson(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    }));
    request.on('error', () => finish(() => reject(new HttpError(400, 'The request body was cut off; send it again.'))));
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new HttpError(400, 'The request body is empty; send the call as JSON.');
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key: string, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return item;
    });
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON; send the call as JSON.');
  }
  if (forbidden !== null) throw new HttpError(400, `The request body has a "${forbidden}" key, which no call takes.`);
  return value;
}

/**
 * Reads the rest of a body without keeping it, then calls `done`; cuts the
 * connection when more than a few MB or more than 10 s are still to come.
 *
 * @param request a request whose body is refused
 * @param done called once the body has ended or the connection is gone
 */
export function discardBody(request: IncomingMessage, done: () => void): void {
  if (request.complete) return done();
  let size = 0;
  let called = false;
  const finish = () => {
    clearTimeout(timer);
    if (!called) {
      called = true;
      done();
    }
  };
  const timer = setTimeout(() => request.socket.destroy(), DISCARD_MS);
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > DISCARD_BYTES) request.socket.destroy();
  });
  request.once('end', finish);
  request.once('close', finish);
  request.resume();
}
