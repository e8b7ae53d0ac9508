/**
 * RepeatedFields converts each distinct field of a column once: the cells
 * are exactly those the converter makes, field by field, whatever the
 * number of distinct fields, and a Date is never one object in two cells.
 */
import { cellConverter } from '../../../src/local/import/cellConversion';
import { RepeatedFields } from '../../../src/local/import/repeatedFields';
import { readDelimitedText } from '../../../src/local/import/csv';

const convert = cellConverter('en_US', 'Europe/Berlin');

test('repeated answers, numbers, booleans and blanks convert as the converter does', () => {
  const fields = new RepeatedFields(convert);
  const column = ['Agree', ' 9 ', '9', 'TRUE', '', 'Agree', '3/4/2025', 'N/A', '9', 'true', ' Agree'];
  const cells = column.map((field) => fields.cell(0, field));
  expect(cells).toEqual(column.map((field) => convert(field)));
  expect(cells.slice(0, 6)).toEqual(['Agree', 9, 9, true, '', 'Agree']);
  expect(cells[10]).toBe(' Agree'); // kept as written, as Sheets keeps text
});

test('the same text in two columns is each column’s own value', () => {
  const fields = new RepeatedFields(convert);
  expect(fields.cell(0, '12')).toBe(12);
  expect(fields.cell(1, 'Pro')).toBe('Pro');
  expect(fields.cell(1, '12')).toBe(12);
});

test('a free-text column past 1,000 distinct fields still converts every field', () => {
  const fields = new RepeatedFields(convert);
  for (let i = 0; i < 2500; i++) {
    const field = i % 7 === 0 ? String(i) : `Comment number ${i}`;
    expect(fields.cell(3, field)).toBe(i % 7 === 0 ? i : field);
  }
  expect(fields.cell(3, 'Comment number 5')).toBe('Comment number 5');
  expect(fields.cell(3, '2,500')).toBe(2500);
});

test('a date text met twice makes two Date cells of the same instant', () => {
  const { sheet } = readDelimitedText('When,Score\n2025-03-04 10:00,9\n2025-03-04 10:00,9\n', 'x', 'en_US', 'UTC', 'x.csv');
  const [, first, second] = sheet.values;
  expect(first[0]).toBeInstanceOf(Date);
  expect(second[0]).not.toBe(first[0]);
  expect((second[0] as Date).getTime()).toBe(Date.UTC(2025, 2, 4, 10));
  expect(first[1]).toBe(9);
});
