import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, sampleBook } from './sampleBook';

test('Help says where the formulas work and suggests snapshot reports for shared sheets', () => {
  const { addon } = sampleBook(3);
  addon.call('showHelp');
  const text = addon.ui.alerts[0].prompt as string;
  expect(text).toContain('The formulas work only in spreadsheets where the add-on is turned on (Extensions › NPS › Use in this document, when offered).');
  expect(text).toContain('Collaborators who do not have the add-on may see errors in those cells: for a report others will open, build it in Snapshot (values) mode.');
});

test('Help names every custom function the add-on ships (each `@customfunction` of dist/Code.js)', () => {
  const { addon } = sampleBook(3);
  addon.call('showHelp');
  const text = addon.ui.alerts[0].prompt as string;
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  // Each custom function is a top-level declaration after a JSDoc with @customfunction.
  const names = [...code.matchAll(/@customfunction[\s\S]*?\*\/\s*function ([A-Z_]+)\(/g)].map((m) => m[1]);
  expect(names.length).toBeGreaterThanOrEqual(15);
  for (const name of names) expect([name, text.includes(`=${name}(`)]).toEqual([name, true]);
});
