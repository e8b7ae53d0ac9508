/**
 * Multi-select answers as Microsoft Forms ("Bugs;Pricing;") and Qualtrics'
 * choice-text export ("Bugs,Pricing") write them are split into options, as
 * Google Forms' "Bugs, Pricing" are (SPEC §10b), and so are the option codes
 * of Qualtrics' numeric export ("1,3,4"): the detector calls such a
 * column a multiple-choice question, never a segment, and each option is
 * tested on its own; so is a Google Forms column whose "Other" option adds a
 * free text to some answers. Expected figures are hand counts of the rows written.
 */
import { answerParts, isCodeList, isMultiSelect } from '../../../src/nps/drivers/multiSelect';
import { findDrivers } from '../../../src/nps/drivers/findDrivers';
import { answerKind } from '../../../src/nps/answerKinds';
import { findTable } from '../../../src/nps/table';
import { profileColumns } from '../../../src/nps/roles';

/**
 * 120 responses in four kinds of 30 (row i is kind i % 4): ticked Bugs (score 2),
 * Bugs and Pricing (4), Pricing (9), Speed and Pricing (10), joined by `join`.
 */
function frustrations(join: (options: string[]) => string): { cells: string[]; scores: number[] } {
  const kinds: [string[], number][] = [[['Bugs'], 2], [['Bugs', 'Pricing'], 4], [['Pricing'], 9], [['Speed', 'Pricing'], 10]];
  const cells: string[] = [];
  const scores: number[] = [];
  for (let i = 0; i < 120; i++) {
    const [options, score] = kinds[i % 4];
    cells.push(join(options));
    scores.push(score);
  }
  return { cells, scores };
}

const msForms = (options: string[]) => options.map((o) => `${o};`).join('');
const qualtricsText = (options: string[]) => options.join(',');

describe('answerParts', () => {
  test('cuts at a semicolon not followed by a space (Microsoft Forms) and at a bare comma (Qualtrics)', () => {
    expect(answerParts('Bugs;Pricing;')).toEqual(['Bugs', 'Pricing']);
    expect(answerParts('Speed;')).toEqual(['Speed']);
    expect(answerParts('Bugs,Pricing,Speed of delivery')).toEqual(['Bugs', 'Pricing', 'Speed of delivery']);
  });

  test('keeps a comma between digits and a semicolon followed by a space (prose)', () => {
    expect(answerParts('1,5')).toEqual(['1,5']);
    expect(answerParts('10,000 users')).toEqual(['10,000 users']);
    expect(answerParts('cheap; clean')).toEqual(['cheap; clean']);
  });
});

describe.each([
  ['Microsoft Forms', msForms],
  ['Qualtrics choice text', qualtricsText],
])('a multi-select column written by %s', (_, join) => {
  const { cells, scores } = frustrations(join);

  test('is multi-select, and a multiple-choice question rather than a segment', () => {
    expect(isMultiSelect(new Set(cells.map((c) => c.toLowerCase())))).toBe(true);
    const values = [['Which features frustrate you?'], ...cells.map((c) => [c])];
    expect(answerKind(values, cells.map((_, i) => i + 1), 0, 'Which features frustrate you?')).toBe('choice');
  });

  test('each option is tested on its own', () => {
    const rows = findDrivers([{ header: 'Frustrations', cells }], scores);
    const byAnswer = new Map(rows.map((r) => [r.answer, r]));
    expect([...byAnswer.keys()].sort()).toEqual(['Bugs', 'Pricing', 'Speed']);
    // Bugs: kinds 1 and 2, 60 detractors → −100; rest (kinds 3, 4): 60 promoters → +100.
    const bugs = byAnswer.get('Bugs')!;
    expect([bugs.responses, bugs.promoters, bugs.detractors]).toEqual([60, 0, 60]);
    expect(bugs.vsRest).toBeCloseTo(-200, 10);
    expect(bugs.significant).toBe(true);
    // Pricing: kinds 2, 3, 4 → 30 detractors, 60 promoters: (60 − 30) / 90 = 33.3; rest: kind 1, −100.
    const pricing = byAnswer.get('Pricing')!;
    expect([pricing.responses, pricing.promoters, pricing.detractors]).toEqual([90, 60, 30]);
    expect(pricing.vsRest).toBeCloseTo(100 / 3 + 100, 10);
    // Speed: kind 4, 30 promoters → 100; rest: 60 detractors and 30 promoters → (30 − 60) / 90.
    expect(byAnswer.get('Speed')!.vsRest).toBeCloseTo(100 + 100 / 3, 10);
  });
});

test('a Microsoft Forms export: the ";" column is a driver, not a segment; the plan is the segment', () => {
  const { cells, scores } = frustrations(msForms);
  const values: unknown[][] = [['ID', 'Completion time', 'How likely are you to recommend Contoso?', 'Which plan are you on?', 'Which features do you use?']];
  cells.forEach((cell, i) => values.push([i + 1, `3/${1 + (i % 28)}/2025 10:${String(i % 60).padStart(2, '0')}:00`, scores[i], ['Free', 'Pro', 'Team'][i % 3], cell]));
  const { mapping } = profileColumns(values, findTable(values)!, { locale: 'en_US' });
  expect(mapping.score).toBe(2);
  expect(mapping.segments).toEqual([3]);
  expect(mapping.drivers).toEqual([3, 4]);
});

