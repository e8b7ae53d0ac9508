/**
 * The two builds: the default dist/ (two narrow scopes, no BigQuery code)
 * and the opt-in dist-bigquery/ (`node scripts/build.mjs --bigquery`: the
 * same add-on plus the Connected Sheets path, and the bigquery.readonly
 * scope that SpreadsheetApp.enableBigQueryExecution() needs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = (dir: string) => JSON.parse(read(`${dir}/appsscript.json`)) as { oauthScopes: string[] } & Record<string, unknown>;
const topLevelFunctions = (code: string) => [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);

const NARROW = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'];
/** What only the BigQuery path calls or writes. */
const BIGQUERY_CODE = ['enableBigQueryExecution', 'newDataSourceSpec', 'insertDataSourceSheet', 'asDataSourceSheet', 'NPS count query'];

describe('the default and the BigQuery builds', () => {
  test('dist/ keeps the two narrow scopes; dist-bigquery/ adds bigquery.readonly and nothing else', () => {
    expect(manifest('dist').oauthScopes).toEqual(NARROW);
    const bigQuery = manifest('dist-bigquery');
    expect(bigQuery.oauthScopes).toEqual([...NARROW, 'https://www.googleapis.com/auth/bigquery.readonly']);
    expect({ ...bigQuery, oauthScopes: null }).toEqual({ ...manifest('dist'), oauthScopes: null });
  });

  test('dist/Code.js holds no BigQuery code; dist-bigquery/Code.js holds it', () => {
    const plain = read('dist/Code.js');
    const bigQuery = read('dist-bigquery/Code.js');
    for (const text of BIGQUERY_CODE) {
      expect(plain).not.toContain(text);
      expect(bigQuery).toContain(text);
    }
  });

  test('both builds offer the same top-level functions and the same sidebar', () => {
    expect(topLevelFunctions(read('dist-bigquery/Code.js'))).toEqual(topLevelFunctions(read('dist/Code.js')));
    expect(read('dist-bigquery/Sidebar.html')).toBe(read('dist/Sidebar.html'));
  });
});
