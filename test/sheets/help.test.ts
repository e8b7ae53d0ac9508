import { sampleBook } from './sampleBook';

test('Help says where the formulas work and suggests snapshot reports for shared sheets', () => {
  const { addon } = sampleBook(3);
  addon.call('showHelp');
  const text = addon.ui.alerts[0].prompt as string;
  expect(text).toContain('The formulas work only in spreadsheets where the add-on is turned on (Extensions › NPS › Use in this document, when offered).');
  expect(text).toContain('Collaborators who do not have the add-on may see errors in those cells: for a report others will open, build it in Snapshot (values) mode.');
});