describe("Qualtrics' numeric export: option codes joined by commas", () => {
  // 90 responses: codes "1,2,3" score 2 (rows 0–29), "2" score 9 (30–59), "3" score 10 (60–89).
  const cells = [...new Array(30).fill('1,2,3'), ...new Array(30).fill('2'), ...new Array(30).fill('3')];
  const scores = [...new Array(30).fill(2), ...new Array(30).fill(9), ...new Array(30).fill(10)];

  test('a column of code lists is multi-select; decimal commas are not', () => {
    expect(isCodeList(['1,2,3', '2', '3'])).toBe(true);
    expect(isMultiSelect(['1,2,3', '2', '3'])).toBe(true);
    expect(isCodeList(['1', '1,5', '2', '2,5', '3'])).toBe(false);
    expect(isMultiSelect(['1', '1,5', '2', '2,5', '3'])).toBe(false);
    const values = [['Q10'], ...cells.map((c) => [c])];
    expect(answerKind(values, cells.map((_, i) => i + 1), 0, 'Q10 · Which features do you use?')).toBe('choice');
  });

  test('each code is tested on its own', () => {
    const rows = findDrivers([{ header: 'Q10', cells }], scores);
    const vsRest = new Map(rows.map((r) => [r.answer, [r.responses, r.vsRest]]));
    // 1: 30 detractors (−100) vs 60 promoters (+100). 2: 30 detractors and 30 promoters (0) vs "3" (+100). 3: 0 vs "2" (+100).
    expect(vsRest.get('1')![0]).toBe(30);
    expect(vsRest.get('1')![1]).toBeCloseTo(-200, 10);
    expect(vsRest.get('2')![0]).toBe(60);
    expect(vsRest.get('2')![1]).toBeCloseTo(-100, 10);
    expect(vsRest.get('3')![1]).toBeCloseTo(-100, 10);
    expect(rows.map((r) => r.answer).sort()).toEqual(['1', '2', '3']);
  });
});

describe('Google Forms multi-select with an "Other" option (free text of one answer each)', () => {
  // 150 responses: "Bugs" ×30 (score 2), "Bugs, Pricing" ×30 (4), "Pricing" ×30 (9), "Speed, Pricing" ×30 (10),
  // "Bugs, Pricing, wish it had dark mode #i" ×15 (3), "Speed, my own note #i" ×15 (9).
  const cells: string[] = [];
  const scores: number[] = [];
  const add = (n: number, cell: (i: number) => string, score: number) => {
    for (let i = 0; i < n; i++) cells.push(cell(i)), scores.push(score);
  };
  add(30, () => 'Bugs', 2);
  add(30, () => 'Bugs, Pricing', 4);
  add(30, () => 'Pricing', 9);
  add(30, () => 'Speed, Pricing', 10);
  add(15, (i) => `Bugs, Pricing, wish it had dark mode #${i}`, 3);
  add(15, (i) => `Speed, my own note #${i}`, 9);

  test('is multi-select, and a multiple-choice question', () => {
    expect(isMultiSelect(new Set(cells.map((c) => c.toLowerCase())))).toBe(true);
    const values = [['Which problems did you have?'], ...cells.map((c) => [c])];
    expect(answerKind(values, cells.map((_, i) => i + 1), 0, 'Which problems did you have?')).toBe('choice');
  });

  test('each option is tested; the free texts (one response each) are not listed', () => {
    const rows = findDrivers([{ header: 'Problems', cells }], scores);
    expect(rows.map((r) => r.answer).sort()).toEqual(['Bugs', 'Pricing', 'Speed']);
    const byAnswer = new Map(rows.map((r) => [r.answer, r]));
    // Bugs: 75 detractors (−100) vs 75 promoters (+100).
    expect(byAnswer.get('Bugs')!.responses).toBe(75);
    expect(byAnswer.get('Bugs')!.vsRest).toBeCloseTo(-200, 10);
    // Pricing: 105 (60 promoters, 45 detractors) vs 45 (15 promoters, 30 detractors): 15/105 − (−15/45).
    expect(byAnswer.get('Pricing')!.responses).toBe(105);
    expect(byAnswer.get('Pricing')!.vsRest).toBeCloseTo((100 * 15) / 105 + (100 * 15) / 45, 10);
    // Speed: 45 promoters (+100) vs 105 (30 promoters, 75 detractors).
    expect(byAnswer.get('Speed')!.vsRest).toBeCloseTo(100 + (100 * 45) / 105, 10);
  });

  test('an answer that merely adds a remark to one option stays whole', () => {
    expect(isMultiSelect(['yes', 'no', 'yes, but only sometimes', 'no, not really'])).toBe(false);
  });
});
