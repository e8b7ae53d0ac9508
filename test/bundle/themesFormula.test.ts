/**
 * NPS_THEMES as Apps Script runs it: dist/ in a bare V8 context, on a tiny
 * corpus whose numbers are worked out by hand in test/nps/themes/logOdds.test.ts.
 */
import { loadBareBundle } from '../helpers/bareBundle';
import { adjustedWald } from '../helpers/adjustedWald';

const HEADER = ['Theme', 'Leans', 'Mentions', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high', 'z', 'Example'];

describe('NPS_THEMES in the built bundle', () => {
  const bundle = loadBareBundle({ timeZone: 'Europe/Berlin', locale: 'de_DE' });
  // 8 detractors "Slow", 2 detractors and 2 promoters "price", 1 passive "slow", 10 promoters "Great".
  const comments = [...Array(8).fill('Slow'), 'price', 'price', 'slow', ...Array(10).fill('Great'), 'price', 'price'].map((c) => [c]);
  const scores = [0, 1, 2, 3, 4, 5, 6, 6, 3, 5, 7, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10].map((s) => [s]);

  test('the help card example: header, then one row per theme, detractor side first', () => {
    const table = bundle.call('NPS_THEMES', comments, scores) as unknown[][];
    expect(table[0]).toEqual(HEADER);
    expect(table).toHaveLength(3);
    const [slow, great] = [table[1], table[2]] as number[][];
    expect(slow.slice(0, 6)).toEqual(['slow', 'Detractors', 9, 0, 1, 8]);
    expect(slow[6]).toBeCloseTo((-8 / 9) * 100, 10);
    expect(slow[7]).toBeCloseTo(adjustedWald(0, 1, 8)[0], 10);
    expect(slow[8]).toBeCloseTo(adjustedWald(0, 1, 8)[1], 10);
    expect(slow[9]).toBeCloseTo(2.76256, 4); // by hand in test/nps/themes/logOdds.test.ts
    expect(slow[10]).toBe('Slow');
    expect(great.slice(0, 7)).toEqual(['great', 'Promoters', 10, 10, 0, 0, 100]);
    expect(great[9]).toBeCloseTo(-2.81765, 4);
  });

  test('max_themes and min_mentions: one theme per side, or none with too high a minimum', () => {
    expect((bundle.call('NPS_THEMES', comments, scores, 1) as unknown[][]).length).toBe(3);
    const none = bundle.call('NPS_THEMES', comments, scores, 10, 11) as unknown[][];
    expect(none).toHaveLength(2);
    expect(none[1]).toHaveLength(HEADER.length);
    expect(none[1][0]).toBe('No theme leans clearly to detractors or promoters (23 comments read, 0 ignored). More comments, or a lower min_mentions, may show some.');
  });

  test('a formula or HTML comment comes back as the same text, a string value', () => {
    const formula = '=HYPERLINK("http://evil.example","Slow")';
    const html = '<img src=x onerror=alert(1)> slow';
    const risky = comments.map((c, i) => [i < 4 ? formula : i < 8 ? html : c[0]]);
    const table = bundle.call('NPS_THEMES', risky, scores) as unknown[][];
    const examples = table.slice(1).map((row) => row[10]);
    for (const example of examples) expect(typeof example).toBe('string');
    expect(examples).toEqual(expect.arrayContaining([expect.stringMatching(/^(=HYPERLINK\("http:\/\/evil\.example","Slow"\)|<img src=x onerror=alert\(1\)> slow)$/)]));
  });

  test('errors name the function, the problem and the fix', () => {
    expect(() => bundle.call('NPS_THEMES', comments, scores.slice(1))).toThrow(/^NPS_THEMES: comments and scores must have the same number of rows \(23 vs 22\)/);
    expect(() => bundle.call('NPS_THEMES', comments, comments)).toThrow(/^NPS_THEMES: no valid 0–10 scores in scores\. Select/);
    expect(() => bundle.call('NPS_THEMES', comments, scores, 0)).toThrow(/^NPS_THEMES: max_themes must be a whole number of at least 1, not 0/);
    expect(() => bundle.call('NPS_THEMES', comments, scores, 10, 'many')).toThrow(/^NPS_THEMES: min_mentions must be a whole number of at least 1, not "many"/);
  });
});
