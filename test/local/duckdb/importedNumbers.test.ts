/**
 * Score text a Sheets CSV import turns into a number (`9.`, `-0`, `1e1`,
 * `900%`, `9,0` in de_DE) is read as that number by the count query when it
 * is given the locale's separators (importedNumbers), as the sheet path
 * reads the imported cell; without them (a typed BigQuery table) the text
 * stays text, as in a data source sheet. Expected counts by hand, then text
 * by text against the import and readScore.
 */
import { inMemoryDuckDB } from '../../helpers/duckdbConnection';
import { countQuery } from '../../../src/nps/sql/countQuery';
import { talliesOfCounts, type CountRow } from '../../../src/nps/sql/countTallies';
import { importedNumberPattern, type NumberConventions } from '../../../src/nps/sql/importedNumbers';
import { stringLiteral } from '../../../src/nps/sql/identifiers';
import { readScore } from '../../../src/nps/score';
import { cellConverter } from '../../../src/local/import/cellConversion';
import { conventionsFor } from '../../../src/local/import/localeConventions';

const db = inMemoryDuckDB();

/** The overall counts of one score column of texts (each text once, in the segment named by its index). */
async function countsOf(texts: string[], importedNumbers: NumberConventions | undefined) {
  const values = texts.map((t, i) => `(${stringLiteral('duckdb', t)}, 'p${i}')`).join(', ');
  await db().run(`CREATE OR REPLACE TABLE answers AS SELECT * FROM (VALUES ${values}) AS v("Score", "Probe")`);
  const sql = countQuery({ dialect: 'duckdb', table: 'answers', scoreColumn: 'Score', dateColumn: null, segmentColumn: 'Probe', timeZone: 'UTC', period: 'month', importedNumbers });
  const rows = (await db().runAndReadAll(sql)).getRowObjectsJS() as unknown as CountRow[];
  return talliesOfCounts(rows);
}

/** What each text is to the count query: P, N, D (promoter, passive, detractor) or x (ignored). */
async function readings(texts: string[], importedNumbers: NumberConventions | undefined): Promise<string[]> {
  const c = await countsOf(texts, importedNumbers);
  return texts.map((_, i) => {
    const t = c.segments.get(`p${i}`);
    if (!t) return '?';
    return t.promoters ? 'P' : t.passives ? 'N' : t.detractors ? 'D' : 'x';
  });
}

/** The sheet path's reading of a CSV field: the import's conversion, then readScore. */
function sheetReading(text: string, locale: string): string {
  const v = readScore(cellConverter(locale, 'UTC')(text));
  return v < 0 ? 'x' : v >= 9 ? 'P' : v >= 7 ? 'N' : 'D';
}

const EN_US = ['9.', '-0', '-0.0', '1e1', '0.9e1', '5E+0', '900%', '700 %', '0,000', '10 %', '10%', '.5', '1,000', '+9', '9,0', '1e999', '1e-999', '8', '7.0', '7.5'];
const DE_DE = ['9,0', '9,', '0,9e1', '900%', '-0', '9.0', '1.000', '7,5', '10 %', '9.', '1.000,0', '8,00'];

test('en_US: numbers as the import reads them are scores when whole and 0–10', async () => {
  // By hand: 9. → 9 P; -0 → 0 D; -0.0 → 0 D; 1e1 → 10 P; 0.9e1 → 9 P; 5E+0 → 5 D; 900% → 9 P; 700 % → 7 N;
  // 0,000 → 0 D (thousands); 10 % → 0.1 x; 10% → 0.1 x; .5 x; 1,000 → 1000 x; +9 text x; 9,0 text x; 1e999 text x;
  // 1e-999 → 0 D (underflow); 8 N; 7.0 N; 7.5 x.
  expect(await readings(EN_US, conventionsFor('en_US'))).toEqual(['P', 'D', 'D', 'P', 'P', 'D', 'P', 'N', 'D', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'D', 'N', 'N', 'x']);
  expect(EN_US.map((t) => sheetReading(t, 'en_US'))).toEqual(await readings(EN_US, conventionsFor('en_US')));
});

