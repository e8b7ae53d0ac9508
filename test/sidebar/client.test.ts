import { call, errorOf, NOT_CONNECTED } from '../../src/sidebar/client';
import { PAYLOAD_SHEET } from './cannedSheet';
import { installFakeScriptRun, type FakeServer } from './fakeScriptRun';

const scope = globalThis as any;
const fake = (): FakeServer => scope.__fakeServer;

afterEach(() => {
  delete scope.google;
  delete scope.__fakeServer;
});

test('resolves with the endpoint result', async () => {
  installFakeScriptRun(PAYLOAD_SHEET);
  fake().delayMs = 0;
  const profile = await call('getSheetProfile');
  expect(profile.sheetName).toBe('Form Responses 1');
  const saved = await call('saveRoleOverrides', 123, { 4: 'segment' });
  expect(saved.columns[4]).toMatchObject({ role: 'segment', overridden: true });
  expect(saved.mapping.segments).toEqual([2, 4]);
  expect(fake().calls.map((c) => c.name)).toEqual(['getSheetProfile', 'saveRoleOverrides']);
});

test('rejects with the server message', async () => {
  installFakeScriptRun(PAYLOAD_SHEET);
  fake().delayMs = 0;
  fake().fail.buildReport = 'The report sheet is protected.';
  await expect(call('buildReport', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95, mode: 'snapshot' })).rejects.toThrow(
    'The report sheet is protected.',
  );
});

test('rejects clearly when google.script.run is missing', async () => {
  await expect(call('getSheetProfile')).rejects.toThrow(NOT_CONNECTED);
  scope.google = { script: {} };
  await expect(call('getSheetProfile')).rejects.toThrow('google.script.run is missing');
});

test('rejects clearly when the endpoint does not exist on the server', async () => {
  scope.google = { script: { run: { withSuccessHandler() { return this; }, withFailureHandler() { return this; } } } };
  await expect(call('refreshReports')).rejects.toThrow('The add-on has no server function "refreshReports"');
});

test('rejects when google.script.run refuses the arguments', async () => {
  installFakeScriptRun(PAYLOAD_SHEET);
  const options = { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95, when: new Date() } as any;
  await expect(call('getPreview', options)).rejects.toThrow('not plain data');
});

test('errorOf always gives a readable message', () => {
  expect(errorOf(new Error('Sheet is locked')).message).toBe('Sheet is locked');
  expect(errorOf('Sheet is locked').message).toBe('Sheet is locked');
  expect(errorOf({ message: 'ScriptError: quota' }).message).toBe('ScriptError: quota');
  expect(errorOf(undefined).message).toBe('Something went wrong on the Google Sheets side. Please try again.');
  expect(errorOf(new Error('')).message).toBe('Something went wrong on the Google Sheets side. Please try again.');
});
