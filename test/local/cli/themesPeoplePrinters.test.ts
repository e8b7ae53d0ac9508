/**
 * The printers of "What customers say" and "People" (text, HTML, JSON) on
 * hand-made engine results: what they show, what they leave out (people's
 * addresses), and that hostile comments (HTML, formulas, terminal escapes,
 * 50,000 characters, emoji only, blank) come out inert.
 */
import type { PeopleSummary } from '../../../src/nps/peopleTypes';
import type { Theme, ThemesResult } from '../../../src/nps/themes/themeTypes';
import { themesText } from '../../../src/local/cli/themesText';
import { peopleText } from '../../../src/local/cli/peopleText';
import { themesSectionHtml } from '../../../src/local/cli/htmlThemes';
import { peopleSectionHtml } from '../../../src/local/cli/htmlPeople';
import { themesJson } from '../../../src/local/cli/themesJson';
import { peopleJson } from '../../../src/local/cli/peopleJson';

/** Every character that must not reach a terminal raw (tab and newline are ours to print). */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A theme from its counts; NPS = (promoters − detractors) / mentions × 100, worked out by the caller. */
function theme(name: string, leans: Theme['leans'], [promoters, passives, detractors]: number[], nps: number, z: number, example: string): Theme {
  return { theme: name, leans, mentions: promoters + passives + detractors, promoters, passives, detractors, nps, ci: [nps - 20, nps + 15], z, example };
}

const LONG = `price ${'way too high '.repeat(4200)}`; // 50,406 characters
const HOSTILE: ThemesResult = {
  comments: 64,
  ignored: 3,
  themes: [
    // (1 − 9) / 12 = −66.67
    theme('too expensive', 'Detractors', [1, 2, 9], -66.67, 4.21, '<script>window.__pwned=1</script> too expensive'),
    // (0 − 6) / 8 = −75
    theme('export', 'Detractors', [0, 2, 6], -75, 3.5, '=HYPERLINK("http://evil.example","click") export fails'),
    // (1 − 5) / 7 = −57.14
    theme('slow', 'Detractors', [1, 1, 5], -57.14, 2.9, '\u001b[2J\u001b]0;pwned\u0007slow\u202Eexe.txt'),
    // (0 − 4) / 5 = −80
    theme('price', 'Detractors', [0, 1, 4], -80, 2.5, LONG),
    // (0 − 3) / 4 = −75
    theme('bugs', 'Detractors', [0, 1, 3], -75, 2.2, 'bugs\r\nbugs\u2028😡😡😡'),
    // (0 − 3) / 3 = −100
    theme('<b>bold</b>', 'Detractors', [0, 0, 3], -100, 2.1, '😡😡😡'),
    // (1 − 3) / 4 = −50
    theme('login', 'Detractors', [1, 0, 3], -50, 2.0, 'login'),
    // (9 − 0) / 10 = 90
    theme('dashboards', 'Promoters', [9, 1, 0], 90, -3.8, 'Love the dashboards 👍'),
  ],
};

const PEOPLE: PeopleSummary = {
  // 12 people by their latest answer: 5 promoters, 3 passives, 4 detractors → (5 − 4) / 12 = 8.33.
  people: 12, promoters: 5, passives: 3, detractors: 4, nps: 100 / 12, ci: [-20.5, 36.9],
  responses: 21, repeatPeople: 6,
  // previous → latest: Promoter → Promoter 2, Promoter → Detractor 1, Passive → Promoter 1, Detractor → Passive 2
  movement: [[2, 0, 1], [1, 0, 0], [0, 2, 0]],
  latest: [{ person: 'Secret.Person@example.com', index: 3, instant: 0, score: 10, category: 'Promoter', answers: 2 }],
  ignored: 2,
};

