/** The Apps Script `RangeList`: several ranges of one sheet, fetched with one call. */
import type { FacadeFactory, RangeTarget } from './factory';

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** A RangeList facade (only `getRanges` is modelled). */
export class RangeListFacade implements Pick<RangeList, 'getRanges'> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly targets: RangeTarget[],
  ) {}

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.targets.map((t) => this.f.range(t.sheet, t.row, t.column, t.numRows, t.numColumns));
  }
}
