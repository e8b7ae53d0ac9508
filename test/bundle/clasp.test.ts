/**
 * What `npm run deploy` would push: clasp's offline status (no login needed)
 * lists exactly the built files, so no source, test or Node tool reaches
 * Apps Script and nothing the add-on needs is left behind. Then, offline too:
 * the deploy script pushes the manifest without a prompt, and `npm run
 * create-sheet` never loses the user's `.clasp.json`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

test('clasp pushes dist/Code.js, dist/Sidebar.html and dist/appsscript.json, and nothing else', () => {
  const out = execFileSync(process.execPath, [join(root, 'node_modules/@google/clasp/build/src/index.js'), 'status', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[] };
  expect(status.filesToPush.slice().sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
});

describe('npm run deploy pushes dist/appsscript.json without asking', () => {
  /** clasp's own push command, run (piped: not a terminal) with these arguments over a changed manifest. */
  function claspPush(args: string[]) {
    const run = spawnSync(process.execPath, [join(root, 'test/helpers/claspPushOffline.mjs'), ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    expect(run.stderr).toBe('');
    return run.stdout;
  }

  test('the deploy script builds, then runs clasp push with --force', () => {
    const steps = scripts.deploy.split('&&').map((s) => s.trim());
    expect(steps[0]).toBe('node scripts/build.mjs');
    expect(steps[1].split(/\s+/).slice(0, 2)).toEqual(['clasp', 'push']);
    expect(steps[1].split(/\s+/)).toContain('--force');
  });

  test("with the deploy script's arguments, clasp pushes every file (no prompt, no \"Skipping push.\")", () => {
    const args = scripts.deploy.split('&&')[1].trim().split(/\s+/).slice(2);
    const out = claspPush(args);
    expect(out).not.toContain('Skipping push.');
    expect(out).toContain('Pushed 3 files');
    expect(out).toContain('PUSH CALLS=1');
  });

  test('without --force, a non-interactive clasp push skips and pushes nothing (why the flag is there)', () => {
    const out = claspPush([]);
    expect(out).toContain('Skipping push.');
    expect(out).toContain('PUSH CALLS=0');
  });
});

describe('npm run create-sheet', () => {
  /** Runs the script in a fresh folder holding `.clasp.json` with this text; HOME is that folder, so clasp finds no login. */
  function createSheetWith(claspJson: string) {
    const dir = mkdtempSync(join(tmpdir(), 'nps-create-'));
    writeFileSync(join(dir, '.clasp.json'), claspJson);
    const run = spawnSync(process.execPath, [join(root, 'scripts/createSheet.mjs')], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir },
      timeout: 60_000,
    });
    return { ...run, claspJson: readFileSync(join(dir, '.clasp.json'), 'utf8') };
  }

  test('is a package script', () => {
    expect(scripts['create-sheet']).toBe('node scripts/createSheet.mjs');
  });

  test('with the shipped placeholder, it gets past "Project file already exists" and reaches clasp create; when that fails, .clasp.json is put back', () => {
    const shipped = readFileSync(join(root, '.clasp.json'), 'utf8');
    const run = createSheetWith(shipped);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('Project file already exists');
    expect(run.stderr).toContain('No credentials found.'); // clasp create itself, before any network call
    expect(run.stderr).toContain('create-sheet: clasp could not create the spreadsheet (see above; "npx clasp login" first). .clasp.json is unchanged.');
    expect(run.claspJson).toBe(shipped);
  });

  test('a .clasp.json that names a real script is the user\'s: it refuses and leaves it alone', () => {
    const mine = '{ "scriptId": "1AbCdEf_mine", "rootDir": "dist" }\n';
    const run = createSheetWith(mine);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'create-sheet: .clasp.json already names script 1AbCdEf_mine; nothing was created. Run "npm run deploy" to push to it, or move .clasp.json aside to create a new spreadsheet.',
    );
    expect(run.claspJson).toBe(mine);
  });
});
