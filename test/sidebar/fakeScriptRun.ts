/**
 * A fake `google.script.run` implementing the server contract in the page,
 * for browser tests (and, by the same idea, the playground bridge).
 *
 * `installFakeScriptRun` is self-contained on purpose: Playwright's
 * `page.addInitScript(installFakeScriptRun, data)` serialises it into the
 * page, where it runs before the sidebar's own script. It also works in Node
 * (it installs on `globalThis`), which the client's unit test uses.
 *
 * Like the real thing it is asynchronous (a timer, never a synchronous
 * callback), passes only plain data (arguments and results go through JSON;
 * a Date or a function argument throws as Apps Script refuses it), and calls
 * the failure handler with an Error when an endpoint fails.
 *
 * In the page, `window.__fakeServer` lets a test look and steer:
 * - `calls`: every call as `{ name, args }`, in order;
 * - `fail[name] = message`: the next call of that endpoint rejects with it;
 * - `delayMs`: how long each call takes (default 30 ms).
 */
import type { PreviewResult, RefreshResult, ReportOptions, ReportResult, SheetProfile } from '../../src/shared/contract';

/** The canned answers of the fake server. */
export interface FakeServerData {
  profile: SheetProfile;
  preview: PreviewResult;
  /** Other previews by period (getPreview answers `preview` for the others). */
  previews?: { [period: string]: PreviewResult };
  report: ReportResult;
  refresh: RefreshResult;
}

/** What a test can read and steer through `window.__fakeServer`. */
export interface FakeServer {
  calls: { name: string; args: unknown[] }[];
  fail: { [endpoint: string]: string };
  delayMs: number;
}

/**
 * Installs `google.script.run` (and `__fakeServer`) on the global object.
 *
 * @param data the canned profile, preview and results
 */
export function installFakeScriptRun(data: FakeServerData): void {
  type Handler = ((value: unknown) => void) | null;
  type Endpoint = (...args: any[]) => unknown;
  const scope = globalThis as any;
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  const assertPlain = (value: unknown, where: string): void => {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
    if (typeof value === 'function' || Object.prototype.toString.call(value) === '[object Date]') {
      throw new TypeError(`google.script.run: ${where} is not plain data (functions and Dates cannot be sent)`);
    }
    for (const key of Object.keys(value as object)) assertPlain((value as any)[key], `${where}.${key}`);
  };
  const fake = { calls: [] as { name: string; args: unknown[] }[], fail: {} as { [name: string]: string }, delayMs: 30 };
  const profile: SheetProfile = clone(data.profile);
  /** The user's role overrides, column index → role, as the server keeps them. */
  const overrides: { [column: string]: string } = {};
  for (const column of profile.columns) if (column.overridden) overrides[String(column.index)] = column.role;
  /** As the server: every 0–10 recommend question (the detected score first); those but the score in force are alternatives. */
  const scoreQuestions = [
    ...profile.columns.filter((c) => c.detectedRole === 'score').map((c) => ({ column: c.index, letter: c.letter, header: c.header })),
    ...(profile.alternativeScores || []),
  ];

  const remap = (): void => {
    const indexOf = (role: string): number | null => {
      const column = profile.columns.find((c) => c.role === role);
      return column ? column.index : null;
    };
    profile.mapping = {
      score: indexOf('score'),
      date: indexOf('date'),
      segments: profile.columns.filter((c) => c.role === 'segment').map((c) => c.index),
      comments: profile.columns.filter((c) => c.role === 'comment').map((c) => c.index),
    };
    // As the server: the column picked as respondent, else the first e-mail column (absent when none).
    const respondent = indexOf('respondent') ?? indexOf('email');
    if (respondent !== null) profile.mapping.respondent = respondent;
    profile.problem = profile.mapping.score === null ? 'No column holds 0–10 scores. Pick the score column below.' : null;
    if (profile.alternativeScores) profile.alternativeScores = scoreQuestions.filter((q) => q.column !== profile.mapping.score);
  };

  const endpoints: { [name: string]: Endpoint } = {
    getSheetProfile: () => profile,
    saveRoleOverrides: (sheetId: number, changes: { [column: string]: string | null }) => {
      if (sheetId !== profile.sheetId) throw new Error(`The sheet changed (id ${sheetId}); press “Re-read sheet”.`);
      for (const key of Object.keys(changes)) {
        if (!profile.columns.some((c) => c.index === Number(key))) throw new Error(`There is no column ${key}.`);
        const role = changes[key];
        if (role === null) delete overrides[key];
        else overrides[key] = role;
        // As the server: one score, one date and one respondent column; the one given the role takes it from another's override.
        if (role === 'score' || role === 'date' || role === 'respondent') {
          for (const other of Object.keys(overrides)) if (other !== key && overrides[other] === role) delete overrides[other];
        }
      }
      // As the server: a detected score (date) column without an override steps back to number (other).
      const stepBack: { [role: string]: string } = { score: 'number', date: 'other' };
      const taken = Object.keys(overrides).map((k) => overrides[k]);
      for (const column of profile.columns) {
        const own = overrides[String(column.index)];
        const demoted = taken.indexOf(column.detectedRole) >= 0 && stepBack[column.detectedRole];
        column.role = (own || (demoted ? stepBack[column.detectedRole] : column.detectedRole)) as SheetProfile['columns'][number]['role'];
        column.overridden = own !== undefined;
      }
      remap();
      return profile;
    },
    getPreview: (options: { period: PreviewResult['period'] }) =>
      (data.previews && data.previews[options.period]) || { ...data.preview, period: options.period },
    buildReport: (options: ReportOptions) => {
      const created = profile.reportSheetName === null;
      profile.reportSheetName = data.report.reportSheetName;
      profile.reportOptions = options;
      return created ? data.report : { ...data.report, created: false, message: data.report.message.replace('Report ready', 'Report refreshed') };
    },
    refreshReports: () => data.refresh,
  };

  const runner = (success: Handler, failure: Handler): any => {
    const run: any = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure),
      withFailureHandler: (handler: Handler) => runner(success, handler),
      withUserObject: () => run,
    };
    for (const name of Object.keys(endpoints)) {
      run[name] = (...args: unknown[]): void => {
        args.forEach((arg, i) => assertPlain(arg, `argument ${i + 1} of ${name}`));
        fake.calls.push({ name, args: clone(args) });
        setTimeout(() => {
          const message = fake.fail[name];
          if (message !== undefined) {
            delete fake.fail[name];
            if (failure) failure(new Error(message));
            return;
          }
          let result: unknown;
          try {
            result = clone(endpoints[name](...clone(args)));
          } catch (error) {
            if (failure) failure(error);
            return;
          }
          if (success) success(result);
        }, fake.delayMs);
      };
    }
    return run;
  };

  scope.google = { script: { run: runner(null, null), host: { close: () => undefined, setHeight: () => undefined } } };
  scope.__fakeServer = fake;
}
