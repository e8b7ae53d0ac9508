// Runs clasp's own `push` command (node_modules/@google/clasp) with the given
// arguments against a stand-in project whose changed files include the
// manifest, so no login or network is needed: it shows whether clasp would
// push or answer its own "Manifest file has been updated…" prompt with No
// (it does when stdout is not a terminal, as under `npm run deploy` in CI).
// Prints clasp's output, then `PUSH CALLS=n`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pushJs = join(process.cwd(), 'node_modules/@google/clasp/build/src/commands/push.js');
const { command } = await import(pathToFileURL(pushJs).href);
let pushCalls = 0;
const files = [{ localPath: 'dist/appsscript.json' }, { localPath: 'dist/Code.js' }, { localPath: 'dist/Sidebar.html' }];
command.setOptionValue('clasp', {
  files: {
    getChangedFiles: async () => files,
    push: async () => {
      pushCalls++;
      return { files, skipped: [] };
    },
  },
});
await command.parseAsync(process.argv.slice(2), { from: 'user' });
console.log(`PUSH CALLS=${pushCalls}`);
