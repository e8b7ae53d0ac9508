/**
 * Apps Script enums (`SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT`,
 * `Charts.ChartType.LINE`, `ui.ButtonSet.OK`…): singleton objects whose
 * `toString()` is their name, compared by identity as in Apps Script.
 */

/** One enum value. */
export interface EnumValue {
  toString(): string;
  name(): string;
}

/** An enum: its values by name. */
export type EnumOf<K extends string> = Readonly<Record<K, EnumValue>>;

/** Builds an enum from its names. */
export function makeEnum<K extends string>(names: readonly K[]): EnumOf<K> {
  const values = {} as Record<K, EnumValue>;
  for (const n of names) values[n] = Object.freeze({ toString: () => n, name: () => n });
  return Object.freeze(values);
}

/** The name of an enum value, or null when `value` is not one of `enumeration`'s values. */
export function enumName(enumeration: EnumOf<string>, value: unknown): string | null {
  for (const [name, v] of Object.entries(enumeration)) if (v === value) return name;
  return null;
}

/** SpreadsheetApp.DeveloperMetadataVisibility. */
export const DeveloperMetadataVisibility = makeEnum(['DOCUMENT', 'PROJECT']);
/** SpreadsheetApp.DeveloperMetadataLocationType. */
export const DeveloperMetadataLocationType = makeEnum(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
/** Charts.ChartType (the types an embedded chart builder can take). */
export const ChartType = makeEnum(['AREA', 'BAR', 'COLUMN', 'COMBO', 'HISTOGRAM', 'LINE', 'PIE', 'SCATTER', 'TABLE', 'STEPPED_AREA']);
/** Charts.ChartMergeStrategy. */
export const ChartMergeStrategy = makeEnum(['MERGE_COLUMNS', 'MERGE_ROWS']);
/** Charts.ChartHiddenDimensionStrategy. */
export const ChartHiddenDimensionStrategy = makeEnum(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH']);
/** Ui.ButtonSet. */
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
/** Ui.Button. */
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
/** HtmlService.SandboxMode. */
export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
/** HtmlService.XFrameOptionsMode. */
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);
