/**
 * Which sheet of an imported workbook holds the responses, when the user did
 * not say: exports put notes, pivots, cover pages or drop-down lists beside
 * them. Shared by the CLI and the playground.
 */
import type { SheetProfile } from '../shared/contract';
import type { LocalSpreadsheet } from './sheets';

/**
 * Makes active the sheet whose table has a score column and the most rows
 * of responses, visible sheets before hidden ones, and returns its profile;
 * null, with the first sheet active again, when no sheet has one.
 *
 * @param book the imported workbook
 * @param hidden names of the sheets hidden in the workbook
 * @param profileOfActive the add-on's `getSheetProfile` endpoint
 * @example chooseResponseSheet(book, new Set(['Lists']), () => runtime.run('getSheetProfile') as SheetProfile)
 */
export function chooseResponseSheet(book: LocalSpreadsheet, hidden: Set<string>, profileOfActive: () => SheetProfile): SheetProfile | null {
  let best: { sheet: LocalSpreadsheet['sheets'][number]; profile: SheetProfile; rank: number } | null = null;
  for (const candidate of book.sheets) {
    book.activeSheet = candidate;
    const profile = profileOfActive();
    if (!profile.table || profile.mapping.score === null) continue;
    const rows = profile.table.lastRow - profile.table.firstDataRow + 1;
    const rank = (hidden.has(candidate.name) ? 0 : 1e9) + rows;
    if (!best || rank > best.rank) best = { sheet: candidate, profile, rank };
  }
  book.activeSheet = best ? best.sheet : book.sheets[0];
  return best ? best.profile : null;
}
