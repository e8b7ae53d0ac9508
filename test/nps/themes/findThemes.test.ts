import { findThemes } from '../../../src/nps/themes/findThemes';
import { drawCommentSet } from '../../helpers/themeComments';

/** A small survey: 12 detractors who say "slow support", 12 promoters who say "friendly staff", and filler. */
function smallSurvey(extra: { comments: unknown[]; scores: unknown[] } = { comments: [], scores: [] }) {
  const comments: unknown[] = [];
  const scores: unknown[] = [];
  for (let i = 0; i < 12; i++) {
    comments.push(i % 2 ? 'Slow support again' : `slow support, ticket ${i}`);
    scores.push(i % 7);
    comments.push(i % 3 ? 'Friendly staff' : 'friendly staff and a nice office');
    scores.push(9 + (i % 2));
    comments.push(['ok I guess', 'nothing to add', 'fine'][i % 3]);
    scores.push(7 + (i % 2));
  }
  return { comments: [...comments, ...extra.comments], scores: [...scores, ...extra.scores] };
}

describe('findThemes: what it lists', () => {
  test('detractor-leaning themes first, then promoter-leaning, each strongest first', () => {
    const { comments, scores } = smallSurvey();
    const result = findThemes(comments, scores);
    const leans = result.themes.map((t) => t.leans);
    expect(leans.indexOf('Promoters')).toBeGreaterThan(leans.lastIndexOf('Detractors'));
    expect(result.themes[0].theme).toBe('slow support');
    expect(result.themes.find((t) => t.leans === 'Promoters')!.theme).toBe('friendly staff');
    for (let i = 1; i < result.themes.length; i++) {
      if (result.themes[i].leans === result.themes[i - 1].leans) expect(Math.abs(result.themes[i].z)).toBeLessThanOrEqual(Math.abs(result.themes[i - 1].z));
    }
    for (const theme of result.themes) expect(Math.abs(theme.z)).toBeGreaterThanOrEqual(1.96);
  });

  test('the phrase and its words are one theme when they mark the same comments', () => {
    const { comments, scores } = smallSurvey();
    const names = findThemes(comments, scores).themes.map((t) => t.theme);
    expect(names).not.toContain('slow');
    expect(names).not.toContain('support');
    expect(names).not.toContain('friendly');
  });

  test('maxThemes caps each side; minMentions leaves out rarer terms', () => {
    const set = drawCommentSet({ language: 'en', size: 600, seed: 4 });
    const all = findThemes(set.comments, set.scores);
    const two = findThemes(set.comments, set.scores, { maxThemes: 2 });
    expect(two.themes.filter((t) => t.leans === 'Detractors')).toEqual(all.themes.filter((t) => t.leans === 'Detractors').slice(0, 2));
    expect(two.themes.filter((t) => t.leans === 'Promoters')).toEqual(all.themes.filter((t) => t.leans === 'Promoters').slice(0, 2));
    const frequent = findThemes(set.comments, set.scores, { minMentions: 60 });
    expect(frequent.themes.length).toBeGreaterThan(0);
    for (const theme of frequent.themes) expect(theme.mentions).toBeGreaterThanOrEqual(60);
  });

  test('spellings with and without accents are one theme, shown in the most frequent spelling', () => {
    const comments = [...Array(5).fill('Atención lenta'), ...Array(3).fill('atencion lenta'), ...Array(8).fill('Excelente')];
    const scores = [0, 1, 2, 3, 4, 5, 6, 0, 9, 10, 9, 10, 9, 10, 9, 10];
    const theme = findThemes(comments, scores).themes.find((t) => t.leans === 'Detractors')!;
    expect(theme.theme).toBe('atención lenta');
    expect(theme.mentions).toBe(8);
    const fewerAccents = findThemes(['Atención lenta', ...comments.slice(1, 5).map(() => 'atencion lenta'), ...comments.slice(5)], scores);
    expect(fewerAccents.themes.find((t) => t.leans === 'Detractors')!.theme).toBe('atencion lenta');
  });

  test('the same input gives the same output, whatever the order of equal themes', () => {
    const set = drawCommentSet({ language: 'de', size: 400, seed: 9 });
    expect(findThemes(set.comments, set.scores)).toEqual(findThemes(set.comments.slice(), set.scores.slice()));
  });

  test('passives count toward mentions and NPS, not toward z', () => {
    const { comments, scores } = smallSurvey();
    const base = findThemes(comments, scores).themes[0];
    const withPassives = findThemes([...comments, 'slow support', 'slow support'], [...scores, 7, 8]).themes[0];
    expect(withPassives.theme).toBe('slow support');
    expect(withPassives.mentions).toBe(base.mentions + 2);
    expect(withPassives.passives).toBe(base.passives + 2);
    expect(withPassives.nps).toBeCloseTo((-withPassives.detractors / withPassives.mentions) * 100, 10);
  });
});

