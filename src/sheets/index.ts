/**
 * Everything Apps Script must see as a top-level function: custom functions,
 * triggers, menu callbacks and sidebar endpoints. scripts/build.mjs writes one
 * JSDoc'd top-level wrapper per name exported here.
 */
export * from './customFunctions';
export * from './menu';
export * from './endpoints';
export * from './analysisEndpoint';
