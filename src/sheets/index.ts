/**
 * Everything Apps Script must see as a top-level function: custom functions,
 * triggers, menu callbacks, sidebar endpoints, and the CLI's private
 * `getReportAndAnalysis_` (a trailing `_` keeps it out of google.script.run). scripts/build.mjs writes one
 * JSDoc'd top-level wrapper per name exported here.
 */
export * from './customFunctions';
export * from './menu';
export * from './endpoints';
export * from './analysisEndpoint';
export { NPS_LATEST, NPS_MOVEMENT } from './peopleFunctions';
export { NPS_WEIGHTED, NPS_SAMPLE_SIZE } from './weightedFunctions';
export { NPS_THEMES } from './themesFunction';
export { NPS_DRIVERS } from './driversFunction';
