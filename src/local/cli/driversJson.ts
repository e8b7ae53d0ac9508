/**
 * The `drivers` of the `--json` output (SPEC §10b): the rows `NPS_DRIVERS`
 * returns for the analysis' driver columns, unrounded, significant first.
 * `column` is the 0-based sheet column of the question; p-values and the
 * difference are null when the answer was not tested (`(blank)`, or an
 * answer every response gave).
 */
import type { DriverRow } from '../../nps/drivers/driverTypes';

/** One row of JSON `drivers`: a driver row's fields (their order is the one {@link driversJson} writes). */
export type JsonDriver = Pick<
  DriverRow,
  'column' | 'question' | 'answer' | 'responses' | 'promoters' | 'passives' | 'detractors' | 'nps' | 'vsRest' | 'p' | 'pAdjusted' | 'significant' | 'tested'
>;

/**
 * The rows in schema order, copied out of the add-on's realm.
 *
 * @param drivers the analysis' drivers (absent when the analysis has none)
 * @example driversJson([row])[0].answer // 'Pro'
 */
export function driversJson(drivers: readonly DriverRow[] | undefined): JsonDriver[] {
  return (drivers ?? []).map((d) => ({
    column: d.column,
    question: d.question,
    answer: d.answer,
    responses: d.responses,
    promoters: d.promoters,
    passives: d.passives,
    detractors: d.detractors,
    nps: d.nps,
    vsRest: d.vsRest,
    p: d.p,
    pAdjusted: d.pAdjusted,
    significant: d.significant,
    tested: d.tested,
  }));
}
