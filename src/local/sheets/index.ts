/**
 * The local (Node) Google Sheets + Apps Script runtime: an in-memory
 * spreadsheet, strict Apps Script service facades over it, and a loader that
 * runs the built add-on against it. See runtime.ts for the entry points.
 */
export { createSpreadsheet, loadAddon, setRawValues, snapshotSheet } from './runtime';
export type { AddonRuntime, LoadAddonOptions, ServiceCalls, SheetSnapshot } from './runtime';
export { LocalSpreadsheet } from './localSpreadsheet';
export type { SpreadsheetOptions, FunctionResolver } from './localSpreadsheet';
export { LocalSheet } from './localSheet';
export type { CellStyle } from './localSheet';
export type { ChartModel, RangeRef } from './chartModel';
export type { MetadataModel } from './metadataModel';
export { PropertyStore } from './propertyStore';
export { LockState } from './lockState';
export { createServices } from './services';
export type { AppsScriptGlobals, ServicesOptions } from './services';
export { ServiceCounter, isBuilderCall, nodeEnv } from './counting';
export type { UiRecord, MenuModel, ShownHtml } from './ui';
export { displayText } from './numberFormat';
export { formatDate } from './utilities';
export type { CellValue } from './values';
export { columnLetters, parseA1 } from './a1';
export { cellRect, chartRect, columnLeft, columnWidth, overlaps, rowTop } from './geometry';
export type { PixelRect } from './geometry';
export { chartSize } from './chartModel';
