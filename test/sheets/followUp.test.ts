/**
 * The follow-up sheet (SPEC §10): only when asked for; the people whose
 * latest answer is a detractor (to contact) and a promoter (to thank),
 * newest first, each counted once whatever the case of their e-mail; found
 * again by its record and its developer metadata; never over a sheet of
 * the user's; comments that look like formulas stay text; a failure at any
 * call leaves every sheet and the saved settings as they were.
 */
import { snapshotSheet, type LocalSpreadsheet } from '../../src/local/sheets';
import type { ReportResult } from '../../src/shared/contract';
import { options } from './sampleBook';
import { commentOf, personOf, scoreOf, START, voicesBook, type SpecialComments } from './voicesBook';

const DAY = 86400000;
const NAME = 'NPS follow-up · Responses';
const followUp = (over: Record<string, unknown> = {}) => options({ followUp: true, ...over });

/** The lists as this test expects them: each person's latest row (one answer a day: the highest row), newest first. */
function expectedLists(rows: number, special: SpecialComments = {}) {
  const latest = new Map<string, number>();
  for (let i = 0; i < rows; i++) latest.set(personOf(i).toLowerCase(), i);
  const newestFirst = [...latest.values()].sort((a, b) => b - a);
  const line = (i: number) => [personOf(i % 30), new Date(START + i * DAY).getTime(), scoreOf(i), ['Free', 'Pro', 'Team'][i % 3], commentOf(i, special)];
  return {
    contact: newestFirst.filter((i) => scoreOf(i) <= 6).map(line),
    thank: newestFirst.filter((i) => scoreOf(i) >= 9).map(line),
  };
}

/** The two lists as the follow-up sheet shows them (dates as instants). */
function listsOf(book: LocalSpreadsheet, name = NAME) {
  const sheet = book.sheetByName(name)!;
  const values = snapshotSheet(sheet).values;
  const list = (title: RegExp) => {
    const at = values.findIndex((row) => title.test(String(row[0])));
    expect(values[at + 1]).toEqual(['Person', 'Date', 'Score', 'Segment', 'Comment']);
    const rows: unknown[][] = [];
    for (let r = at + 2; r < values.length && values[r][0] !== ''; r++) rows.push(values[r].map((v) => (v instanceof Date ? v.getTime() : v)));
    return { title: String(values[at][0]), rows };
  };
  return { contact: list(/^To contact/), thank: list(/^To thank/) };
}

describe('the follow-up sheet', () => {
  test('is not written unless asked for (it copies personal data)', () => {
    const { book, addon } = voicesBook(130);
    addon.run('buildReport', options());
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses', 'NPS · Responses']);
  });

  test('lists each person once by their latest answer: detractors to contact, promoters to thank, newest first', () => {
    const { book, addon } = voicesBook(130);
    const result = addon.run('buildReport', followUp()) as ReportResult;
    expect(result.message).toContain(`the follow-up lists are in '${NAME}'`);
    // Written first (so that a report that fails takes it back), then the report, which ends up active.
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses', NAME, 'NPS · Responses']);
    expect(book.activeSheet.name).toBe('NPS · Responses');
    const expected = expectedLists(130);
    const lists = listsOf(book);
    // 30 people: each latest row is one of rows 100–129.
    expect(expected.contact.length + expected.thank.length).toBeLessThan(30);
    expect(lists.contact.rows).toEqual(expected.contact);
    expect(lists.thank.rows).toEqual(expected.thank);
    expect(lists.contact.title).toBe(`To contact: their latest answer is a detractor (${expected.contact.length})`);
    // Found again by developer metadata holding the source's id.
    expect(book.metadata.filter((m) => m.key === 'nps-follow-up').map((m) => [m.value, m.sheet?.name])).toEqual([['0', NAME]]);
  });

  test('comments that look like formulas or HTML are written as text', () => {
    const special = { 129: '=HYPERLINK("http://evil.example","click")', 128: '+1 easy to use', 127: '@team easy to use', 126: '-5 points, <b>slow</b> support' };
    const { book, addon } = voicesBook(130, special);
    addon.run('buildReport', followUp());
    const sheet = book.sheetByName(NAME)!;
    expect(snapshotSheet(sheet).formulas.flat().filter((f) => f !== '')).toEqual([]);
    const expected = expectedLists(130, special);
    const lists = listsOf(book);
    expect(lists.contact.rows).toEqual(expected.contact);
    expect(lists.thank.rows).toEqual(expected.thank);
    expect([...lists.contact.rows, ...lists.thank.rows].map((r) => r[4])).toEqual(expect.arrayContaining(Object.values(special)));
  });

  test('a sheet of the user\'s with its name is kept; a refresh rewrites the same follow-up sheet', () => {
    const { book, addon } = voicesBook(130);
    const mine = book.addSheet(NAME, [['my call notes'], ['=SUM(1,2)']]);
    const before = snapshotSheet(mine);
    addon.run('buildReport', followUp());
    expect(book.sheetByName(`${NAME} (2)`)).not.toBeNull();
    const id = book.sheetByName(`${NAME} (2)`)!.id;
    book.activeSheet = book.sheetByName('Responses')!;
    addon.run('buildReport', followUp({ period: 'week' }));
    expect(book.sheets.map((s) => s.name)).toEqual(['Responses', `${NAME} (2)`, 'NPS · Responses', NAME]);
    expect(book.sheetByName(`${NAME} (2)`)!.id).toBe(id);
    expect(snapshotSheet(mine)).toEqual(before);
  });

  test('shorter lists on a refresh leave no row of the longer ones behind', () => {
    const { book, addon } = voicesBook(130);
    addon.run('buildReport', followUp());
    const source = book.sheetByName('Responses')!;
    // Everyone answers 10 once more: nobody is left to contact.
    source.loadValues(Array.from({ length: 30 }, (_, k) => [new Date(START + (130 + k) * DAY), 10, 'Easy to use now', 'Pro', `person${k}@example.com`]), 132, 1);
    book.activeSheet = source;
    addon.run('buildReport', followUp());
    const lists = listsOf(book);
    expect(lists.contact.rows).toEqual([]);
    expect(lists.thank.rows.length).toBe(30);
    expect(snapshotSheet(book.sheetByName(NAME)!).values.length).toBe(2 + 2 + 1 + 2 + 30 + 1 - 1);
  });
});

