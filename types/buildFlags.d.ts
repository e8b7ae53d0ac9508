/**
 * Which build this is: `npm run build -- --bigquery` defines NPS_BIGQUERY as
 * true (scripts/build.mjs), and the Connected Sheets path (src/sheets/bigquery)
 * is in that bundle only. The default build defines it as false, and esbuild
 * drops every branch under it and the code only they reach, so the default
 * add-on neither holds nor calls anything of BigQuery. Test it as
 * `typeof NPS_BIGQUERY !== 'undefined' && NPS_BIGQUERY`: unit tests run the
 * sources unbundled, where it is not defined (false).
 */
declare const NPS_BIGQUERY: boolean;
