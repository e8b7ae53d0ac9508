/**
 * The bridge's server side without HTTP: which calls reach the add-on, and
 * what the page is told to show after one.
 */
import { parseBridgedCall, runBridgedCall, type EndpointCaller } from '../../../src/local/playground/bridge';
import { HttpError } from '../../../src/local/playground/httpError';

function statusOf(body: unknown): number | 'accepted' {
  try {
    parseBridgedCall(body);
    return 'accepted';
  } catch (error) {
    return error instanceof HttpError ? error.status : -1;
  }
}

test('only the sidebar endpoints, with the arguments they take, are accepted', () => {
  expect(statusOf({ name: 'refreshReports', args: [] })).toBe('accepted');
  expect(statusOf({ name: 'saveRoleOverrides', args: [12, { 3: null }] })).toBe('accepted');
  expect(statusOf({ name: 'buildReport', args: [{ period: 'week' }] })).toBe('accepted');
  expect(statusOf({ name: 'valueOf', args: [] })).toBe(404);
  expect(statusOf({ name: 'isPrototypeOf', args: [{}] })).toBe(404);
  expect(statusOf({ name: 'refreshReports' })).toBe(400);
  expect(statusOf({ name: 'refreshReports', args: [{}] })).toBe(400);
  expect(statusOf({ name: 'saveRoleOverrides', args: [Infinity, {}] })).toBe(400);
  expect(statusOf({ name: 'saveRoleOverrides', args: [true, {}] })).toBe(400);
  expect(statusOf(Object.create({ name: 'refreshReports', args: [] }))).toBe(400);
  expect(statusOf(undefined)).toBe(400);
});

test('a successful build tells the page to show its report sheet; nothing else does', () => {
  const built = { reportSheetName: 'NPS · Week 7', charts: 3, created: true, periods: 2, segments: 0, message: 'Report ready' };
  const caller: EndpointCaller = (name) => (name === 'buildReport' ? built : { refreshed: ['NPS · Week 7'], message: 'ok' });
  const build = runBridgedCall({ name: 'buildReport', args: [{}] }, caller);
  expect(build).toEqual({ ok: true, value: built, changed: true, show: 'NPS · Week 7' });
  expect(runBridgedCall({ name: 'refreshReports', args: [] }, caller)).not.toHaveProperty('show');
  const failing: EndpointCaller = () => {
    throw new Error('No score column: pick one in the sidebar.');
  };
  expect(runBridgedCall({ name: 'buildReport', args: [{}] }, failing)).toEqual({ ok: false, error: 'No score column: pick one in the sidebar.', changed: true });
  // An add-on answer without a sheet name is passed on, with nothing to show.
  expect(runBridgedCall({ name: 'buildReport', args: [{}] }, () => null)).toEqual({ ok: true, value: null, changed: true });
});
