import { createServices } from '../../../src/local/sheets/services';
import { createSpreadsheet } from '../../../src/local/sheets/runtime';
import { ServiceCounter, nodeEnv } from '../../../src/local/sheets/counting';
import type { SpreadsheetOptions } from '../../../src/local/sheets/localSpreadsheet';

/** A spreadsheet and its Apps Script globals, used from Node (errors are not translated). */
export function setup(options: SpreadsheetOptions = {}) {
  const book = createSpreadsheet(options);
  const counter = new ServiceCounter();
  const { globals, ui } = createServices(book, { env: nodeEnv(counter) });
  const app = globals.SpreadsheetApp;
  return { book, counter, globals, ui, app, ss: app.getActiveSpreadsheet() };
}
