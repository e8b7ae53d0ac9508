/**
 * The 52-column export (scripts/make-wide-survey.mjs): NPS by gender pools
 * "Male"/"male" and "Female"/"female" (shown as written most often) and puts
 * NA in "(blank)", with the counts of the truth; the second recommend
 * question is offered as another score, never a segment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli } from './run';

const truth = JSON.parse(readFileSync(join(FIXTURES, 'wide', 'forms_52_columns.truth.json'), 'utf8'));
const run = runCli('analyze', join(FIXTURES, 'wide', truth.file), '--json', '--segment-column', String(truth.genderColumn));
const report = run.status === 0 ? JSON.parse(run.stdout) : null;

test('the run succeeds', () => {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

test('NPS by gender: one row per folded value, NA in (blank), counts of the truth', () => {
  const rows = report.segments.find((s: { column: number }) => s.column === truth.genderColumn).rows;
  const byValue = Object.fromEntries(
    rows.map((r: Record<string, number>) => [r.value, { responses: r.responses, promoters: r.promoters, passives: r.passives, detractors: r.detractors }]),
  );
  expect(byValue).toEqual(truth.byGender);
});

test('JSON alternativeScores names the second recommend question; it is no segment', () => {
  expect(report.alternativeScores.map((a: { column: number }) => a.column)).toEqual(truth.alternativeScores);
  expect(report.mapping.segments).not.toContain(truth.alternativeScores[0]);
});