describe('a failure at any call of a build with follow-up lists', () => {
  /** Every sheet's cells, formats and charts, and the saved settings. Through the API a cell set to Sheets' automatic pattern reads like one never set. */
  function everySheet(book: LocalSpreadsheet) {
    const sheets = book.sheets.map((s) => {
      const grid = snapshotSheet(s);
      return { ...grid, numberFormats: grid.numberFormats.filter(([, format]) => format !== '0.###############') };
    });
    return { names: book.sheets.map((s) => s.name), sheets, properties: book.documentProperties.all() };
  }

  test.each([
    ['a first build', false],
    ['a refresh', true],
  ])('%s: every sheet and the settings stay as they were', (_, refresh) => {
    const setup = () => {
      const s = voicesBook(60);
      if (refresh) {
        s.addon.run('buildReport', followUp());
        s.book.activeSheet = s.book.sheetByName('Responses')!;
        // New answers, so that the refresh changes both sheets.
        s.book.sheetByName('Responses')!.loadValues([[new Date(START + 200 * DAY), 0, 'slow support', 'Pro', 'new@example.com']], 62, 1);
      }
      return s;
    };
    const build = (addon: ReturnType<typeof voicesBook>['addon']) => addon.run('buildReport', followUp({ period: 'quarter' }));
    const counted = setup();
    counted.addon.serviceCalls.reset();
    build(counted.addon);
    const calls = counted.addon.serviceCalls.count;
    expect(calls).toBeGreaterThan(20);
    const { book, addon } = setup();
    const before = everySheet(book);
    const beforeText = JSON.stringify(before);
    // The first calls only read (the spreadsheet, the source, its zone and locale): failing from the 8th on covers every write and its undo.
    for (let k = 8; k <= calls; k++) {
      book.failOnCall(k);
      expect(() => build(addon)).toThrow(/failed|could not/i);
      expect(book.faults.pending()).toBe(false);
      const now = everySheet(book);
      // Compared as text (fast); on a difference, deeply (to show it).
      if (JSON.stringify(now) !== beforeText) expect([k, now]).toEqual([k, before]);
    }
    build(addon);
    expect(book.sheetByName(NAME)).not.toBeNull();
  });
});

