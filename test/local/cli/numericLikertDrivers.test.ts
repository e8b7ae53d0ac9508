/**
 * `analyze` on a Qualtrics-like numeric export (three header rows, Likert
 * items coded 1–5): "What goes with the score" finds a planted numeric item
 * in the readable, JSON and HTML outputs, lists an item independent of the
 * score as not significant, and never tests an age or a head count coded
 * 1–5 (SPEC 10b). Figures by hand: NPS = (P − D) / n × 100; p from the
 * independent helper of SPEC §2's difference test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { differenceP } from '../../helpers/differenceP';
import { runCli } from './run';

const IDS = ['StartDate', 'RecordedDate', 'ResponseId', 'Q1', 'Q2_1', 'Q2_2', 'Q3', 'Q4', 'Q5'];
const LABELS = [
  'Start Date', 'Recorded Date', 'Response ID',
  'How likely are you to recommend Contoso to a friend or colleague?',
  'Please rate - Support resolves my issues', 'Please rate - Billing is clear',
  'Age', 'Number of employees', 'Which plan are you on?',
];
/** Per answer 1–5 of the planted item: [promoters, passives, detractors], 60 rows each (300 in all). */
const CELLS: [number, number, number][] = [[5, 10, 45], [5, 10, 45], [30, 20, 10], [30, 20, 10], [30, 20, 10]];
const SCORES = { promoter: [9, 10], passive: [7, 8], detractor: [0, 3, 6] };

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nps-numeric-likert-'));
  const lines = [IDS.join(','), LABELS.map((l) => `"${l}"`).join(','), IDS.map((id) => `"{""ImportId"":""QID${id.slice(1)}""}"`).join(',')];
  let row = 0;
  CELLS.forEach((counts, v) => {
    (['promoter', 'passive', 'detractor'] as const).forEach((group, g) => {
      for (let k = 0; k < counts[g]; k++, row++) {
        const day = `2025-03-${String((row % 28) + 1).padStart(2, '0')} 10:00:00`;
        const score = SCORES[group][k % SCORES[group].length];
        // The second item cycles 1–5 inside each (answer, group) cell: every answer gets the same mix of groups.
        const unrelated = (k % 5) + 1;
        lines.push([day, day, `R_${1000 + row}`, score, v + 1, unrelated, v + 1, 5 - v, row % 2 ? 'Pro' : 'Free'].join(','));
      }
    });
  });
  file = join(dir, 'qualtrics_numeric.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('JSON: the planted item is a significant driver, by hand; the unrelated item is not; age and head count are not tested', () => {
  const run = runCli('analyze', file, '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout);
  expect(json.mapping.score).toBe(3);
  expect([json.overall.promoters, json.overall.passives, json.overall.detractors]).toEqual([100, 80, 120]);
  const rows = (column: number) => json.drivers.filter((d: { column: number }) => d.column === column);

  const planted = rows(4);
  expect(planted.map((d: { answer: string }) => d.answer).sort()).toEqual(['1', '2', '3', '4', '5']);
  const one = planted.find((d: { answer: string }) => d.answer === '1');
  // "1": 5 P, 10 Pa, 45 D of 60 → −66.67; the rest: 95 P, 70 Pa, 75 D of 240 → +8.33.
  expect(one.responses).toBe(60);
  expect(one.nps).toBeCloseTo((-40 / 60) * 100, 9);
  expect(one.vsRest).toBeCloseTo((-40 / 60) * 100 - (20 / 240) * 100, 9);
  expect(one.p).toBeCloseTo(differenceP([5, 10, 45], [95, 70, 75]), 12);
  expect(one.significant).toBe(true);
  const five = planted.find((d: { answer: string }) => d.answer === '5');
  // "5": 30 P, 20 Pa, 10 D → +33.33; the rest: 70 P, 60 Pa, 110 D of 240 → −16.67.
  expect(five.vsRest).toBeCloseTo((20 / 60) * 100 + (40 / 240) * 100, 9);
  expect(five.significant).toBe(true);

  // Each answer of the unrelated item: 20 P, 16 Pa, 24 D, as the rest has (80, 64, 96): no difference at all.
  const unrelated = rows(5);
  expect(unrelated).toHaveLength(5);
  for (const d of unrelated) {
    expect(d.nps).toBeCloseTo((-4 / 60) * 100, 9);
    expect(d.vsRest).toBeCloseTo(0, 9);
    expect(d.significant).toBe(false);
  }
  // Age and the head count follow the planted item exactly, but are never tested.
  expect(rows(6)).toEqual([]);
  expect(rows(7)).toEqual([]);
  // Holm across every pair tested: 5 + 5 item answers and the plan's 2 answers.
  expect(json.drivers.filter((d: { tested: boolean }) => d.tested)).toHaveLength(12);
});

test('readable and HTML outputs list the numeric item under "What goes with the score"', () => {
  const text = runCli('analyze', file);
  expect(text.status).toBe(0);
  const section = text.stdout.split('What goes with the score\n')[1].split('\n\n')[0];
  expect(section).toMatch(/Support resolves my issues +1 +60 /);
  expect(section).not.toMatch(/Age|employees|Billing/);
  const page = join(dir, 'report.html');
  expect(runCli('analyze', file, '--out', page).status).toBe(0);
  const drivers = readFileSync(page, 'utf8').split('<h2>What goes with the score</h2>')[1].split('<h2>')[0];
  expect(drivers).toContain('Support resolves my issues');
  expect(drivers).not.toContain('Number of employees');
});
