/**
 * A 52-column Google Forms-like export (scripts/make-wide-survey.mjs, with
 * its truth): the detector keeps plan, region, role and the like as segments,
 * takes Likert items and multiple-choice questions as drivers only, and
 * leaves the score, the second recommend question, the anti-robot question,
 * ids, e-mails, names, comments and one-value columns out of both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, parseCsv } from '../../helpers/readCsv';
import { findTable } from '../../../src/nps/table';
import { profileColumns } from '../../../src/nps/roles';

const truth = JSON.parse(readFileSync(join(FIXTURES, 'wide', 'forms_52_columns.truth.json'), 'utf8'));
const values = parseCsv(readFileSync(join(FIXTURES, 'wide', truth.file), 'utf8'));
const table = findTable(values)!;
const { mapping, scoreQuestions } = profileColumns(values, table, { locale: truth.locale });
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

test('52 columns; score and date as the truth says', () => {
  expect(values[0]).toHaveLength(52);
  expect(table).toEqual(truth.table);
  expect(mapping.score).toBe(truth.score);
  expect(truth.dates).toContain(mapping.date);
});

test('the segments are the columns a respondent belongs to, plan, region or role first', () => {
  expect(sorted(mapping.segments)).toEqual(sorted(truth.segments));
  expect(truth.bestSegments).toContain(mapping.segments[0]);
});

test('the second recommend question is another score, never a segment or a driver', () => {
  expect(scoreQuestions.slice(1)).toEqual(truth.alternativeScores);
  for (const column of truth.alternativeScores) {
    expect(mapping.segments).not.toContain(column);
    expect(mapping.drivers).not.toContain(column);
  }
});

test('drivers: the segments, the Likert items and the multiple-choice questions, nothing else', () => {
  expect(sorted(mapping.drivers!)).toEqual(sorted([...truth.segments, ...truth.questions]));
  for (const column of truth.neither) expect(mapping.drivers).not.toContain(column);
});
