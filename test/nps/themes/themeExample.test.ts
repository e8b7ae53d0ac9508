import { exampleText, typicalExample, EXAMPLE_LENGTH } from '../../../src/nps/themes/themeExample';

describe('exampleText', () => {
  test('a short comment stays as it is, trimmed', () => {
    expect(exampleText('  Support is slow. ')).toBe('Support is slow.');
  });

  test('line breaks, tabs and control characters (terminal escapes) become single spaces', () => {
    expect(exampleText('Slow\r\n\r\nsupport\tteam')).toBe('Slow support team');
    expect(exampleText('red \u001b[31malert\u0007 \u009b2J done')).toBe('red [31malert 2J done');
    expect(exampleText('a\u2028b')).toBe('a b');
  });

  test('a long comment is cut at a space near the end and ends with "…"', () => {
    const text = exampleText('The support team never answers. '.repeat(20));
    expect(Array.from(text).length).toBeLessThanOrEqual(EXAMPLE_LENGTH);
    expect(text.endsWith('…')).toBe(true);
    expect(text.endsWith(' …')).toBe(false);
    expect(text.startsWith('The support team never answers. The support')).toBe(true);
    // Cut at a word boundary: the text before "…" is a prefix that ends a word.
    expect('The support team never answers. '.repeat(20).startsWith(text.slice(0, -1) + ' ')).toBe(true);
  });

  test('a 50,000-character word is cut mid-word; emoji are never split in half', () => {
    expect(exampleText('x'.repeat(50000))).toBe('x'.repeat(EXAMPLE_LENGTH - 1) + '…');
    const emoji = exampleText('😡'.repeat(300));
    expect(emoji).toBe('😡'.repeat(EXAMPLE_LENGTH - 1) + '…');
  });
});

describe('typicalExample', () => {
  test('with few comments, the shortest', () => {
    expect(typicalExample([0, 1, 2], [[1, 9], [1, 2], [1, 2, 3]], [30, 40, 50])).toBe(0);
  });

  test('the shortest of the most typical, not the shortest of all', () => {
    // 12 comments: 11 say "slow support" (terms 1, 2) with other words; comment 11 says only "slow" + an odd word.
    const termsOf = [...Array.from({ length: 11 }, (_, i) => [1, 2, 10 + i]), [1, 99]];
    const lengthOf = [...Array.from({ length: 11 }, (_, i) => 60 - i), 5];
    const mentions = termsOf.map((_, i) => i);
    // Most typical: the 11 "slow support" comments (mean share (12 + 11 + 1) / 3 = 8) over comment 11 ((12 + 1) / 2 = 6.5).
    // The top quarter (3 of them) are ties broken by order: comments 0, 1, 2; the shortest is comment 2 (58 characters).
    expect(typicalExample(mentions, termsOf, lengthOf)).toBe(2);
  });
});
