/** The §11 header rules on their own, for the cases raw HTTP cannot easily reach (port 80, header variants). */
import { HttpError } from '../../../src/local/playground/httpError';
import { allowedHost, checkOwnPagePost } from '../../../src/local/playground/requestGuard';

function statusOf(check: () => unknown): number | 'passed' {
  try {
    check();
    return 'passed';
  } catch (error) {
    return error instanceof HttpError ? error.status : -1;
  }
}

test('the Host must name the playground on its port; a browser leaves out only port 80', () => {
  expect(allowedHost('127.0.0.1:5173', 5173)).toBe('127.0.0.1:5173');
  expect(allowedHost(' LOCALHOST:5173 ', 5173)).toBe('localhost:5173');
  expect(allowedHost('localhost', 80)).toBe('localhost');
  expect(statusOf(() => allowedHost('localhost', 5173))).toBe(421);
  expect(statusOf(() => allowedHost('127.0.0.1:80', 5173))).toBe(421);
  expect(statusOf(() => allowedHost('127.0.0.1:5173.evil.example', 5173))).toBe(421);
  expect(statusOf(() => allowedHost('user@127.0.0.1:5173', 5173))).toBe(421);
  expect(statusOf(() => allowedHost(undefined, 5173))).toBe(421);
});

test('a POST needs its own origin (when one is sent) and a JSON content type', () => {
  const host = 'localhost:5173';
  expect(statusOf(() => checkOwnPagePost({ 'content-type': 'Application/JSON; charset=utf-8' }, host))).toBe('passed');
  expect(statusOf(() => checkOwnPagePost({ origin: 'http://localhost:5173', 'content-type': 'application/json' }, host))).toBe('passed');
  expect(statusOf(() => checkOwnPagePost({ origin: 'http://localhost:5173.evil.example', 'content-type': 'application/json' }, host))).toBe(403);
  expect(statusOf(() => checkOwnPagePost({ origin: 'http://127.0.0.1:5173', 'content-type': 'application/json' }, host))).toBe(403);
  expect(statusOf(() => checkOwnPagePost({ origin: 'http://localhost:5173', 'content-type': 'text/plain; application/json' }, host))).toBe(415);
  expect(statusOf(() => checkOwnPagePost({}, host))).toBe(415);
});
