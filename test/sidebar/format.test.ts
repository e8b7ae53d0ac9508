import { columnName, columnsLine, formatConfidence, formatInterval, formatNps, headerSummary, plural, responseRows, rowList, tableSummary } from '../../src/sidebar/format';
import { NO_SCORE_SHEET, PAYLOAD_SHEET, SCREENSHOT_SHEET } from './cannedSheet';

describe('formatNps', () => {
  test('one decimal, halves away from zero, "-" for negatives', () => {
    expect(formatNps((110 - 60) / 237 * 100)).toBe('21.1'); // 21.097…
    expect(formatNps(28.25)).toBe('28.3');
    expect(formatNps(-12.25)).toBe('-12.3');
    expect(formatNps(100)).toBe('100.0');
    expect(formatNps(-100)).toBe('-100.0');
  });
  test('a tiny negative rounds to 0.0, never "-0.0"', () => {
    expect(formatNps(-0.04)).toBe('0.0');
  });
  test('no NPS is a dash', () => {
    expect(formatNps(null)).toBe('—');
    expect(formatNps(undefined)).toBe('—');
    expect(formatNps(NaN)).toBe('—');
  });
});

describe('formatInterval', () => {
  test('reads "95 % CI low to high"', () => {
    expect(formatInterval([19.44, 36.9], 0.95)).toBe('95 % CI 19.4 to 36.9');
    expect(formatInterval([-8.06, 4], 0.9)).toBe('90 % CI -8.1 to 4.0');
  });
  test('is empty without an interval', () => {
    expect(formatInterval(null, 0.95)).toBe('');
  });
  test('confidence as a percentage', () => {
    expect(formatConfidence(0.95)).toBe('95 %');
    expect(formatConfidence(0.999)).toBe('99.9 %');
  });
});

describe('rowList', () => {
  test('lists rows and adds "…" when there are more', () => {
    expect(rowList([14, 27, 31], 5)).toBe('rows 14, 27, 31…');
    expect(rowList([14, 27, 31], 3)).toBe('rows 14, 27, 31');
    expect(rowList([14], 1)).toBe('row 14');
    expect(rowList([14], 2)).toBe('rows 14…');
    expect(rowList([], 0)).toBe('');
  });
});

describe('table summary', () => {
  const table = { headerRow: 2, headerRows: 1, firstDataRow: 3, lastRow: 242 };
  test('counts the response rows', () => {
    expect(responseRows(table)).toBe(240);
    expect(responseRows(null)).toBe(0);
    expect(responseRows({ ...table, lastRow: 2 })).toBe(0);
  });
  test('says where the table is', () => {
    expect(tableSummary(PAYLOAD_SHEET.profile)).toBe('Table in rows 3–242, 5 columns');
    expect(tableSummary({ ...PAYLOAD_SHEET.profile, columns: PAYLOAD_SHEET.profile.columns.slice(0, 1) })).toBe('Table in rows 3–242, 1 column');
  });
  test('headers with no responses yet', () => {
    expect(tableSummary({ ...PAYLOAD_SHEET.profile, table: { ...table, lastRow: 2 } })).toBe('Headers in row 2, no responses yet · 5 columns');
  });
  test('no table: the problem in plain words', () => {
    const profile = { ...PAYLOAD_SHEET.profile, table: null, columns: [] };
    expect(tableSummary({ ...profile, problem: 'This sheet is empty.' })).toBe('This sheet is empty.');
    expect(tableSummary({ ...profile, problem: null })).toBe('No table found on “Form Responses 1”.');
  });
  test('header rows', () => {
    expect(headerSummary(table)).toBe('Header in row 2');
    expect(headerSummary({ ...table, headerRow: 1, headerRows: 3 })).toBe('Headers in rows 1–3');
  });
  test('plural', () => {
    expect(plural(1, 'response')).toBe('1 response');
    expect(plural(240, 'response')).toBe('240 responses');
  });
});

describe('columnsLine and columnName', () => {
  test('the columns in force on one line, by letter', () => {
    expect(columnsLine(SCREENSHOT_SHEET.profile)).toBe('Scores B · Dates A · Split by C, D');
    expect(columnsLine(NO_SCORE_SHEET.profile)).toBe('No score column · Dates A · Split by C');
    const noDates = { ...PAYLOAD_SHEET.profile, mapping: { score: 1, date: null, segments: [], comments: [3] } };
    expect(columnsLine(noDates)).toBe('Scores B · No dates');
  });
  test('a column by its header, or its letter when the header is blank', () => {
    expect(columnName(SCREENSHOT_SHEET.profile, 3)).toBe('Region');
    const blank = { ...SCREENSHOT_SHEET.profile, columns: SCREENSHOT_SHEET.profile.columns.map((c) => (c.index === 3 ? { ...c, header: ' ' } : c)) };
    expect(columnName(blank, 3)).toBe('column D');
    expect(columnName(blank, 40)).toBe('column 41');
  });
});
