/**
 * SurveyMonkey's Spanish recommend question ("¿Qué probabilidad hay de que
 * recomiende…?") is the recommend question: beside a second 0–10 question
 * ("How likely are you to recommend Python…", SPEC 10b) it stays the score,
 * and the other is the alternative score.
 */
import { findTable } from '../../../src/nps/table';
import { profileColumns } from '../../../src/nps/roles';
import { headerHints } from '../../../src/nps/headerWords';

test('"recomiende" names the recommend question', () => {
  expect(headerHints('¿Qué probabilidad hay de que recomiende Contoso a un amigo o colega?').recommend).toBe(true);
});

test('the Spanish recommend question is the score; "recommend Python" is the alternative', () => {
  // 100 rows: every row answers the Spanish question (0–10), two rows in five Python (0–10, NA otherwise).
  const values: unknown[][] = [['Marca temporal', '¿Qué probabilidad hay de que recomiende Contoso a un amigo o colega?', 'How likely are you to recommend Python to a friend or colleague?', 'Plan']];
  for (let i = 0; i < 100; i++) values.push([`2025-03-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`, i % 11, i % 5 < 2 ? (i * 3) % 11 : 'NA', ['Free', 'Pro'][i % 2]]);
  const { mapping, scoreQuestions } = profileColumns(values, findTable(values)!, { locale: 'es_ES' });
  expect(mapping.score).toBe(1);
  expect(scoreQuestions).toEqual([1, 2]);
  expect(mapping.segments).not.toContain(2);
  expect(mapping.drivers).not.toContain(2);
});
