/**
 * `--out` never replaces the file being analysed, whatever the spelling of
 * either path, never lands on a folder or on a file that is not a page, and
 * is written whole (through a temporary file renamed into place).
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutFile } from '../../../src/local/cli/outFile';
import { runCliIn } from './run';

let dir: string;
let survey: string;

/** 24 rows of tab-separated answers: scores 10, 7, 3 in turn → NPS (8 − 8) / 24 = 0. */
function surveyText(): string {
  const rows = ['Submitted\tHow likely are you to recommend us?\tPlan'];
  for (let i = 0; i < 24; i++) rows.push(`2025-05-${String((i % 20) + 1).padStart(2, '0')}\t${[10, 7, 3][i % 3]}\t${i % 2 ? 'Pro' : 'Free'}`);
  return `${rows.join('\r\n')}\r\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-out-'));
  survey = surveyText();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'answers.tsv'), survey);
  symlinkSync(join(dir, 'answers.tsv'), join(dir, 'alias.tsv'));
  linkSync(join(dir, 'answers.tsv'), join(dir, 'sub', 'hard.tsv'));
  symlinkSync(dir, join(dir, 'sub', 'up'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the page is never written over the survey', () => {
  test.each([
    ['the same relative name', 'answers.tsv', 'answers.tsv'],
    ['./ before one of them', 'answers.tsv', './answers.tsv'],
    ['a detour through a folder', './sub/../answers.tsv', 'answers.tsv'],
    ['an absolute and a relative path', 'answers.tsv', '<dir>/answers.tsv'],
    ['a symlink to the survey as --out', 'answers.tsv', 'alias.tsv'],
    ['the survey read through a symlink', 'alias.tsv', 'answers.tsv'],
    ['a hard link to the survey as --out', 'answers.tsv', 'sub/hard.tsv'],
    ['a symlinked folder on the way', 'sub/up/answers.tsv', 'answers.tsv'],
  ])('%s: exit 2, one sentence, the survey intact', (_, input, out) => {
    const outPath = out.replace('<dir>', dir);
    const run = runCliIn(dir, 'analyze', input, '--out', outPath);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`nps-sheets: --out ${outPath} is the file being analysed (${input}): the page would replace your survey; give another name, e.g. --out report.html\n`);
    expect(readFileSync(join(dir, 'answers.tsv'), 'utf8')).toBe(survey);
  });

  test('with --json too, nothing is printed and nothing written', () => {
    const run = runCliIn(dir, 'analyze', 'answers.tsv', '--json', '--out', 'alias.tsv');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'answers.tsv'), 'utf8')).toBe(survey);
  });
});

describe('where the page may not go', () => {
  test('a folder, named with or without a trailing slash', () => {
    for (const out of ['sub', 'sub/', 'missing-folder/']) {
      const run = runCliIn(dir, 'analyze', 'answers.tsv', '--out', out);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^nps-sheets: --out ${out} is a folder: give the name of the page to write, e.g. --out ${out.replace(/\/$/, '')}/report.html\\n$`));
    }
  });

  test('a folder that does not exist', () => {
    const run = runCliIn(dir, 'analyze', 'answers.tsv', '--out', 'nowhere/report.html');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`nps-sheets: --out nowhere/report.html: the folder ${join(dir, 'nowhere')} does not exist; create it or give another path\n`);
  });

  test('another file of the user that is not a page stays as it was', () => {
    const notes = 'Meeting notes, do not lose\n';
    writeFileSync(join(dir, 'notes.txt'), notes);
    const run = runCliIn(dir, 'analyze', 'answers.tsv', '--out', 'notes.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('nps-sheets: --out notes.txt already exists and is not an HTML page, so it is not replaced; give another name, e.g. --out report.html\n');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe(notes);
  });
});

describe('writing the page', () => {
  test('a new page, then a second run replaces the earlier page; no temporary file is left', () => {
    const folder = join(dir, 'pages');
    mkdirSync(folder);
    writeFileSync(join(folder, 'old.html'), '<!DOCTYPE html>\n<p>last week</p>\n');
    for (const out of ['pages/new.html', 'pages/old.html', 'pages/new.html']) {
      const run = runCliIn(dir, 'analyze', 'answers.tsv', '--out', out);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Written: ${out}`);
    }
    expect(readdirSync(folder).sort()).toEqual(['new.html', 'old.html']);
    const page = readFileSync(join(folder, 'old.html'), 'utf8');
    expect(page).not.toContain('last week');
    expect(page).toMatch(/<\/html>\n$/);
  });

  test('through a symlink: the link still points at the page, which is replaced', () => {
    writeFileSync(join(dir, 'target.html'), '');
    symlinkSync(join(dir, 'target.html'), join(dir, 'link.html'));
    const run = runCliIn(dir, 'analyze', 'answers.tsv', '--out', 'link.html');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'target.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(join(dir, 'link.html'), 'utf8')).toBe(readFileSync(join(dir, 'target.html'), 'utf8'));
  });

  test('a rename that fails leaves neither a half page nor a temporary file', () => {
    const folder = join(dir, 'failing');
    mkdirSync(join(folder, 'report.html'), { recursive: true });
    writeFileSync(join(folder, 'report.html', 'keep.txt'), 'kept');
    expect(() => writeOutFile(join(folder, 'report.html'), '<!DOCTYPE html>')).toThrow(/^--out .*report\.html: cannot write the page \(.*\); nothing was changed$/);
    expect(readdirSync(folder)).toEqual(['report.html']);
    expect(readFileSync(join(folder, 'report.html', 'keep.txt'), 'utf8')).toBe('kept');
  });
});
