/**
 * A Qualtrics export in numeric values (three header rows, the recommend
 * question coded 1–11) writes a multi-select question as the codes of the
 * options ticked, "1,3,4" (SPEC §10b): that column is a multiple-choice
 * question tested option by option, not a number and not a segment.
 */
import { findTable } from '../../../src/nps/table';
import { profileColumns } from '../../../src/nps/roles';

const CODES = ['1', '4', '5', '2', '3', '3,4', '1,4', '2,4', '1,2,4', '2,3,5'];

/** 150 responses: ResponseId, RecordedDate, Q1 (1–11), Q3 plan, Q10 option codes. */
function qualtricsNumeric(): unknown[][] {
  const values: unknown[][] = [
    ['ResponseId', 'RecordedDate', 'Q1', 'Q3', 'Q10'],
    ['Response ID', 'Recorded Date', 'How likely are you to recommend Contoso to a friend?', 'Which plan are you on?', 'What frustrates you? (select all that apply)'],
    ['{"ImportId":"_recordId"}', '{"ImportId":"recordedDate"}', '{"ImportId":"QID1"}', '{"ImportId":"QID3"}', '{"ImportId":"QID10"}'],
  ];
  for (let i = 0; i < 150; i++) {
    values.push([`R_${(i * 7919).toString(36)}x${i}`, `2025-04-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`, 1 + ((i * 7) % 11), ['Free', 'Pro', 'Team'][i % 3], CODES[i % CODES.length]]);
  }
  return values;
}

test('the column of option codes is a driver, not a number or a segment; the plan is the segment', () => {
  const values = qualtricsNumeric();
  const table = findTable(values)!;
  expect(table.headerRows).toBe(3);
  const { columns, mapping } = profileColumns(values, table, { locale: 'en_US' });
  expect(mapping.score).toBe(2);
  expect(mapping.segments).toEqual([3]);
  expect(mapping.drivers).toEqual([3, 4]);
  expect(columns[4].role).toBe('other');
});
