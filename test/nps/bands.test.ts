import { bandOf } from '../../src/nps/bands';
import { fewResponsesNote, isFewResponses } from '../../src/nps/fewResponses';
import { significanceWords } from '../../src/nps/significanceWords';
import { confidenceText, pValueText, pointsText, rangeInWords } from '../../src/nps/rangeWords';
import { readablePeriod } from '../../src/nps/periodWords';
import { headlineReading } from '../../src/nps/headlineReading';

describe('bandOf: ≤ 0 needs improvement, (0, 50) good, [50, 70) excellent, ≥ 70 world class', () => {
  test.each([
    [-100, 'Needs improvement'], [-0.01, 'Needs improvement'], [0, 'Needs improvement'],
    [0.01, 'Good'], [7.8, 'Good'], [49.99, 'Good'],
    [50, 'Excellent'], [69.99, 'Excellent'],
    [70, 'World class'], [100, 'World class'],
  ])('%p → %s', (nps, band) => expect(bandOf(nps)).toBe(band));
});

describe('few responses: 1 to 29', () => {
  test.each([[0, false], [1, true], [29, true], [30, false], [500, false]])('%p → %p', (n, few) => expect(isFewResponses(n)).toBe(few));
});

describe('ranges and p-values in words', () => {
  test('an interval reads as its two rounded bounds with the confidence', () => {
    expect(rangeInWords([45.27, 71.24], 0.95)).toBe('likely between 45 and 71 (95 % confidence)');
    expect(rangeInWords([-0.3, 15.7], 0.9)).toBe('likely between 0 and 16 (90 % confidence)');
    expect(rangeInWords([-100, -62.5], 0.99)).toBe('likely between -100 and -63 (99 % confidence)');
  });
  test('confidence, points and p-values', () => {
    expect(confidenceText(0.995)).toBe('99.5 %');
    expect(pointsText(-0.4)).toBe('0');
    expect(pointsText(12.5)).toBe('13');
    expect(pValueText(0.0213)).toBe('p = 0.021');
    expect(pValueText(0.41)).toBe('p = 0.41');
    expect(pValueText(0.0004)).toBe('p < 0.001');
    expect(pValueText(1)).toBe('p = 1');
  });
  test('weeks read as "Week of"; days as a date; other periods keep their label', () => {
    expect(readablePeriod('2025-04-28', '2025-W18', 'week')).toBe('Week of Apr 28, 2025');
    expect(readablePeriod('2025-04-27', '2025-04-27', 'week-sunday')).toBe('Week of Apr 27, 2025');
    expect(readablePeriod('2025-12-31', '2025-12-31', 'day')).toBe('Dec 31, 2025');
    expect(readablePeriod('2025-04-01', '2025 Q2', 'quarter')).toBe('2025 Q2');
  });
  test('the headline reading of 70 promoters, 20 passives, 10 detractors (NPS 60, Rocks: 45.27 to 71.24)', () => {
    expect(headlineReading({ responses: 100, promoters: 70, passives: 20, detractors: 10, nps: 60, ci: [45.2698, 71.2351] }, 0.95)).toEqual({
      band: 'Excellent',
      scale: 'scale −100 to 100',
      range: 'likely between 45 and 71 (95 % confidence)',
      fewResponses: false,
    });
    expect(headlineReading({ responses: 0, promoters: 0, passives: 0, detractors: 0, nps: null, ci: null }, 0.95).band).toBeNull();
    expect(headlineReading({ responses: 20, promoters: 20, passives: 0, detractors: 0, nps: 100, ci: [84.8, 100] }, 0.95).fewResponses).toBe(true);
  });
});

describe('significance and few responses in words', () => {
  test('Yes ▲ for a real rise, Yes ▼ for a real fall, No for noise, "" when nothing was tested', () => {
    expect(significanceWords(true, 12.5)).toBe('Yes ▲');
    expect(significanceWords(true, -0.1)).toBe('Yes ▼');
    expect(significanceWords(false, 40)).toBe('No');
    expect(significanceWords(null, null)).toBe('');
    expect(significanceWords(false, null)).toBe('');
  });
  test('the few-responses note', () => {
    expect(fewResponsesNote(true)).toBe('few responses');
    expect(fewResponsesNote(false)).toBe('');
  });
});
