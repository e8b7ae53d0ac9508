/**
 * NPS_DRIVERS as Apps Script runs it: the built dist/ in a bare V8 context.
 * Expected figures are hand arithmetic and the independent p of
 * test/helpers/differenceP.ts.
 */
import { loadBareBundle } from '../helpers/bareBundle';
import { differenceP } from '../helpers/differenceP';

const times = <T>(n: number, value: T): T[] => new Array<T>(n).fill(value);
const mix = (promoters: number, passives: number, detractors: number): number[] => [...times(promoters, 10), ...times(passives, 7), ...times(detractors, 0)];

describe('NPS_DRIVERS in the bare bundle', () => {
  const bundle = loadBareBundle({ timeZone: 'Europe/Paris', locale: 'fr_FR' });
  // Plan: "Pro" 30 P, 5 Pa, 5 D (spelled "Pro" and "PRO"); "Free" 10, 10, 20. Region: "=EU" for all but 10 "N/A".
  const plan = [...times(20, 'Pro'), ...times(20, 'PRO'), ...times(40, 'Free')];
  const region = [...times(70, '=EU'), ...times(10, 'N/A')];
  const answers = [['Plan', 'Region'], ...plan.map((p, i) => [p, region[i]])];
  const scores = mix(30, 5, 5).concat(mix(10, 10, 20)).map((s) => [s]);

  test('the help card example: header, Pro against Free, Holm over the two pairs', () => {
    const table = bundle.call('NPS_DRIVERS', answers.map((row) => [row[0]]), scores, 30) as unknown[][];
    expect(table[0]).toEqual(['Question', 'Answer', 'Responses', 'NPS', 'Difference vs rest', 'p', 'p adjusted', 'Significant']);
    const p = differenceP([30, 5, 5], [10, 10, 20]);
    expect(table.map((row) => row.slice(0, 3))).toEqual([table[0].slice(0, 3), ['Plan', 'Pro', 40], ['Plan', 'Free', 40]]);
    expect(table[1][3] as number).toBeCloseTo(62.5, 10);
    expect(table[1][4] as number).toBeCloseTo(87.5, 10);
    expect(table[1][5] as number).toBeCloseTo(p, 12);
    expect(table[1][6] as number).toBeCloseTo(2 * p, 12);
    expect(table[1][7]).toBe(true);
    // As the help card rounds them.
    expect([(table[1][5] as number).toFixed(6), (table[1][6] as number).toFixed(6)]).toEqual(['0.000001', '0.000002']);
  });

  test('several questions; an answer nobody else gave is untested; text from the data stays text', () => {
    const table = bundle.call('NPS_DRIVERS', answers, scores, 10) as unknown[][];
    // Region "=EU" is every answered row (70), so it has no rest; the 10 N/A are "(blank)", listed at min_responses 10, untested.
    const region = table.filter((row) => row[0] === 'Region');
    expect(region.map((row) => [row[1], row[2], row[4], row[5], row[6], row[7]])).toEqual([
      ['=EU', 70, '', '', '', ''],
      ['(blank)', 10, '', '', '', ''],
    ]);
  });

  test('errors name the function, the problem and the fix', () => {
    expect(() => bundle.call('NPS_DRIVERS', answers, scores.slice(1))).toThrow(
      /^NPS_DRIVERS: scores must have one row per answer row \(79 vs 80 under the header of answers\)\. Select answers with their header and scores without it/,
    );
    expect(() => bundle.call('NPS_DRIVERS', answers, [['NPS'], ...scores])).toThrow(/\(81 vs 80 under the header/);
    expect(() => bundle.call('NPS_DRIVERS', [['Plan']], [])).toThrow(/^NPS_DRIVERS: answers must be the question columns WITH their header row/);
    expect(() => bundle.call('NPS_DRIVERS', answers, scores.map((s) => [s[0], 1]))).toThrow(/^NPS_DRIVERS: scores must be one column/);
    expect(() => bundle.call('NPS_DRIVERS', answers, scores, 71)).toThrow(/^NPS_DRIVERS: no answer was given by at least 71 responses\. Lower min_responses/);
    expect(() => bundle.call('NPS_DRIVERS', answers, scores.map(() => ['x']))).toThrow(/^NPS_DRIVERS: no valid 0–10 scores/);
    expect(() => bundle.call('NPS_DRIVERS', answers, scores, 0)).toThrow(/^NPS_DRIVERS: min_responses must be a whole number of at least 1/);
    expect(() => bundle.call('NPS_DRIVERS', answers, scores, 30, 95)).toThrow(/^NPS_DRIVERS: confidence must be a number strictly between 0 and 1/);
  });
});
