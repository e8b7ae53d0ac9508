/** Worksheet XML without row and cell references (ECMA-376 §18.3.1.4, §18.3.1.73: `r` is optional). */
import { addReferences, missesReferences } from '../../../src/local/import/cellReferences';

describe('addReferences', () => {
  test('counts rows and cells on from the previous one, keeping the references given', () => {
    const xml = '<sheetData><row><c t="s"><v>0</v></c><c><v>9</v></c></row><row r="5"><c r="Z5"><v>1</v></c><c/><c><v>2</v></c></row><row/><row><c><v>3</v></c></row></sheetData>';
    expect(addReferences(xml)).toBe(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>9</v></c></row><row r="5"><c r="Z5"><v>1</v></c><c r="AA5"/><c r="AB5"><v>2</v></c></row><row r="6"/><row r="7"><c r="A7"><v>3</v></c></row></sheetData>',
    );
  });

  test('leaves cols, cfRule and namespaced parts alone, and handles a prefix', () => {
    const xml = '<x:cols><x:col min="1" max="2"/></x:cols><x:sheetData><x:row><x:c><x:v>4</x:v></x:c></x:row></x:sheetData>';
    expect(addReferences(xml)).toBe('<x:cols><x:col min="1" max="2"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>4</x:v></x:c></x:row></x:sheetData>');
  });

  test('missesReferences tells when there is anything to add', () => {
    expect(missesReferences('<row r="1"><c r="A1"><v>1</v></c></row>')).toBe(false);
    expect(missesReferences('<row r="1"><c><v>1</v></c></row>')).toBe(true);
    expect(missesReferences('<row><c r="A1"><v>1</v></c></row>')).toBe(true);
  });
});
