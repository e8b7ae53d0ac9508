import { isBlankCell, isNoAnswerText, isUnanswered, looksEmpty } from '../../src/nps/cellKinds';

describe('isNoAnswerText: how R, pandas, SPSS, Excel and people write "no answer"', () => {
  it.each([
    'NA', 'N/A', 'n/a', 'na', ' NA ', '-', '--', '---', '–', '—', '.', 'null', 'NULL', 'None', 'none', 'nan', 'NaN', 'NaT', '<NA>', 'nil', 'missing',
    '#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '(blank)', '(empty)', '?', 'n.a.', 'keine Angabe', 'k.A.', 'NS/NC',
    '\u00A0NA\u00A0', 'N\u200B/A',
  ])('%j is a marker', (text) => {
    expect(isNoAnswerText(text)).toBe(true);
    expect(isUnanswered(text)).toBe(true);
  });

  it.each(['no', 'nothing to add', 'Nancy', 'NAB', 'N/A is not an answer', '0', '9', '-1', '.5', '??? why', 'nan bread', 'Null pointer on login'])(
    '%j is not a marker',
    (text) => {
      expect(isNoAnswerText(text)).toBe(false);
      expect(isUnanswered(text)).toBe(false);
    },
  );

  it('is only about text cells', () => {
    for (const cell of [0, NaN, null, undefined, true, new Date(0)]) expect(isNoAnswerText(cell)).toBe(false);
  });
});

describe('looksEmpty: cells that show nothing', () => {
  it.each(['', ' ', '\u00A0', '\u00A0 \u00A0', '\t', '\u200B', ' \u200B\u200C\u200D ', '\u2060', '\uFEFF', '\u00AD'])('%j looks empty', (text) => {
    expect(looksEmpty(text)).toBe(true);
    expect(isNoAnswerText(text)).toBe(true);
  });

  it('a zero-width space is not blank to SPEC §3 (the analysis counts it as ignored), but it looks empty to the detector', () => {
    expect(isBlankCell('\u200B')).toBe(false);
    expect(isUnanswered('\u200B')).toBe(true);
  });

  it.each([null, undefined])('%p looks empty', (cell) => expect(looksEmpty(cell)).toBe(true));
  it.each(['x', 0, '0', '\u200Bx'])('%j does not', (cell) => expect(looksEmpty(cell)).toBe(false));
});