describe("formulas the user typed into the follow-up sheet's columns", () => {
  const KEY = 20000; // LocalSheet's cell key: row × 20000 + column

  test('a refresh that fails at any call puts them back as formulas (one under the text format too), not as their values', () => {
    const setup = () => {
      const s = voicesBook(45);
      s.addon.run('buildReport', followUp());
      const sheet = s.book.sheetByName(NAME)!;
      const last = sheet.lastRowNow();
      // Under the lists (a general cell) and in the Comment column of a text-formatted title row.
      sheet.write(last + 3, 2, { formula: '=NPS(Responses!B2:B)', value: '' });
      sheet.write(1, 5, { formula: '=NPS_MOE(Responses!B2:B)', value: '' });
      sheet.numberFormats.set(1 * KEY + 5, '@');
      s.book.activeSheet = s.book.sheetByName('Responses')!;
      s.book.sheetByName('Responses')!.loadValues([[new Date(START + 300 * DAY), 0, 'slow support', 'Pro', 'late@example.com']], 47, 1);
      return { ...s, sheet, under: last + 3 };
    };
    const build = (addon: ReturnType<typeof voicesBook>['addon']) => addon.run('buildReport', followUp({ period: 'week' }));
    const counted = setup();
    counted.addon.serviceCalls.reset();
    build(counted.addon);
    const calls = counted.addon.serviceCalls.count;
    const { book, addon, sheet, under } = setup();
    const formulas = () => [sheet.formulaAt(under, 2), sheet.formulaAt(1, 5), sheet.numberFormats.get(1 * KEY + 5)];
    const expected = ['=NPS(Responses!B2:B)', '=NPS_MOE(Responses!B2:B)', '@'];
    expect(formulas()).toEqual(expected);
    for (let k = 1; k <= calls; k++) {
      book.failOnCall(k);
      expect(() => build(addon)).toThrow(/failed|could not/i);
      expect([k, formulas()]).toEqual([k, expected]);
    }
  });
});

test('comments and segment values are copied whole, however long (a cell holds up to 50,000 characters)', () => {
  const long = `The export keeps failing when ${'the file has many columns, '.repeat(8)}and support never called back.`;
  const huge = `${'Easy to use, '.repeat(3845)}really.`;
  // Rows 129 (a detractor's latest answer) and 128 (a promoter's).
  const { book, addon } = voicesBook(130, { 129: `  ${long}  `, 128: huge });
  book.sheetByName('Responses')!.loadValues([[`  ${long}  `]], 131, 4); // data row 129 is sheet row 131
  expect(huge.length).toBe(49_992);
  addon.run('buildReport', followUp());
  const lists = listsOf(book);
  const row129 = lists.contact.rows.find((r) => r[1] === START + 129 * DAY)!;
  const row128 = lists.thank.rows.find((r) => r[1] === START + 128 * DAY)!;
  // Trimmed like every person, segment and comment, never cut.
  expect([row129[3], row129[4]]).toEqual([long, long]);
  expect(row128[4]).toBe(huge);
});

describe("notes the user wrote under the follow-up lists (in the lists' columns)", () => {
  /** A book whose follow-up sheet has a note two rows under its lists, in column B, and a formula in E. */
  function withNotes() {
    const s = voicesBook(130);
    s.addon.run('buildReport', followUp());
    const sheet = s.book.sheetByName(NAME)!;
    const under = sheet.lastRowNow() + 2;
    sheet.loadValues([['Called the first five on Monday']], under, 2);
    sheet.write(under + 1, 5, { formula: '=NPS(Responses!B2:B)', value: '' });
    s.book.activeSheet = s.book.sheetByName('Responses')!;
    return { ...s, sheet, under };
  }

  test('survive a refresh whose lists are as long or shorter', () => {
    const { book, addon, sheet, under } = withNotes();
    addon.run('buildReport', followUp({ period: 'week' }));
    expect([sheet.raw(under, 2), sheet.formulaAt(under + 1, 5)]).toEqual(['Called the first five on Monday', '=NPS(Responses!B2:B)']);
    // Everyone answers 8 once more: a passive, on neither list; the lists are empty.
    const source = book.sheetByName('Responses')!;
    source.loadValues(Array.from({ length: 30 }, (_, k) => [new Date(START + (130 + k) * DAY), 8, 'Fine', 'Pro', `person${k}@example.com`]), 132, 1);
    book.activeSheet = source;
    addon.run('buildReport', followUp());
    expect(listsOf(book)).toMatchObject({ contact: { rows: [] }, thank: { rows: [] } });
    expect([sheet.raw(under, 2), sheet.formulaAt(under + 1, 5)]).toEqual(['Called the first five on Monday', '=NPS(Responses!B2:B)']);
  });

  test('when longer lists need their cells, nothing is written and the message names the cells', () => {
    const { book, addon, under } = withNotes();
    // 30 new people, all detractors: the lists grow past the notes.
    const source = book.sheetByName('Responses')!;
    source.loadValues(Array.from({ length: 30 }, (_, k) => [new Date(START + (130 + k) * DAY), 2, 'slow support', 'Pro', `new${k}@example.com`]), 132, 1);
    book.activeSheet = source;
    const before = book.sheets.map((s) => snapshotSheet(s));
    const settings = book.documentProperties.all();
    expect(() => addon.run('buildReport', followUp())).toThrow(`The follow-up sheet could not be written: The longer lists need cells that hold your notes: B${under}, E${under + 1}. Move them, then build again. Nothing was changed.`);
    expect(book.sheets.map((s) => snapshotSheet(s))).toEqual(before);
    expect(book.documentProperties.all()).toEqual(settings);
  });
});
