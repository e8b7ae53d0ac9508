/**
 * Sheets' names stop at 100 characters, counted in UTF-16 units as
 * JavaScript counts them. The report (`NPS · <source>`) and the follow-up
 * sheet (`NPS follow-up · <source>`) of a source with a long name are cut
 * there, never between the two halves of an emoji: half of one is a lone
 * surrogate, shown as "�". Expected names are written out by hand.
 */
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';
import { voicesValues } from './voicesBook';
import { DIST, options } from './sampleBook';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test('names cut at 100 characters keep every emoji whole or leave it out', () => {
  // "NPS · " is 6 units: 93 x then an emoji (2 units) would put its first half at unit 100.
  const first = `${'x'.repeat(93)}😀😀`;
  // "NPS follow-up · " is 16 units: 83 y, then the emoji straddles the cut.
  const second = `${'y'.repeat(83)}🏳️‍🌈😀`;
  const book = createSpreadsheet({ sheets: [{ name: first, values: voicesValues(60) }, { name: second, values: voicesValues(60) }] });
  const addon = loadAddon({ spreadsheet: book, distDir: DIST });
  for (const source of [first, second]) {
    book.activeSheet = book.sheetByName(source)!;
    addon.run('buildReport', options({ followUp: true }));
  }
  const names = book.sheets.map((s) => s.name);
  expect(names.filter((n) => LONE_SURROGATE.test(n))).toEqual([]);
  expect(names).toEqual(
    expect.arrayContaining([
      `NPS · ${'x'.repeat(93)}`, // 99 units: the emoji left out
      `NPS follow-up · ${'x'.repeat(84)}`, // 100 units: the cut falls between two x
      `NPS · ${second}`, // 6 + 83 + 6 + 2 = 97 units: whole
      `NPS follow-up · ${'y'.repeat(83)}`, // the flag's first half would have been unit 100
    ]),
  );
});
