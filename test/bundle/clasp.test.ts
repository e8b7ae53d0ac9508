/**
 * What `npm run deploy` would push: clasp's offline status (no login needed)
 * lists exactly the built files, so no source, test or Node tool reaches
 * Apps Script and nothing the add-on needs is left behind.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

test('clasp pushes dist/Code.js, dist/Sidebar.html and dist/appsscript.json, and nothing else', () => {
  const out = execFileSync(process.execPath, [join(root, 'node_modules/@google/clasp/build/src/index.js'), 'status', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[] };
  expect(status.filesToPush.slice().sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
});
