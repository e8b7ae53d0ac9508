import { snapshotSheet, type LocalSheet, type LocalSpreadsheet } from '../../src/local/sheets';

/** What Range.getNumberFormats returns for a cell with no format set. */
const AUTOMATIC = '0.###############';

/**
 * Everything a report sheet shows, deep-copied: its grid (values, formulas,
 * number formats, size), its charts (ids, types, ranges, options, positions)
 * and its developer metadata; to compare a report before and after a flow.
 */
export function reportState(book: LocalSpreadsheet, sheet: LocalSheet) {
  const grid = snapshotSheet(sheet);
  // Through the API a cell set to Sheets' automatic pattern reads exactly like one never set (Range.getNumberFormats).
  grid.numberFormats = grid.numberFormats.filter(([, format]) => format !== AUTOMATIC);
  return {
    id: sheet.id,
    index: book.sheets.indexOf(sheet),
    grid,
    charts: sheet.charts.map((c) => ({
      ...c,
      ranges: c.ranges.map((r) => ({ ...r, sheet: r.sheet.name })),
      options: structuredClone(c.options),
      position: { ...c.position },
    })),
    metadata: book.metadata.filter((m) => m.sheet === sheet).map((m) => [m.key, m.value]),
  };
}

/** The document properties (role overrides, report records), copied. */
export function savedSettings(book: LocalSpreadsheet): Record<string, string> {
  return { ...book.documentProperties.all() };
}

/** Fails (with a readable diff) unless two states are equal; compares their JSON first, as deep equality of large grids is slow. */
export function expectSameState(label: unknown, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  expect([label, actual]).toEqual([label, expected]);
}
