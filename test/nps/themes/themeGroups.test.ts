import { termGroups, withoutSameComments, type CandidateTerm } from '../../../src/nps/themes/themeGroups';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('termGroups', () => {
  const slow: CandidateTerm = { key: 'w:slow', parts: [], mentions: range(0, 10) };
  const support: CandidateTerm = { key: 'w:support', parts: [], mentions: range(0, 20) };

  test('a phrase that marks at least 80 % of its word\'s comments is one theme with it', () => {
    const phrase: CandidateTerm = { key: 'p:slow support', parts: ['w:slow', 'w:support'], mentions: range(0, 8) };
    const groups = termGroups([slow, support, phrase], () => 3);
    expect(groups.map((g) => g.members.map((m) => m.key))).toEqual([['w:slow', 'p:slow support'], ['w:support']]);
  });

  test('below 80 % the phrase and the word stay two themes', () => {
    const phrase: CandidateTerm = { key: 'p:slow support', parts: ['w:slow', 'w:support'], mentions: range(0, 7) };
    expect(termGroups([slow, support, phrase], () => 3)).toHaveLength(3);
  });

  test('a group is shown as its phrase when the phrase can be listed, else as its strongest member', () => {
    const phrase: CandidateTerm = { key: 'p:slow support', parts: ['w:slow', 'w:support'], mentions: range(0, 9) };
    expect(termGroups([slow, phrase], (t) => (t === slow ? 4 : 3))[0].name.key).toBe('p:slow support');
    expect(termGroups([slow, phrase], (t) => (t === slow ? -4 : -2))[0].name.key).toBe('p:slow support');
    expect(termGroups([slow, phrase], (t) => (t === slow ? 2.1 : 1.9))[0].name.key).toBe('w:slow');
    expect(termGroups([slow, phrase], (t) => (t === slow ? 1.5 : 1.2))[0].name.key).toBe('w:slow');
    expect(termGroups([slow, phrase], () => 1)[0].name.key).toBe('w:slow');
  });

  test('chains join: a CJK phrase and its three pairs', () => {
    const pairs = ['w:价格', 'w:格偏', 'w:偏高'].map((key): CandidateTerm => ({ key, parts: [], mentions: range(0, 6) }));
    const phrase: CandidateTerm = { key: 'p:价格偏高', parts: pairs.map((p) => p.key), mentions: range(0, 5) };
    const groups = termGroups([...pairs, phrase], () => 2);
    expect(groups).toHaveLength(1);
    expect(groups[0].name.key).toBe('p:价格偏高');
  });
});

describe('withoutSameComments', () => {
  const mentions: Record<string, number[]> = {
    friendly: range(0, 40),
    helpful: range(0, 39),
    staff: range(5, 45),
    slow: range(100, 120),
  };

  test('keeps the first of two themes that share 95 % of the comments of the larger', () => {
    expect(withoutSameComments(['friendly', 'helpful', 'staff', 'slow'], (t) => mentions[t])).toEqual(['friendly', 'staff', 'slow']);
  });

  test('two themes that many comments share, but not nearly all, stay', () => {
    // 35 of 40 (87.5 %): two complaints often made together are still two themes.
    expect(withoutSameComments(['friendly', 'staff'], (t) => mentions[t])).toEqual(['friendly', 'staff']);
  });
});
