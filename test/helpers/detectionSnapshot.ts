/**
 * What the detector says of every fixture, as the add-on says it: each file
 * imported the way the CLI imports it (its truth file's locale and zone, else
 * en_US and UTC), the BUILT add-on loaded over it, and `getSheetProfile`
 * asked of every sheet. Only detection is kept: the table's position, every
 * column's header, role and confidence, the mapping, the column of questions
 * and the problem. Used by test/nps/roles/detectionSnapshot.test.ts to show
 * that speed work changed no result (the snapshot documents "unchanged"; it is
 * not a golden number).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { importFile } from '../../src/local/import';
import { createSpreadsheet, loadAddon } from '../../src/local/sheets';
import type { SheetProfile } from '../../src/shared/contract';

const ROOT = join(__dirname, '..', '..');
/** The fixture trees: the repo's own and the shared ones (absent on a fresh clone, then skipped from the listing). */
export const FIXTURE_ROOTS = [join(ROOT, 'test', 'fixtures'), '/work/shared/fixtures'];
const DATA_FILE = /\.(csv|tsv|xlsx)$/i;

/** The detection of one sheet of one fixture. */
export interface SheetDetection {
  sheet: string;
  table: SheetProfile['table'];
  columns: Array<[number, string, string, number]>;
  mapping: SheetProfile['mapping'];
  questionColumn: number | null;
  problem: string | null;
}

/** Every data file under the fixture roots, sorted, as `root-label/relative/path`. */
export function fixtureFiles(): Array<{ key: string; path: string }> {
  const files: Array<{ key: string; path: string }> = [];
  for (const root of FIXTURE_ROOTS) {
    if (!existsSync(root)) continue;
    const label = root.startsWith(ROOT) ? 'repo' : 'shared';
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (DATA_FILE.test(name)) files.push({ key: `${label}/${relative(root, path)}`, path });
      }
    };
    walk(root);
  }
  return files;
}

/** The locale and zone the fixture's truth file names (a NAME.truth.json beside it whose `file` is it, or of its own name), else en_US and UTC. */
function settingsOf(path: string): { locale: string; timeZone: string } {
  const dir = dirname(path);
  const settings = { locale: 'en_US', timeZone: 'UTC' };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.truth.json')).sort()) {
    let parsed: { file?: unknown; locale?: unknown; timeZone?: unknown };
    try {
      parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      continue;
    }
    const own = name === basename(path).replace(DATA_FILE, '.truth.json');
    if (parsed.file !== basename(path) && !(own && parsed.file === undefined)) continue;
    if (typeof parsed.locale === 'string') settings.locale = parsed.locale;
    if (typeof parsed.timeZone === 'string') settings.timeZone = parsed.timeZone;
    break;
  }
  return settings;
}

/**
 * The detection of every sheet of one file, or the import's refusal as text.
 *
 * @param path the fixture
 * @param distDir the built add-on (dist/)
 */
export async function detectFile(path: string, distDir: string): Promise<SheetDetection[] | string> {
  const { locale, timeZone } = settingsOf(path);
  let sheets;
  try {
    ({ sheets } = await importFile(path, { locale, timeZone }));
  } catch (error) {
    return `import refused: ${(error as Error).message}`;
  }
  if (sheets.length === 0) return 'no sheets';
  const book = createSpreadsheet({ name: 'fixture', timeZone, locale, sheets: sheets.map((s) => ({ name: s.name, values: s.values })) });
  const addon = loadAddon({ spreadsheet: book, distDir });
  return book.sheets.map((sheet) => {
    book.activeSheet = sheet;
    const p = addon.run('getSheetProfile') as SheetProfile;
    return {
      sheet: sheet.name,
      table: p.table,
      columns: p.columns.map((c) => [c.index, c.header, c.role, c.confidence] as [number, string, string, number]),
      mapping: p.mapping,
      questionColumn: p.questionColumn,
      problem: p.problem,
    };
  });
}

/** The detection of every fixture, keyed by file. */
export async function detectAll(distDir: string): Promise<Record<string, SheetDetection[] | string>> {
  const out: Record<string, SheetDetection[] | string> = {};
  for (const { key, path } of fixtureFiles()) out[key] = await detectFile(path, distDir);
  return out;
}
