import { readScore, scoreCategory, BLANK, INVALID } from '../../src/nps/score';
import * as vm from 'vm';

describe('readScore follows the SPEC §3 table', () => {
  it.each([
    ['empty text', ''],
    ['null', null],
    ['undefined', undefined],
    ['spaces only', '   '],
    ['a tab and a non-breaking space', '\t\u00a0'],
  ])('%s is blank', (_name, cell) => {
    expect(readScore(cell)).toBe(BLANK);
  });

  it('reads every whole number 0–10', () => {
    for (let s = 0; s <= 10; s++) expect(readScore(s)).toBe(s);
  });

  it('reads the number 10.0 as 10 (a number cell has no separate integer type)', () => {
    expect(readScore(10.0)).toBe(10);
  });

  it('reads −0 as 0', () => {
    expect(Object.is(readScore(-0), 0)).toBe(true);
  });

  it.each([
    ['"9"', '9', 9],
    ['" 9 "', ' 9 ', 9],
    ['"10"', '10', 10],
    ['"0"', '0', 0],
    ['"10.0" (plain number text follows the number rule)', '10.0', 10],
    ['"10 - Extremely likely"', '10 - Extremely likely', 10],
    ['"0 – Not at all likely" (en dash)', '0 \u2013 Not at all likely', 0],
    ['"0 — Not at all likely" (em dash)', '0 \u2014 Not at all likely', 0],
    ['"10-Extremely likely" (no spaces)', '10-Extremely likely', 10],
    ['"7: ok"', '7: ok', 7],
    ['"9/10"', '9/10', 9],
    ['"10/10"', '10/10', 10],
    ['"8 Likely" (space and a label)', '8 Likely', 8],
    ['"10/10?"', '10/10?', 10],
    ['"9 / 10"', '9 / 10', 9],
    ['"7:"', '7:', 7],
    ['"10 (Extremely likely)"', '10 (Extremely likely)', 10],
  ])('text %s reads as its leading score', (_name, cell, score) => {
    expect(readScore(cell)).toBe(score);
  });

  it.each([
    ['number 11', 11],
    ['number −1', -1],
    ['number 7.5', 7.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['text "11"', '11'],
    ['text "-1"', '-1'],
    ['text "7.5"', '7.5'],
    ['text "7,5"', '7,5'],
    ['text "11 - too high"', '11 - too high'],
    ['text "100"', '100'],
    ['text "9 10" (two numbers)', '9 10'],
    ['text "Promoter"', 'Promoter'],
    ['a text date "3/4/2025"', '3/4/2025'],
    ['a text date "2025-03-04"', '2025-03-04'],
    ['a time "10:30"', '10:30'],
    ['a range "1-5"', '1-5'],
    ['a range "0 – 10"', '0 \u2013 10'],
    ['another scale "4/5"', '4/5'],
    ['"9/100"', '9/100'],
    ['"9/10.5"', '9/10.5'],
    ['text "n/a"', 'n/a'],
    ['error "#N/A"', '#N/A'],
    ['error "#VALUE!"', '#VALUE!'],
    ['error "#DIV/0!"', '#DIV/0!'],
    ['true', true],
    ['false', false],
    ['a Date', new Date(Date.UTC(2025, 0, 9))],
    ['an object', { value: 9 }],
    ['an Error', new Error('#N/A')],
    ['an array', [9]],
  ])('%s is invalid', (_name, cell) => {
    expect(readScore(cell)).toBe(INVALID);
  });

  it('treats a Date of another realm as invalid too', () => {
    const foreignDate: unknown = vm.runInNewContext('new Date(Date.UTC(2025, 0, 9))');
    expect(foreignDate instanceof Date).toBe(false);
    expect(readScore(foreignDate)).toBe(INVALID);
  });
});

describe('scoreCategory', () => {
  it('splits 0–6, 7–8, 9–10', () => {
    const categories = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(scoreCategory);
    expect(categories).toEqual([
      'Detractor', 'Detractor', 'Detractor', 'Detractor', 'Detractor', 'Detractor', 'Detractor',
      'Passive', 'Passive', 'Promoter', 'Promoter',
    ]);
  });
});
