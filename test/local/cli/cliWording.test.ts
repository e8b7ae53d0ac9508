/**
 * Everything the CLI prints speaks of its options, never of the sidebar:
 * run over inputs that trigger each of the add-on's warnings and refusals,
 * no output (stdout, stderr, the HTML page) holds sidebar advice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { forTheCommandLine } from '../../../src/local/cli/cliWording';
import { noScoreMessage, noTableMessage } from '../../../src/sheets/sourceSheet';
import { runCli } from './run';

/** Words of the sidebar's advice ("pick" is never in these inputs' own text). */
const SIDEBAR = /sidebar|Mark the column|\bpick|Set the role|set its role|role picker|list of columns/i;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-wording-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a CSV of `count` rows made by `row(i)` under `header`; returns its path. */
function csv(name: string, header: string, count: number, row: (i: number) => string): string {
  const file = join(dir, name);
  writeFileSync(file, `${[header, ...Array.from({ length: count }, (_, i) => row(i))].join('\n')}\n`);
  return file;
}

const day = (i: number) => `2025-04-${String((i % 28) + 1).padStart(2, '0')}`;

describe('no sidebar advice in any output', () => {
  const cases: [string, () => string[], number, RegExp][] = [
    ['no date column', () => [csv('nodate.csv', 'Score (0-10),Region', 30, (i) => `${i % 11},${i % 2 ? 'East' : 'West'}`)], 0, /^Note: No date column was found, so there is no trend: name the column with the response dates with --date-column N\.$/m],
    ['undated rows', () => [csv('undated.csv', 'Date,Recommend score', 40, (i) => `${i % 10 === 0 ? 'someday' : day(i)},${i % 11}`), '--date-column', 'A'], 0, /^Note: 4 responses have dates that cannot be read/m],
    ['no segment column', () => [csv('plain.csv', 'Date,How likely are you to recommend us?', 30, (i) => `${day(i)},${i % 11}`)], 0, /\(--segment-column N adds NPS by segment\)$/m],
    ['no score column (a 1–5 scale)', () => [csv('fives.csv', 'Date,Satisfaction (1-5)', 30, (i) => `${day(i)},${(i % 5) + 1}`)], 3, /no score column found .*; choose one with --score-column N$/m],
    ['labels only', () => [csv('labels.csv', 'Date,NPS group', 30, (i) => `${day(i)},${['Promoter', 'Passive', 'Detractor'][i % 3]}`)], 3, /holds Promoter\/Passive\/Detractor labels/],
    ['a long-format sheet', () => [csv('long.csv', 'Id,Question,Answer', 60, (i) => `${i >> 1},${i % 2 ? 'Recommend to a friend?' : 'Comment'},${i % 2 ? i % 11 : 'fine'}`)], 3, /analyze those rows alone\.$/m],
    ['headers and no responses', () => [csv('headers.csv', 'Timestamp,How likely are you to recommend us?', 0, () => '')], 3, /When answers arrive \(one row per response\), run nps-sheets analyze again\.$/m],
    ['a score column without 0–10 answers', () => [csv('text.csv', 'Date,How likely are you to recommend us?,City', 30, (i) => `${day(i)},${i % 11},Lyon`), '--score-column', 'C'], 3, /Choose the column with the 0–10 answers with --score-column N\.$/m],
  ];

  test.each(cases)('%s: readable output and the page', (_, args, status, expected) => {
    const [file, ...options] = args();
    const out = join(dir, `${file.split('/').pop()}.html`);
    const run = runCli('analyze', file, ...options, '--out', out);
    expect(run.status).toBe(status);
    const printed = run.stdout + run.stderr;
    expect(printed).toMatch(expected);
    expect(printed).not.toMatch(SIDEBAR);
    if (status === 0) expect(readFileSync(out, 'utf8')).not.toMatch(SIDEBAR);
  });

  test('an empty sheet of a workbook', async () => {
    const file = join(dir, 'book.xlsx');
    const workbook = new Workbook();
    workbook.addWorksheet('Blank');
    const answers = workbook.addWorksheet('Answers');
    answers.addRow(['Date', 'How likely are you to recommend us?']);
    for (let i = 0; i < 20; i++) answers.addRow([day(i), i % 11]);
    await workbook.xlsx.writeFile(file);
    const run = runCli('analyze', file, '--sheet', 'Blank');
    expect(run.status).toBe(3);
    expect(run.stderr).not.toMatch(SIDEBAR);
    expect(run.stderr).toContain('"Blank" is empty. Give a file (or --sheet NAME) with your survey answers');
  });
});

describe('forTheCommandLine', () => {
  test("the add-on's own messages, as it builds them, come out in command-line words", () => {
    const columns = [
      { letter: 'A', header: 'Date', role: 'date' },
      { letter: 'B', header: 'Group', role: 'nps_group' },
    ];
    for (const message of [
      noScoreMessage('Feedback', columns),
      noScoreMessage('Feedback', columns, { column: 0, answers: 1, question: 'Recommend?' } as never),
      noTableMessage('New form', [['Timestamp', 'Score']]),
      noTableMessage('Blank', []),
    ]) {
      expect(forTheCommandLine(message)).not.toBe(message);
      expect(forTheCommandLine(message)).not.toMatch(SIDEBAR);
      expect(forTheCommandLine(message)).toMatch(/--score-column N|nps-sheets analyze|alone|--sheet NAME/);
    }
  });

  test('advice it has no wording for gives way to the options; the facts stay', () => {
    expect(forTheCommandLine('The sheet to save the roles for is unknown. Reopen the sidebar and try again.')).toBe(
      'The sheet to save the roles for is unknown. Name the columns with --score-column, --date-column and --segment-column (see --help).',
    );
  });

  test('a header that happens to hold the words is data, and is kept', () => {
    const message = 'No report was built: “Pick a plan (sidebar)” holds no 0–10 answers (12 other values). Set the role “NPS score (0–10)” on the column with the 0–10 answers, then build again.';
    expect(forTheCommandLine(message)).toBe(
      'No report was built: “Pick a plan (sidebar)” holds no 0–10 answers (12 other values). Choose the column with the 0–10 answers with --score-column N.',
    );
  });
});