describe('What customers say, readable', () => {
  const lines = themesText(HOSTILE, 'Why?\u001b[31m');
  const text = lines.join('\n');

  test('lists the top five detractor themes, says how many more, then the promoter themes, and what z means', () => {
    expect(lines[0]).toBe('What customers say (Why?\\x1B[31m)');
    const detractors = lines.indexOf('  Detractors mention');
    const promoters = lines.indexOf('  Promoters mention');
    expect(detractors).toBeGreaterThan(0);
    expect(promoters).toBeGreaterThan(detractors);
    expect(lines[detractors + 1]).toMatch(/^ {4}Theme +Mentions +NPS +z +Example$/);
    expect(lines[detractors + 2]).toMatch(/^ {4}too expensive +12 +-66\.7 +4\.2 +"<script>window.__pwned=1<\/script> too expensive"$/);
    expect(lines.slice(detractors + 2, promoters).filter((l) => /^ {4}[^\s…]/.test(l))).toHaveLength(5);
    expect(text).toContain('… and 2 more');
    expect(text).not.toMatch(/^ {4}login/m);
    expect(lines[promoters + 2]).toMatch(/^ {4}dashboards +10 +90\.0 +-3\.8 +"Love the dashboards 👍"$/);
    expect(text).toContain('beyond ±1.96');
    expect(text).toContain('Read from 64 comments (3 left out');
  });

  test('hostile examples are inert: escapes shown, line breaks flattened, 50,000 characters cut, emoji kept whole', () => {
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('"\\x1B[2J\\x1B]0;pwned\\x07slow\\u202Eexe.txt"');
    expect(text).toContain('"bugs bugs 😡😡😡"');
    expect(text).toContain('=HYPERLINK("http://evil.example","click") export fails');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
    expect(text).toMatch(/"price way too high .*…"/);
    expect(text).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('no themes: says nothing leans, and still what was read', () => {
    const none = themesText({ themes: [], comments: 12, ignored: 0 }, 'Comment').join('\n');
    expect(none).toContain('No word or phrase leans clearly');
    expect(none).toContain('Read from 12 comments; with fewer than 30 comments, take the themes as a first hint.');
    expect(none).not.toContain('Detractors mention');
  });
});

describe('What customers say, HTML', () => {
  const html = themesSectionHtml(HOSTILE, 'Why? <img src=x onerror=alert(1)>', 0.95, { spec: null, index: 4 });

  test('every theme in a table per side, with the range and the chart of the top themes', () => {
    expect(html).toContain('<h2>What customers say</h2>');
    expect(html).toContain('<td>too expensive</td><td class="n">12</td><td class="n">1</td><td class="n">2</td><td class="n">9</td><td class="n">-66.7</td><td class="n">-86.7 to -51.7</td><td class="n">4.2</td>');
    expect(html).toContain('<td>login</td>');
    expect(html).toContain('data-testid="themes-chart"');
    expect(html).toContain('data-testid="chart-4"');
    // The chart: five detractor bars and one promoter bar.
    expect(html.match(/<rect [^>]*fill="#c5221f"><title>/g)).toHaveLength(5);
    expect(html.match(/<rect [^>]*fill="#137333"><title>/g)).toHaveLength(1);
  });

  test('text from the data is escaped: no tag, no raw control, the long example cut', () => {
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('Why? &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(RAW_CONTROL);
    expect(html).toContain('\\x1B[2J');
    expect(html.length).toBeLessThan(20_000);
  });
});

describe('People', () => {
  test('readable: latest-answer NPS beside all answers, repeat people and the movement table', () => {
    const lines = peopleText(PEOPLE, { nps: 7.75, responses: 400 }, 'Email address', 0.95);
    expect(lines[0]).toBe('People (Email address)');
    expect(lines).toContain('  Latest answer of each person: NPS 8.3 · likely between -21 and 37 (95 % confidence) · 12 people');
    expect(lines).toContain('  All answers:                  NPS 7.8 · 400 responses');
    expect(lines).toContain('  By their latest answer: 5 promoters, 3 passives, 4 detractors; 6 of 12 answered more than once');
    expect(lines).toContain('  2 rows left out (no person, no 0–10 answer or no readable date).');
    const head = lines.findIndex((l) => l.startsWith('    From \\ To'));
    expect(lines.slice(head, head + 4).map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['From \\ To', 'Promoter', 'Passive', 'Detractor'],
      ['Promoter', '2', '0', '1'],
      ['Passive', '1', '0', '0'],
      ['Detractor', '0', '2', '0'],
    ]);
    expect(lines.join('\n')).not.toContain('@');
  });

  test('HTML: the same facts, and no address', () => {
    const html = peopleSectionHtml(PEOPLE, { nps: 7.75, responses: 400 }, 'E-mail <i>', 0.95);
    expect(html).toContain('<b>8.3</b><span>NPS of the latest answer of each of 12 people</span>');
    expect(html).toContain('<b>7.8</b><span>NPS of all 400 answers</span>');
    expect(html).toContain('<b>6</b><span>answered more than once</span>');
    expect(html).toContain('<tr><td>Promoter</td><td class="n">2</td><td class="n">0</td><td class="n">1</td></tr>');
    expect(html).toContain('E-mail &lt;i&gt;');
    expect(html).not.toContain('@');
  });

  test('nobody with a person and a date: says so, no NPS', () => {
    const empty: PeopleSummary = { ...PEOPLE, people: 0, promoters: 0, passives: 0, detractors: 0, nps: 0, ci: [0, 0], responses: 0, repeatPeople: 0, movement: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], latest: [], ignored: 9 };
    expect(peopleText(empty, { nps: 10, responses: 9 }, 'Email', 0.95).join('\n')).toContain('No answer has both a person and a readable date');
    expect(peopleJson(empty, 10)).toMatchObject({ people: 0, nps: null, ci: null, ignored: 9 });
  });
});

describe('JSON', () => {
  test('themes: comments, ignored and every theme with its fields, in order; null without a comment column', () => {
    const json = themesJson(HOSTILE)!;
    expect(Object.keys(json)).toEqual(['comments', 'ignored', 'rows']);
    expect(json.rows).toHaveLength(8);
    expect(Object.keys(json.rows[0])).toEqual(['theme', 'leans', 'mentions', 'promoters', 'passives', 'detractors', 'nps', 'ci', 'z', 'example']);
    expect(json.rows[3].example).toBe(LONG);
    expect(themesJson(null)).toBeNull();
    expect(themesJson(undefined)).toBeNull();
  });

  test('people: counts, movement as {from: {to: n}}, the all-answer NPS, and no list of people', () => {
    const json = peopleJson(PEOPLE, 7.75)!;
    expect(Object.keys(json)).toEqual(['people', 'promoters', 'passives', 'detractors', 'nps', 'ci', 'responses', 'repeatPeople', 'ignored', 'movement', 'allNps']);
    expect(json.movement).toEqual({
      promoter: { promoter: 2, passive: 0, detractor: 1 },
      passive: { promoter: 1, passive: 0, detractor: 0 },
      detractor: { promoter: 0, passive: 2, detractor: 0 },
    });
    expect(json.nps).toBeCloseTo(8.333333, 5);
    expect(json.allNps).toBe(7.75);
    expect(JSON.stringify(json)).not.toContain('@');
    expect(peopleJson(null, 7.75)).toBeNull();
  });
});