test('de_DE: a decimal comma and a thousands point, as the import reads them', async () => {
  // By hand: 9,0 → 9 P; 9, → 9 P; 0,9e1 → 9 P; 900% → 9 P; -0 → 0 D; 9.0 stays text, a plain decimal → 9 P;
  // 1.000 → 1000 x; 7,5 → 7.5 x; 10 % → 0.1 x; 9. text x; 1.000,0 → 1000 x; 8,00 → 8 N.
  expect(await readings(DE_DE, conventionsFor('de_DE'))).toEqual(['P', 'P', 'P', 'P', 'D', 'P', 'x', 'x', 'x', 'x', 'x', 'N']);
  expect(DE_DE.map((t) => sheetReading(t, 'de_DE'))).toEqual(await readings(DE_DE, conventionsFor('de_DE')));
});

test('fr_FR and de_CH: spaces and apostrophes group thousands, and never reach a score', async () => {
  const fr = ['9,0', '1 000', '1\u00a0000', '0\u202f000', '10\u00a0%'];
  // By hand: 9 P; 1000 x; 1000 x; 0 D (grouped zero); 0.1 x.
  expect(await readings(fr, conventionsFor('fr_FR'))).toEqual(['P', 'x', 'x', 'D', 'x']);
  const ch = ["0'000", '0\u2019000', '9.0', "1'000"];
  // By hand: 0 D; 0 D; 9 P; 1000 x.
  expect(await readings(ch, conventionsFor('de_CH'))).toEqual(['D', 'D', 'P', 'x']);
});

test('without the separators (a typed table) such text stays text, as in a data source sheet', async () => {
  // readScore on text: 9. x; -0 x; 1e1 x; 900% x; 9 P; 10.0 P.
  expect(await readings(['9.', '-0', '1e1', '900%', '9', '10.0'], undefined)).toEqual(['x', 'x', 'x', 'x', 'P', 'P']);
});

test('en_US: a named date in the score column is the date the import makes of it, not its day as a labelled score', async () => {
  const texts = ['10 Mar 2025', '9-Mar-2025', '1 Jan 2025 10:00', '5 mar 2025 at 9:00 am', '9th Mar 2025', '10 Mar 2025 10:00 UTC', '10 Mar 2025 - great', '9 Mar', '0 Mar 2025', '9 Mar 2025 25:00', '10 Mar 2025T10:00'];
  const values = texts.map((t, i) => `(${stringLiteral('duckdb', t)}, 'p${i}')`).join(', ');
  await db().run(`CREATE OR REPLACE TABLE answers AS SELECT * FROM (VALUES ${values}) AS v("Score", "Probe")`);
  const run = async (importedNamedDates: boolean) => {
    const sql = countQuery({ dialect: 'duckdb', table: 'answers', scoreColumn: 'Score', dateColumn: null, segmentColumn: 'Probe', timeZone: 'UTC', period: 'month', importedNamedDates });
    const c = talliesOfCounts((await db().runAndReadAll(sql)).getRowObjectsJS() as unknown as CountRow[]);
    return texts.map((_, i) => {
      const t = c.segments.get(`p${i}`)!;
      return t.promoters ? 'P' : t.passives ? 'N' : t.detractors ? 'D' : 'x';
    });
  };
  // By hand: dates (ignored) for the first five; text kept by the import, read by the label rule: with a zone 10 P,
  // a label after the date 10 P, no year 9 P, day 0 (no date) 0 D, hour 25 (no date) 9 P, a T after the year 10 P.
  const expected = ['x', 'x', 'x', 'x', 'x', 'P', 'P', 'P', 'D', 'P', 'P'];
  expect(await run(true)).toEqual(expected);
  expect(texts.map((t) => sheetReading(t, 'en_US'))).toEqual(expected);
  // Without it (a typed table, or a locale whose import reads no month names) the label rule reads the leading day.
  expect((await run(false)).slice(0, 4)).toEqual(['P', 'P', 'D', 'D']);
});

test('the pattern holds no raw quote or separator, whatever the locale', () => {
  for (const locale of ['en_US', 'de_DE', 'fr_FR', 'de_CH', 'pt_PT']) expect(importedNumberPattern(conventionsFor(locale))).not.toMatch(/['’ \u00a0\u202f]/);
});
