import { importText } from '../../../src/local/import';
import { detectDelimiter } from '../../../src/local/import/delimiter';

describe('detectDelimiter', () => {
  test.each([
    ['comma', 'Timestamp,Score,Comment\n8/15/2025,9,"Good; fast"\n8/16/2025,7,ok\n', ','],
    ['semicolon with decimal commas', 'Datum;Punkte;Kommentar\n24.12.2025;3,5;gut\n25.12.2025;4,5;schön, aber teuer\n', ';'],
    ['semicolon, no header, a decimal comma on every line', '1;3,5;x\n2;4,5;y\n3;5,5;z\n', ';'],
    ['tab', 'a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['pipe', 'a|b|c\n1|2|3\n', '|'],
    ['quoted separators ignored', 'a,b\n"x;y;z",1\n"p;q;r",2\n', ','],
    ['one column', 'Score\n9\n10\n', ','],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  test('title rows above the table do not decide', () => {
    const text = 'NPS export\nGenerated 2025-01-01\n\nDate;Score;Region\n1.1.2025;9;EU\n2.1.2025;7;US\n3.1.2025;10;EU\n';
    expect(detectDelimiter(text)).toBe(';');
  });
});

describe('importText', () => {
  test('a ; separated de_DE export with decimal commas and D.M.YYYY dates', () => {
    const text = 'Datum;Punkte;Kommentar\n24.12.2025;3,5;gut\n01.02.2026;10;"Preis; Leistung"\n';
    const { sheets } = importText(text, { locale: 'de_DE', timeZone: 'UTC', fileName: 'umfrage.csv' });
    expect(sheets[0].name).toBe('umfrage');
    expect(sheets[0].values).toEqual([
      ['Datum', 'Punkte', 'Kommentar'],
      [new Date(Date.UTC(2025, 11, 24)), 3.5, 'gut'],
      [new Date(Date.UTC(2026, 1, 1)), 10, 'Preis; Leistung'],
    ]);
  });

  test('TSV, with commas inside fields', () => {
    const text = 'When\tScore\tWhy\r\n2025-03-04 17:22\t9\tFast, friendly\r\n2025-03-05\t6\tSlow\r\n';
    expect(importText(text).sheets[0].values).toEqual([
      ['When', 'Score', 'Why'],
      [new Date(Date.UTC(2025, 2, 4, 17, 22)), 9, 'Fast, friendly'],
      [new Date(Date.UTC(2025, 2, 5)), 6, 'Slow'],
    ]);
  });

  test('quoted fields keep separators, doubled quotes and line breaks', () => {
    const text = 'Score,Comment\n9,"Line one\nline two, ""quoted"""\n7,plain\n';
    expect(importText(text).sheets[0].values).toEqual([
      ['Score', 'Comment'],
      [9, 'Line one\nline two, "quoted"'],
      [7, 'plain'],
    ]);
  });

  test('quoted numbers are numbers: CSV quotes are syntax, not a text marker', () => {
    const text = 'Score,Code\n"9","00123"\n"10","7%"\n';
    expect(importText(text).sheets[0].values).toEqual([
      ['Score', 'Code'],
      [9, 123],
      [10, 0.07],
    ]);
  });

  test('formula-like and HTML cells stay text exactly, quoted or not', () => {
    const text = 'A,B,C,D\n"=HYPERLINK(""x"")",+1,@x,<script>alert(1)</script>\n=1+1,-,"-@x",=SUM(A1:A2)\n';
    expect(importText(text).sheets[0].values).toEqual([
      ['A', 'B', 'C', 'D'],
      ['=HYPERLINK("x")', '+1', '@x', '<script>alert(1)</script>'],
      ['=1+1', '-', '-@x', '=SUM(A1:A2)'],
    ]);
  });

  test('short rows are padded with "" and blank lines inside the data stay as empty rows', () => {
    const text = 'a,b,c\n1\n\n2,3\n\n\n';
    expect(importText(text).sheets[0].values).toEqual([
      ['a', 'b', 'c'],
      [1, '', ''],
      ['', '', ''],
      [2, 3, ''],
    ]);
  });

  test('a leading BOM is not part of the first header', () => {
    expect(importText('\uFEFFScore\n9\n').sheets[0].values).toEqual([['Score'], [9]]);
  });

  test('text without a file name is imported into Sheet1', () => {
    expect(importText('a\n1').sheets[0].name).toBe('Sheet1');
  });

  test('blank text is an ImportError', () => {
    expect(() => importText(' \n\n', { fileName: 'x.csv' })).toThrow('x.csv is empty');
  });
});
