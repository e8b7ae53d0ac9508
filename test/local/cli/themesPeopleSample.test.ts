/**
 * `nps-sheets analyze` on the bundled sample (samples/sample_survey.csv), an
 * export with a comment column (mostly English, some German, French, Spanish
 * and Portuguese) and an e-mail column with repeat respondents: `themes` and
 * `people` in --json against the truth file the generator counted
 * (scripts/make-sample-survey.mjs), and the same facts in the readable
 * summary and the HTML page, with nobody's address printed anywhere.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adjustedWald } from '../../helpers/adjustedWald';
import { ROOT, runCli } from './run';

const SAMPLE = join(ROOT, 'samples', 'sample_survey.csv');
const truth = JSON.parse(readFileSync(join(ROOT, 'samples', 'sample_survey.truth.json'), 'utf8'));
/** Any address of the sample (they are all at example.com/.org/.net). */
const ADDRESS = /@example\.(com|org|net)/i;

interface ThemeRow {
  theme: string; leans: string; mentions: number; promoters: number; passives: number; detractors: number;
  nps: number; ci: [number, number]; z: number; example: string;
}

let dir: string;
let report: any;
let text: string;
let html: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-cli-themes-'));
  const json = runCli('analyze', SAMPLE, '--json');
  expect(json.stderr).toBe('');
  expect(json.status).toBe(0);
  report = JSON.parse(json.stdout);
  const out = join(dir, 'report.html');
  const readable = runCli('analyze', SAMPLE, '--out', out);
  expect(readable.status).toBe(0);
  text = readable.stdout;
  html = readFileSync(out, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = (row: ThemeRow) => row.theme.split(' ');

describe('themes', () => {
  test('read from the comment column: non-blank reasons counted, emoji-only ones left out and counted', () => {
    expect(report.mapping.comments).toEqual([truth.commentColumn]);
    expect(Object.keys(report.themes)).toEqual(['comments', 'ignored', 'rows']);
    // Every non-blank reason has a valid score; the emoji-only ones have no word and are left out; blank ones are no comment.
    expect(report.themes.comments).toBe(truth.comments - truth.emojiOnly);
    expect(report.themes.ignored).toBe(truth.emojiOnly);
  });

  test('every planted detractor theme is among the top 5 detractor themes; no promoter theme leans to detractors, and the other way round', () => {
    const rows: ThemeRow[] = report.themes.rows;
    const detractors = rows.filter((r) => r.leans === 'Detractors');
    const promoters = rows.filter((r) => r.leans === 'Promoters');
    const top5 = detractors.slice(0, 5).flatMap(words);
    for (const planted of truth.plantedThemes.detractors) expect(top5).toContain(planted.marker);
    for (const planted of truth.plantedThemes.promoters) expect(detractors.flatMap(words)).not.toContain(planted.marker);
    for (const planted of truth.plantedThemes.detractors) expect(promoters.flatMap(words)).not.toContain(planted.marker);
    // At least half the planted promoter themes are found on their side.
    const found = truth.plantedThemes.promoters.filter((p: { marker: string }) => promoters.flatMap(words).includes(p.marker));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  test('each row: counts add up, NPS and range worked out from its counts, |z| ≥ 1.96 on its side, at least 3 mentions, sorted', () => {
    const rows: ThemeRow[] = report.themes.rows;
    expect(rows.length).toBeGreaterThan(0);
    let side = 'Detractors';
    let lastZ = Infinity;
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['theme', 'leans', 'mentions', 'promoters', 'passives', 'detractors', 'nps', 'ci', 'z', 'example']);
      expect(row.mentions).toBe(row.promoters + row.passives + row.detractors);
      expect(row.mentions).toBeGreaterThanOrEqual(3);
      expect(row.nps).toBeCloseTo(((row.promoters - row.detractors) / row.mentions) * 100, 9);
      const [low, high] = adjustedWald(row.promoters, row.passives, row.detractors);
      expect(row.ci[0]).toBeCloseTo(low, 9);
      expect(row.ci[1]).toBeCloseTo(high, 9);
      if (row.leans !== side) {
        expect(row.leans).toBe('Promoters');
        side = 'Promoters';
        lastZ = Infinity;
      }
      if (side === 'Detractors') expect(row.z).toBeGreaterThanOrEqual(1.96);
      else expect(row.z).toBeLessThanOrEqual(-1.96);
      expect(Math.abs(row.z)).toBeLessThanOrEqual(lastZ + 1e-12);
      lastZ = Math.abs(row.z);
      // The example is one of the comments, and mentions the theme.
      expect(row.example.toLowerCase()).toContain(words(row)[0]);
    }
  });
});

describe('people', () => {
  test('by the e-mail column: each person once by their latest answer, the counts the generator made', () => {
    expect(report.mapping.respondent).toBe(truth.respondentColumn);
    const p = report.people;
    expect(Object.keys(p)).toEqual(['people', 'promoters', 'passives', 'detractors', 'nps', 'ci', 'responses', 'repeatPeople', 'ignored', 'movement', 'allNps']);
    const t = truth.people;
    expect({ people: p.people, promoters: p.promoters, passives: p.passives, detractors: p.detractors, responses: p.responses, repeatPeople: p.repeatPeople })
      .toEqual({ people: t.people, promoters: t.promoters, passives: t.passives, detractors: t.detractors, responses: t.responses, repeatPeople: t.repeatPeople });
    expect(p.ignored).toBe(t.blankPeople);
    expect(p.movement).toEqual(t.movement);
    expect(p.nps).toBeCloseTo(t.nps, 9);
    const [low, high] = adjustedWald(t.promoters, t.passives, t.detractors);
    expect(p.ci[0]).toBeCloseTo(low, 9);
    expect(p.ci[1]).toBeCloseTo(high, 9);
    expect(p.allNps).toBeCloseTo(truth.overall.nps, 9);
  });

  test('no address in the JSON, the summary or the page', () => {
    expect(JSON.stringify(report)).not.toMatch(ADDRESS);
    expect(text).not.toMatch(ADDRESS);
    expect(html).not.toMatch(ADDRESS);
  });
});

describe('readable summary and page', () => {
  test('the summary shows the top themes of each side and the people figures', () => {
    const t = truth.people;
    expect(text).toContain('What customers say (What is the main reason for your score?)');
    expect(text).toContain('  Detractors mention');
    expect(text).toContain('  Promoters mention');
    const first = report.themes.rows[0] as ThemeRow;
    expect(text).toMatch(new RegExp(`^ {4}${first.theme} +${first.mentions} +${first.nps.toFixed(1)} +${first.z.toFixed(1)} +"`, 'm'));
    expect(text).toContain('beyond ±1.96');
    expect(text).toContain('People (Email address)');
    expect(text).toContain(`NPS ${(Math.round(t.nps * 10) / 10).toFixed(1)} ·`);
    expect(text).toContain(`All answers:                  NPS ${truth.overall.nps.toFixed(1)} · 400 responses`);
    expect(text).toContain(`${t.repeatPeople} of ${t.people} answered more than once`);
    expect(text).toMatch(new RegExp(`^ {4}Detractor +${t.movement.detractor.promoter} +${t.movement.detractor.passive} +${t.movement.detractor.detractor}$`, 'm'));
  });

  test('the page has both sections, every theme in its tables and a chart of the top themes', () => {
    expect(html).toContain('<h2>What customers say</h2>');
    expect(html).toContain('data-testid="themes-chart"');
    // One chart of the themes (the report sheet's is drawn in the section, not again under "Charts").
    expect(html.match(/<svg [^>]*aria-label="[^"]*mention each theme/g)).toHaveLength(1);
    for (const row of report.themes.rows as ThemeRow[]) expect(html).toContain(`<td>${row.theme.replace(/'/g, '&#39;')}</td>`);
    expect(html).toContain('<h2>People</h2>');
    expect(html).toContain(`<b>${truth.people.repeatPeople}</b><span>answered more than once</span>`);
    expect(html).not.toMatch(/<script|https?:\/\//i);
  });
});
