/**
 * The Likert items coded as numbers that the detector offers as driver
 * candidates (SPEC 10b) give way to the user's roles: a column the user gave
 * a role (score, segment, anything) is no longer an extra candidate.
 */
import { columnsInForce } from '../../src/sheets/columnProfiles';
import { findTable } from '../../src/nps/table';
import { zoneFor } from '../../src/nps/zone';

const values: unknown[][] = [['Submitted', 'How likely are you to recommend us?', 'Support resolves my issues', 'How easy was setup?', 'Region']];
for (let i = 0; i < 90; i++) {
  values.push([`2025-01-${String((i % 28) + 1).padStart(2, '0')}`, i % 11, (i % 5) + 1, ((i * 3) % 7) + 1, ['North', 'South', 'East'][i % 3]]);
}
const table = findTable(values)!;
const zone = zoneFor('UTC');
const header = (index: number) => ({ header: String(values[0][index]), index });

test('with no roles saved, both numeric items are candidates beside the detected drivers', () => {
  const inForce = columnsInForce(values, table, 'en_US', [], zone);
  expect(inForce.mapping.score).toBe(1);
  expect(inForce.scaleItems).toEqual([2, 3]);
  expect(inForce.mapping.drivers).toEqual([4]);
});

test('a numeric item the user made a segment is a driver once, as a segment', () => {
  const inForce = columnsInForce(values, table, 'en_US', [{ column: header(2), role: 'segment' }], zone);
  expect(inForce.mapping.drivers).toContain(2);
  expect(inForce.scaleItems).toEqual([3]);
});

test('a numeric item the user chose as the score, or marked as a number, is no candidate', () => {
  expect(columnsInForce(values, table, 'en_US', [{ column: header(3), role: 'score' }], zone).scaleItems).toEqual([2]);
  expect(columnsInForce(values, table, 'en_US', [{ column: header(2), role: 'number' }], zone).scaleItems).toEqual([3]);
});
