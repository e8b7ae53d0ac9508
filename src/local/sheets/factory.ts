/**
 * How facades create and recognise each other without importing each other:
 * services.ts implements this for one runtime (or one direct use in Node).
 */
import type { ChartModel } from './chartModel';
import type { FacadeEnv } from './counting';
import type { DataExecutionSwitch } from './dataSources';
import type { LocalSheet } from './localSheet';
import type { LocalSpreadsheet } from './localSpreadsheet';
import type { MetadataModel } from './metadataModel';


/** A rectangle of a sheet that a Range facade stands for. */
export interface RangeTarget {
  sheet: LocalSheet;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Creates the proxied Apps Script objects of one spreadsheet. */
export interface FacadeFactory {
  readonly env: FacadeEnv;
  readonly book: LocalSpreadsheet;
  /** Whether the running execution enabled BigQuery data execution (dataSources.ts). */
  readonly dataExecution: DataExecutionSwitch;
  /** Proxies a helper facade (counted as a Spreadsheet service object unless `counted` is false). */
  wrap<T>(facade: object, kind: string, counted?: boolean): T;
  /** The facade behind a proxy, checked to be of class `cls` (throws an argument error otherwise). */
  wrapped<F>(value: unknown, cls: abstract new (...args: never[]) => F, what: string): F;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(model: LocalSheet): GoogleAppsScript.Spreadsheet.Sheet;
  range(sheet: LocalSheet, row: number, column: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range;
  chartBuilder(model: ChartModel, sheet: LocalSheet, kind: string): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  chart(model: ChartModel, sheet: LocalSheet): GoogleAppsScript.Spreadsheet.EmbeddedChart;
  metadata(model: MetadataModel): GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  metadataFinder(scope: LocalSheet | null): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  /** The rectangle behind a Range proxy (throws for anything else). */
  rangeTarget(value: unknown): RangeTarget;
  /** The sheet behind a Sheet proxy (throws for anything else). */
  sheetModel(value: unknown): LocalSheet;
  /** The chart behind an EmbeddedChart proxy (throws for anything else). */
  chartModel(value: unknown): ChartModel;
}
