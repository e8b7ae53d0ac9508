import { findTable } from '../../../src/nps/table';
import { profileColumns } from '../../../src/nps/roles';
import { corpus, largeCorpus, type CorpusSheet } from './corpus';

function check(sheet: CorpusSheet) {
  const table = findTable(sheet.values);
  expect(table).toEqual(sheet.truth.table);
  const { columns, mapping } = profileColumns(sheet.values, table!, { locale: sheet.locale });
  const detected = columns.map((c) => `${c.letter}:${c.role}`).join(' ');
  // The column roles go into the message so a failure shows what the detector saw.
  expect({ detected, score: mapping.score }).toEqual({ detected, score: sheet.truth.score });
  if (sheet.truth.dates.length) expect(sheet.truth.dates).toContain(mapping.date);
  else expect(mapping.date).toBeNull();
  expect({ detected, segments: mapping.segments.slice().sort((a, b) => a - b) }).toEqual({ detected, segments: sheet.truth.segments });
  expect({ detected, comments: mapping.comments }).toEqual({ detected, comments: sheet.truth.comments });
  for (const [index, role] of sheet.truth.roles) expect({ detected, index, role: columns[index].role }).toEqual({ detected, index, role });
}

describe('corpus: table position, score, date, segments and comments of every generated sheet', () => {
  const sheets = corpus();
  it('has many shapes and items', () => {
    expect(sheets.length).toBeGreaterThan(150);
  });
  it.each(sheets.map((s) => [s.name, s] as const))('%s', (_, sheet) => check(sheet));
});

describe('corpus: Google Forms with 30,000+ rows', () => {
  it.each(largeCorpus().map((s) => [s.name, s] as const))('%s', (_, sheet) => check(sheet));
});
