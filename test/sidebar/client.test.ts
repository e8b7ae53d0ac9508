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

test('control characters and direction marks from the sheet come as visible escapes, in results and in errors', async () => {
  const sheet = JSON.parse(JSON.stringify(PAYLOAD_SHEET));
  sheet.profile.sheetName = 'Answers\u202Efdp.exe';
  sheet.profile.columns[4].header = 'Region\u202E (E)\u001b[2J\u0085';
  sheet.profile.columns[4].samples = ['\u2066Nord\u2069', 'Süd 🇩🇪', 'Plan\tB'];
  installFakeScriptRun(sheet);
  fake().delayMs = 0;
  const profile = await call('getSheetProfile');
  expect(profile.sheetName).toBe('Answers\\u202Efdp.exe');
  expect(profile.columns[4].header).toBe('Region\\u202E (E)\\x1B[2J\\x85');
  // Other text, numbers and the shape of the result are untouched.
  expect(profile.columns[4].samples).toEqual(['\\u2066Nord\\u2069', 'Süd 🇩🇪', 'Plan\tB']);
  expect(profile.columns[4].index).toBe(PAYLOAD_SHEET.profile.columns[4].index);
  expect(profile.mapping).toEqual(PAYLOAD_SHEET.profile.mapping);
  fake().fail.getPreview = 'The column "Plan\u202Eabc" is gone.';
  await expect(call('getPreview', { period: 'month', segmentColumn: null, rollingDays: null, confidence: 0.95 })).rejects.toThrow('The column "Plan\\u202Eabc" is gone.');
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
