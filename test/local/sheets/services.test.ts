import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../../src/local/sheets/services';
import { createSpreadsheet } from '../../../src/local/sheets/runtime';
import { formatDate } from '../../../src/local/sheets/utilities';

function services(distDir: string | null = null) {
  const book = createSpreadsheet();
  return { book, ...createServices(book, { distDir }) };
}

describe('PropertiesService', () => {
  test('get, set, setProperties, getKeys, delete', () => {
    const { globals } = services();
    const props = globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('a', '1').setProperties({ b: '2', c: '3' });
    expect(props.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    props.setProperties({ d: '4' }, true);
    expect(props.getKeys()).toEqual(['d']);
    props.deleteProperty('d');
    expect(props.getKeys()).toEqual([]);
  });

  test('document properties belong to the spreadsheet; user and script stores are separate', () => {
    const { globals, book } = services();
    globals.PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    globals.PropertiesService.getUserProperties().setProperty('k', 'user');
    expect(book.documentProperties.get('k')).toBe('doc');
    expect(globals.PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
  });

  test('a value over 9 KB and a store over 500 KB are refused', () => {
    const { globals } = services();
    const props = globals.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    expect(() => {
      for (let i = 0; i < 60; i++) props.setProperty(`k${i}`, 'y'.repeat(9000));
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
  });
});

describe('LockService', () => {
  test('tryLock, hasLock, releaseLock', () => {
    const { globals } = services();
    const lock = globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('another process holding the lock: tryLock fails, waitLock times out', () => {
    const { globals, book } = services();
    book.documentLock.holdByAnotherProcess();
    const lock = globals.LockService.getDocumentLock();
    expect(lock.tryLock(100)).toBe(false);
    expect(() => lock.waitLock(100)).toThrow('Lock timeout: another process was holding the lock for too long.');
    book.documentLock.free();
    lock.waitLock(100);
    expect(globals.LockService.getScriptLock().tryLock(1)).toBe(true);
  });
});

describe('Ui and HtmlService', () => {
  test('menus, sidebars, dialogs and alerts are recorded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nps-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<p>hi</p>');
    const { globals, ui } = services(dir);
    const appUi = globals.SpreadsheetApp.getUi();
    appUi.createAddonMenu().addItem('Open NPS sidebar', 'showSidebar').addSeparator().addItem('Help', 'showHelp').addToUi();
    expect(ui.menus).toEqual([
      { title: 'Extensions', addon: true, items: [{ caption: 'Open NPS sidebar', functionName: 'showSidebar' }, { separator: true }, { caption: 'Help', functionName: 'showHelp' }] },
    ]);
    const html = globals.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('NPS').setWidth(300);
    expect(html.getTitle()).toBe('NPS');
    appUi.showSidebar(html);
    expect(ui.sidebars).toEqual([{ title: 'NPS', content: '<p>hi</p>', width: 300, height: null }]);
    appUi.showModalDialog(globals.HtmlService.createHtmlOutput('<b>help</b>'), 'Help');
    expect(ui.dialogs[0]).toMatchObject({ title: 'Help', content: '<b>help</b>', modal: true });
    expect(appUi.alert('Done')).toBe(appUi.Button.OK);
    expect(appUi.alert('Sure?', 'Replace the report?', appUi.ButtonSet.YES_NO)).toBe(appUi.Button.YES);
    expect(ui.alerts).toEqual([
      { title: '', prompt: 'Done', buttons: 'OK' },
      { title: 'Sure?', prompt: 'Replace the report?', buttons: 'YES_NO' },
    ]);
    expect(() => globals.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    expect(() => globals.HtmlService.createTemplateFromFile('Sidebar')).toThrow('Not modelled by the local spreadsheet: HtmlService.createTemplateFromFile');
  });
});

describe('Utilities.formatDate and Session', () => {
  const instant = new Date(Date.UTC(2025, 0, 31, 23, 5, 9, 7));

  test('the Java pattern subset in a time zone', () => {
    expect(formatDate(instant, 'Europe/Berlin', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2025-02-01T00:05:09.007+01:00');
    expect(formatDate(instant, 'America/New_York', 'EEE d MMM yy h:mm a Z')).toBe('Fri 31 Jan 25 6:05 PM -0500');
    expect(formatDate(instant, 'UTC', 'EEEE MMMM dd HH X')).toBe('Friday January 31 23 Z');
    expect(formatDate(instant, 'GMT+05:30', "HH:mm 'o''clock'")).toBe("04:35 o'clock");
    expect(formatDate(instant, 'Asia/Kolkata', 'u')).toBe('6');
  });

  test('unsupported letters and zones fail loudly', () => {
    expect(() => formatDate(instant, 'UTC', 'yyyy w')).toThrow('Not modelled by the local spreadsheet: Utilities.formatDate pattern letter "w"');
    expect(() => formatDate(instant, 'Nowhere/City', 'yyyy')).toThrow('Invalid time zone "Nowhere/City"');
  });

  test('Session zone and locale; sleep is a no-op; Logger collects lines', () => {
    const book = createSpreadsheet({ timeZone: 'Asia/Tokyo' });
    const logs: string[] = [];
    const { globals } = createServices(book, { userLocale: 'de', logs });
    expect(globals.Session.getScriptTimeZone()).toBe('Asia/Tokyo');
    expect(globals.Session.getActiveUserLocale()).toBe('de');
    globals.Utilities.sleep(10_000);
    globals.Logger.log('rows: %s', 12).log({ a: 1 });
    expect(logs).toEqual(['rows: 12', '{"a":1}']);
  });
});
