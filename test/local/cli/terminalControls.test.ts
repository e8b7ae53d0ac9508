/**
 * Text from the data (headers, segment values, sheet and file names) never
 * reaches the terminal as a control sequence: escape and CSI sequences, BEL,
 * window-title (OSC) sequences, other C0 and C1 controls, DEL and the marks
 * that reorder text are printed as visible escapes in the readable output,
 * the error lines and the HTML page, and escaped the JSON way in --json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonForTerminal, visibleControls } from '../../../src/local/cli/terminalText';
import { runCli } from './run';

/** Every character that must not reach a terminal raw (tab and newline are ours to print). */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Each kind of control (12 segments), in a segment value, with the visible text that must stand for it (no NUL: a CSV with one is binary). */
const SEGMENTS: [string, string][] = [
  ['Sales\u001b[2J\u001b[H', 'Sales\\x1B[2J\\x1B[H'], // CSI: clear the screen, cursor home
  ['Ops\u001b]0;owned\u0007', 'Ops\\x1B]0;owned\\x07'], // OSC window title ended by BEL
  ['Legal\u001b]2;t\u001b\\', 'Legal\\x1B]2;t\\x1B\\'], // OSC ended by ESC \
  ['Bell\u0007\u0008', 'Bell\\x07\\x08'], // BEL, backspace
  ['Car\rri\u000bage', 'Car ri age'], // a carriage return would overwrite the line: whitespace in a cell reads as one space
  ['C1\u009b31m\u0085', 'C1\\x9B31m\\x85'], // 8-bit CSI and NEL
  ['Del\u007f', 'Del\\x7F'],
  ['Unit\u001fsep\u0001', 'Unit\\x1Fsep\\x01'],
  ['Mirror\u202egnp.exe', 'Mirror\\u202Egnp.exe'], // right-to-left override
  ['Iso\u2066late\u2069d', 'Iso\\u2066late\\u2069d'],
  ['Lr\u200e\u200f\u202a\u202b', 'Lr\\u200E\\u200F\\u202A\\u202B'], // marks and embeddings
  ['Pop\u202c\u202d\u2067\u2068', 'Pop\\u202C\\u202D\\u2067\\u2068'],
];
const SCORE_HEADER = 'Recommend?\u001b[5m\u202e (0-10)';
const SEGMENT_HEADER = 'Region\u001b]0;pwned\u0007\u2067';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-ctl-'));
  // 12 segments × 30 rows; a long plain comment keeps the controls a small share of the file (a CSV, not binary).
  const rows = [`Date,"${SCORE_HEADER}","${SEGMENT_HEADER}",Comment`];
  for (let i = 0; i < 360; i++) {
    const [segment] = SEGMENTS[i % SEGMENTS.length];
    rows.push(`2025-0${(i % 4) + 1}-${String((i % 27) + 1).padStart(2, '0')},${Math.floor(i / 12) % 11},"${segment}",${'quite a long and ordinary comment '.repeat(10)}`);
  }
  file = join(dir, 'controls\u001b]0;file\u0007.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the readable output shows every control from the data as an escape, and keeps its own layout', () => {
  const run = runCli('analyze', file, '--segment-column', 'C');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).not.toMatch(RAW_CONTROL);
  for (const [, visible] of SEGMENTS) expect(run.stdout).toContain(`  ${visible}  `);
  expect(run.stdout).toContain('Recommend?\\x1B[5m\\u202E (0-10)');
  expect(run.stdout).toContain('NPS by Region\\x1B]0;pwned\\x07\\u2067\n');
  expect(run.stdout).toMatch(/^NPS report · controls\\x1B\]0;file\\x07\.csv · /);
  // 30 rows per segment, every one in the table: the layout of the grid holds.
  expect(run.stdout.match(/^ {2}\S.* {2}30 {8}/gm)).toHaveLength(SEGMENTS.length);
});

test('the HTML page shows the same escapes and holds no raw control', () => {
  const out = join(dir, 'page.html');
  const run = runCli('analyze', file, '--segment-column', '2', '--out', out);
  expect(run.status).toBe(0);
  expect(run.stdout).not.toMatch(RAW_CONTROL);
  const html = readFileSync(out, 'utf8');
  expect(html).not.toMatch(RAW_CONTROL);
  expect(html).toContain('Mirror\\u202Egnp.exe');
  expect(html).toContain('Ops\\x1B]0;owned\\x07');
});

test('--json keeps the values as data: valid JSON, no raw control, the exact strings back', () => {
  const run = runCli('analyze', file, '--segment-column', 'c', '--json');
  expect(run.status).toBe(0);
  expect(run.stdout).not.toMatch(RAW_CONTROL);
  const doc = JSON.parse(run.stdout);
  expect(doc.columns[1].header).toBe(SCORE_HEADER);
  expect(doc.segments[0].header).toBe(SEGMENT_HEADER);
  expect(doc.segments[0].rows.map((r: { value: string }) => r.value).sort()).toEqual(SEGMENTS.map(([raw]) => raw).sort());
  expect(doc.file).toBe('controls\u001b]0;file\u0007.csv');
});

test('error lines: a file name and a sheet name with controls are shown as escapes', () => {
  const missing = join(dir, 'gone\u001b[31m\u202e.csv');
  const run = runCli('analyze', missing);
  expect(run.status).toBe(3);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
  expect(run.stderr).toContain('gone\\x1B[31m\\u202E.csv');

  const usage = runCli('analyze', file, '--period', 'week\u0007\u001b]0;x\u0007');
  expect(usage.status).toBe(2);
  expect(usage.stderr).toBe('nps-sheets: --period must be one of day, week, week-sunday, month, quarter, year (got "week\\x07\\x1B]0;x\\x07")\n');
});

test('a header with the score column named twice: the refusal quotes the header safely, on one line', () => {
  const run = runCli('analyze', file, '--date-column', 'B');
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
  expect(run.stderr.split('\n')).toEqual([expect.stringContaining('is the score column, column B (“Recommend?\\x1B[5m\\u202E (0-10)”)'), '']);
});

describe('visibleControls and jsonForTerminal', () => {
  test('tabs and newlines stay; ordinary text, accents and emoji stay', () => {
    expect(visibleControls('a\tb\nc — é ✓ 😀 عربى')).toBe('a\tb\nc — é ✓ 😀 عربى');
  });

  test('JSON: the characters JSON.stringify leaves raw become \\u escapes, and parse back to the same text', () => {
    const value = { s: 'x\u0085\u009b\u007f\u202e\u2066\u200f\u001b' };
    const text = jsonForTerminal(value);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toBe('{\n  "s": "x\\u0085\\u009b\\u007f\\u202e\\u2066\\u200f\\u001b"\n}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
