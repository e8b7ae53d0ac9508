import { emptyTally, responsesOf, addScore, tallyCells, findFirstInvalid } from '../../src/nps/tally';
import { BLANK, INVALID } from '../../src/nps/score';

describe('tally', () => {
  it('starts empty', () => {
    expect(emptyTally()).toEqual({ promoters: 0, passives: 0, detractors: 0, ignored: 0 });
  });

  it('counts responses without the ignored cells', () => {
    expect(responsesOf({ promoters: 7, passives: 2, detractors: 1, ignored: 4 })).toBe(10);
  });

  it('addScore skips BLANK and counts INVALID as ignored', () => {
    const t = emptyTally();
    for (const s of [10, 9, 8, 7, 6, 0, BLANK, INVALID, INVALID]) addScore(t, s);
    expect(t).toEqual({ promoters: 2, passives: 2, detractors: 2, ignored: 2 });
  });
});

describe('tallyCells', () => {
  it('counts a single cell', () => {
    expect(tallyCells(8)).toEqual({ promoters: 0, passives: 1, detractors: 0, ignored: 0 });
    expect(tallyCells('10 - Extremely likely')).toEqual({ promoters: 1, passives: 0, detractors: 0, ignored: 0 });
    expect(tallyCells('')).toEqual({ promoters: 0, passives: 0, detractors: 0, ignored: 0 });
    expect(tallyCells('#N/A')).toEqual({ promoters: 0, passives: 0, detractors: 0, ignored: 1 });
  });

  it('keeps invalid and blank cells out of the responses of a mixed column', () => {
    // Valid: 10, 9, "9/10" (promoters 3), 7 (passive 1), 0, "3" (detractors 2) → 6 responses.
    // Invalid: 11, 7.5, "n/a", true, "#N/A", a Date → 6 ignored. Blank: "", null, "  " → nothing.
    const cells = [[10], [9], ['9/10'], [7], [0], ['3'], [11], [7.5], ['n/a'], [true], ['#N/A'], [new Date(0)], [''], [null], ['  ']];
    const t = tallyCells(cells);
    expect(t).toEqual({ promoters: 3, passives: 1, detractors: 2, ignored: 6 });
    expect(responsesOf(t)).toBe(6);
  });

  it('counts every cell of a 2-D block', () => {
    // Row 1: 9 P, 8 Q, 1 D; row 2: 10 P, "x" ignored, "" blank.
    expect(tallyCells([[9, 8, 1], [10, 'x', '']])).toEqual({ promoters: 2, passives: 1, detractors: 1, ignored: 1 });
  });

  it('reads a 1-D array as a column', () => {
    expect(tallyCells([9, 6, '7'])).toEqual({ promoters: 1, passives: 1, detractors: 1, ignored: 0 });
  });

  it('counts a large numeric range exactly', () => {
    // 1100 cells cycling 0..10: each score 100 times → 200 promoters, 200 passives, 700 detractors.
    const rows: number[][] = [];
    for (let i = 0; i < 1100; i++) rows.push([i % 11]);
    expect(tallyCells(rows)).toEqual({ promoters: 200, passives: 200, detractors: 700, ignored: 0 });
  });
});

describe('findFirstInvalid', () => {
  it('gives the 1-based row and column inside the range', () => {
    expect(findFirstInvalid([[9], [''], [8, 'maybe'], ['#N/A']])).toEqual({ value: 'maybe', row: 3, column: 2 });
  });

  it('reads a single cell as row 1, column 1', () => {
    expect(findFirstInvalid('#N/A')).toEqual({ value: '#N/A', row: 1, column: 1 });
  });

  it('is null when every cell is a score or blank', () => {
    expect(findFirstInvalid([[9], [''], [null], ['10 - Extremely likely']])).toBeNull();
    expect(findFirstInvalid('')).toBeNull();
  });
});
