/**
 * The emulator's grid formatting (setFontWeights, setBackgrounds,
 * setFontColors, setColumnWidths) and geometry (Sheets' default column
 * width 100 px, row height 21 px, chart size 600 × 371 px).
 */
import { chartRect, columnLeft, overlaps } from '../../../src/local/sheets';
import { setup } from './helpers';

describe('grid formatting', () => {
  test('setFontWeights and setBackgrounds set one value per cell; null resets; each is one counted call', () => {
    const { app, counter } = setup();
    const range = app.getActiveSheet().getRange('A1:B2');
    counter.reset();
    range.setFontWeights([['bold', 'normal'], [null, 'bold']]);
    range.setBackgrounds([['#E8EAED', null], ['#fce8b2', '#ffffff']]);
    expect(Object.fromEntries(counter.byMethod)).toMatchObject({ 'Range.setFontWeights': 1, 'Range.setBackgrounds': 1 });
    expect(range.getFontWeights()).toEqual([['bold', 'normal'], ['normal', 'bold']]);
    expect(range.getBackgrounds()).toEqual([['#e8eaed', '#ffffff'], ['#fce8b2', '#ffffff']]);
    range.setBackgrounds([[null, null], [null, null]]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff'], ['#ffffff', '#ffffff']]);
  });

  test('a grid of the wrong shape fails with Sheets\' message; colours it does not model fail loudly', () => {
    const { app } = setup();
    const range = app.getActiveSheet().getRange('A1:B2');
    expect(() => range.setBackgrounds([['#ffffff', '#ffffff']])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => range.setFontColors([['red', null], [null, null]])).toThrow(/Not modelled by the local spreadsheet: Range.setFontColors with the colour "red"/);
    expect(() => range.setFontWeights([['heavy' as 'bold', null], [null, null]])).toThrow(/Not modelled.*font weight "heavy"/);
  });

  test('column widths: 100 px unless set; rows 21 px', () => {
    const { app, book } = setup();
    const sheet = app.getActiveSheet();
    expect(sheet.getColumnWidth(3)).toBe(100);
    expect(sheet.getRowHeight(7)).toBe(21);
    sheet.setColumnWidths(2, 3, 120);
    expect([1, 2, 3, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([100, 120, 120, 120, 100]);
    // Left edge of E: 100 + 3 × 120.
    expect(columnLeft(book.sheets[0], 5)).toBe(460);
    expect(() => sheet.setColumnWidths(1, 2, -5)).toThrow(/width/);
  });
});

describe('chart geometry', () => {
  test('a chart with no size is 600 × 371 px at its anchor cell plus offsets; width and height options size it', () => {
    const { app, book } = setup();
    const sheet = app.getActiveSheet();
    const range = sheet.getRange('A1:B3');
    sheet.insertChart(sheet.newChart().asColumnChart().addRange(range).setPosition(3, 2, 10, 5).build());
    sheet.insertChart(sheet.newChart().asLineChart().addRange(range).setPosition(30, 1, 0, 0).setOption('width', 400).setOption('height', 250).build());
    const [first, second] = book.sheets[0].charts;
    // Column B starts at 100 px, row 3 at 2 × 21 px.
    expect(chartRect(book.sheets[0], first)).toEqual({ x: 110, y: 47, width: 600, height: 371 });
    expect(chartRect(book.sheets[0], second)).toEqual({ x: 0, y: 609, width: 400, height: 250 });
    // 47 + 371 = 418 < 609: they do not overlap; moved up to row 20 (399 px) they would.
    expect(overlaps(chartRect(book.sheets[0], first), chartRect(book.sheets[0], second))).toBe(false);
    expect(overlaps(chartRect(book.sheets[0], first), { x: 0, y: 399, width: 400, height: 250 })).toBe(true);
  });
});
