/** Developer metadata as the local spreadsheet keeps it (spreadsheet- and sheet-level). */
import type { LocalSheet } from './localSheet';

/** One developer metadata entry. Range-level (row/column) metadata is not modelled. */
export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  /** `DOCUMENT` or `PROJECT`. */
  visibility: string;
  /** null for the spreadsheet itself. */
  sheet: LocalSheet | null;
}
