/**
 * The add-on menu (Extensions › NPS) and what its items open. `onOpen` may
 * run in AuthMode.NONE: it only builds the menu — no properties, no reading
 * of the sheet.
 */
import { refreshReports } from './endpoints';

const HELP_TEXT = [
  'NPS for Google Sheets computes your Net Promoter Score from a column of 0–10 answers.',
  '',
  '• Open NPS sidebar: checks which column holds the scores, the dates and the segments, previews your NPS, and builds a report sheet with native charts.',
  '• Refresh reports: rebuilds every NPS report with the options it was built with.',
  '',
  'Formulas you can type in any cell: =NPS(C2:C), =NPS_SUMMARY(C2:C), =NPS_CI(C2:C), =NPS_MOE(C2:C), =NPS_TEST(range_a, range_b), =NPS_BY_PERIOD(A2:A, C2:C, "month"), =NPS_ROLLING(A2:A, C2:C, 28), =NPS_BY_SEGMENT(D2:D, C2:C), =NPS_CATEGORY(C2:C).',
  'What goes with the score and what customers say: =NPS_DRIVERS(D1:F, C2:C) (question columns with their header row), =NPS_THEMES(E2:E, C2:C) (comments). People: =NPS_LATEST(B2:B, A2:A, C2:C) (each person\'s latest answer), =NPS_MOVEMENT(B2:B, A2:A, C2:C). Weights and planning: =NPS_WEIGHTED(C2:C, G2:G), =NPS_SAMPLE_SIZE(5) (responses for a 5-point margin).',
  '',
  'NPS = % promoters (9–10) − % detractors (0–6). Blank cells are ignored; other values that are not 0–10 scores are skipped and counted as ignored.',
  '',
  'The formulas work only in spreadsheets where the add-on is turned on (Extensions › NPS › Use in this document, when offered). Collaborators who do not have the add-on may see errors in those cells: for a report others will open, build it in Snapshot (values) mode.',
].join('\n');

/**
 * Adds the NPS menu under Extensions when the spreadsheet opens. Safe in AuthMode.NONE: it only builds the menu.
 *
 * @param {Object} e The open event.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open NPS sidebar', 'showSidebar')
    .addItem('Refresh reports', 'refreshReportsFromMenu')
    .addItem('Help', 'showHelp')
    .addToUi();
}

/**
 * Runs when the add-on is installed: adds the menu right away, as onOpen does.
 *
 * @param {Object} e The install event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Opens the NPS sidebar.
 */
export function showSidebar(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('NPS'));
}

/**
 * Shows a short help text.
 */
export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('NPS for Google Sheets', HELP_TEXT, ui.ButtonSet.OK);
}

/**
 * Menu item "Refresh reports": rebuilds every NPS report and says what was done.
 */
export function refreshReportsFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  let message: string;
  try {
    message = refreshReports().message;
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  ui.alert('NPS reports', message, ui.ButtonSet.OK);
}
