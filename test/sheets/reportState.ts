import { snapshotSheet, type LocalSheet, type LocalSpreadsheet } from '../../src/local/sheets';

/** What Range.getNumberFormats returns for a cell with no format set. */
const AUTOMATIC = '0.###############';
/** What Range.getBackgrounds returns for a cell with no fill. */
const WHITE = '#ffffff';

/**
 * Everything a report sheet shows, deep-copied: its grid (values, formulas,
 * number formats, size), its look (font weights, fills, column widths), its charts (ids, types, ranges, options, positions)
 * and its developer metadata; to compare a report before and after a flow.
 */
export function reportState(book: LocalSpreadsheet, sheet: LocalSheet) {
  const grid = snapshotSheet(sheet);
  // Through the API a cell set to Sheets' automatic pattern reads exactly like one never set (Range.getNumberFormats).
  grid.numberFormats = grid.numberFormats.filter(([, format]) => format !== AUTOMATIC);
  return {
    look: lookOf(sheet),
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

/**
 * The cells' look as Range.getFontWeights / getBackgrounds read it (a cell
 * set to 'normal' or white reads like one never set), and the column widths.
 */
function lookOf(sheet: LocalSheet) {
  const bold: number[] = [];
  const fills: [number, string][] = [];
  for (const [key, style] of [...sheet.styles.entries()].sort((a, b) => a[0] - b[0])) {
    if (style.fontWeight === 'bold') bold.push(key);
    if (style.background !== undefined && style.background !== WHITE) fills.push([key, style.background]);
  }
  return { bold, fills, columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]) };
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