describe('findThemes: cells and bad input', () => {
  test('reads one-cell rows as ranges give them, and scores as SPEC section 3 reads them', () => {
    const { comments, scores } = smallSurvey();
    const asRows = findThemes(comments.map((c) => [c]), scores.map((s) => [String(s) + (Number(s) >= 9 ? ' - Extremely likely' : '')]));
    expect(asRows).toEqual(findThemes(comments, scores));
  });

  test('blank comments are not comments; no valid score, emoji only or stop words only are ignored', () => {
    const { comments, scores } = smallSurvey({
      comments: ['', '   ', null, 'Slow support', 'slow support', '😡😡😡', 'the and of', 42, 'slow support'],
      scores: [3, 9, 10, '', 'n/a', 2, 10, 5, 11],
    });
    const result = findThemes(comments, scores);
    // 36 survey comments read; ignored: blank score, "n/a", emoji only, stop words only, score 11 (5).
    expect(result.comments).toBe(36);
    expect(result.ignored).toBe(5);
  });

  test('a 50,000-character comment counts once per term and its example is cut', () => {
    const { comments, scores } = smallSurvey({ comments: ['slow support '.repeat(4000) + 'x'.repeat(2000)], scores: [0] });
    const result = findThemes(comments, scores);
    const slow = result.themes.find((t) => t.theme === 'slow support')!;
    expect(slow.mentions).toBe(13);
    expect(slow.detractors).toBe(13);
    for (const theme of result.themes) expect(Array.from(theme.example).length).toBeLessThanOrEqual(200);
  });

  test('a comment in several languages counts toward the themes of each', () => {
    // 14 detractors: every one says "客服太慢了", 12 also "Preis zu hoch", 6 also "slow support".
    const extra = Array.from({ length: 14 }, (_, i) => `${i < 6 ? 'Slow support! ' : ''}${i < 12 ? 'Preis zu hoch. ' : ''}客服太慢了`);
    const { comments, scores } = smallSurvey({ comments: extra, scores: extra.map(() => 1) });
    const names = findThemes(comments, scores).themes.map((t) => t.theme);
    expect(names).toContain('slow support');
    expect(names.some((n) => n === '客服' || n === '慢')).toBe(true);
    expect(names.some((n) => n === 'preis' || n === 'hoch')).toBe(true);
  });

  test('HTML and formulas in comments come back as plain text in the example, never changed or run', () => {
    const script = '<script>alert(1)</script> slow support';
    const formula = '=HYPERLINK("http://evil.example","slow support")';
    const scores = [0, 1, 2, 3, 4, 5, 6, 0, 9, 9, 10, 10, 9, 10, 9, 10];
    const detractorThemes = (comment: string) =>
      findThemes([...Array(8).fill(comment), ...Array(8).fill('great')], scores).themes.filter((t) => t.leans === 'Detractors');
    expect(detractorThemes(script).map((t) => t.example)).toEqual(expect.arrayContaining([script]));
    expect(detractorThemes(formula).map((t) => t.example)).toEqual(expect.arrayContaining([formula]));
    for (const text of [script, formula]) for (const theme of detractorThemes(text)) expect(theme.example).toBe(text);
  });

  test('ranges of different lengths and options out of range are errors that say what to do', () => {
    expect(() => findThemes(['a', 'b'], [1])).toThrow('comments and scores must have the same number of rows (2 vs 1)');
    expect(() => findThemes(['a'], [1], { maxThemes: 0 })).toThrow('maxThemes must be a whole number of at least 1, not 0');
    expect(() => findThemes(['a'], [1], { minMentions: 2.5 })).toThrow('minMentions must be a whole number of at least 1, not 2.5');
    expect(() => findThemes(['a'], [1], { confidence: 95 })).toThrow('confidence must lie strictly between 0 and 1');
  });

  test('no comment at all gives no theme and no error', () => {
    expect(findThemes([], [])).toEqual({ themes: [], comments: 0, ignored: 0 });
    expect(findThemes(['', ''], [9, 3])).toEqual({ themes: [], comments: 0, ignored: 0 });
  });
});
