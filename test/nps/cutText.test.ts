import { cutText } from '../../src/nps/cutText';
import { headerInText } from '../../src/nps/cellDisplay';

describe('cutText: a length in UTF-16 units, never half a surrogate pair', () => {
  test('plain text is cut at the length, short text kept', () => {
    expect(cutText('abcdef', 3)).toBe('abc');
    expect(cutText('abc', 3)).toBe('abc');
  });

  test('an emoji (two units) that would be cut in half is left out whole', () => {
    // 'a' is unit 0, '😀' units 1–2: three units cut after two would keep its first half.
    expect(cutText('a😀b', 2)).toBe('a');
    expect(cutText('a😀b', 3)).toBe('a😀');
  });

  test('a header of 98 letters then an emoji is named by 99 units without the half emoji', () => {
    const header = 'x'.repeat(98) + '😀' + 'y'.repeat(10);
    // 99 units would end on the emoji's first half (unit 98): 98 letters and "…".
    expect(headerInText(header)).toBe('x'.repeat(98) + '…');
  });
});
