/**
 * Prepares an XLSX package (a ZIP of XML parts) before exceljs reads it, so
 * that what exceljs cannot take does not stop or swamp the import:
 *
 * - Tab names exceljs refuses or rewrites (over 31 characters, `* ? : / \ [ ]`,
 *   a quote at either end, `History`) are swapped for placeholders in
 *   xl/workbook.xml and given back afterwards — other tools than Excel
 *   write such names, and Sheets reads them.
 * - A text in any XML part longer than {@link MAX_TEXT_BYTES} is cut there:
 *   more than any cell holds (50,000 characters), so the cell is still seen
 *   to be too long and cut exactly later (see SheetLimiter), while a huge
 *   shared string no longer costs exceljs gigabytes.
 *
 * - With `fillReferences`, rows and cells that leave out their `r`
 *   reference (allowed by the format, see cellReferences) are given it.
 *
 * Only the parts that change are rewritten; an untouched package is passed
 * on as it is. A package this reader cannot follow (ZIP64, unknown
 * compression) is passed on unchanged, for exceljs to judge.
 */
import { addReferences, missesReferences } from './cellReferences';
import { inflateEntry, readZip, replaceEntryData, writeZip } from './zipEntries';

/**
 * Bytes of text kept between two XML tags: 50,000 characters take at most
 * this many (10 bytes for the longest character reference).
 */
export const MAX_TEXT_BYTES = 500_000;

/** A package ready for exceljs, and the tab names to give back. */
export interface PreparedPackage {
  bytes: Uint8Array;
  /** Placeholder tab name → the tab's name in the file, when names were swapped. */
  tabNames: Map<string, string>;
}

/**
 * The package with unsafe tab names swapped and over-long texts cut.
 *
 * @param bytes the XLSX file
 * @param maxTextBytes longest text kept between two tags (tests lower it)
 * @param fillReferences also write in the row and cell references worksheets leave out (every worksheet is read for it)
 * @example
 * const { bytes: ready, tabNames } = preparePackage(bytes);
 * tabNames.get('NPS tab 1'); // 'Customer satisfaction survey responses (2025)'
 */
export function preparePackage(bytes: Uint8Array, maxTextBytes = MAX_TEXT_BYTES, fillReferences = false): PreparedPackage {
  const tabNames = new Map<string, string>();
  const entries = readZip(bytes);
  if (!entries) return { bytes, tabNames };
  let changed = false;
  for (const entry of entries) {
    if (!entry.name.endsWith('.xml')) continue;
    const isWorkbook = entry.name === 'xl/workbook.xml';
    const isWorksheet = fillReferences && /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    if (!isWorkbook && !isWorksheet && entry.size <= maxTextBytes) continue;
    const xml = inflateEntry(entry);
    if (!xml) continue;
    let content = capTexts(xml, maxTextBytes);
    if (isWorkbook) content = swapTabNames(content, tabNames);
    if (isWorksheet) content = withReferences(content);
    if (content !== xml) {
      replaceEntryData(entry, content);
      changed = true;
    }
  }
  return { bytes: changed ? writeZip(entries) : bytes, tabNames };
}

/** The worksheet part with its missing row and cell references written in (the same buffer when none is missing). */
function withReferences(xml: Buffer): Buffer {
  const text = xml.toString('utf8');
  return missesReferences(text) ? Buffer.from(addReferences(text), 'utf8') : xml;
}

/** Placeholders for every tab name when one of them is a name exceljs would refuse or cut. */
function swapTabNames(xml: Buffer, tabNames: Map<string, string>): Buffer {
  const text = xml.toString('utf8');
  const tag = /<((?:\w+:)?sheet)\b([^>]*?)\bname="([^"]*)"/g;
  const names = [...text.matchAll(tag)].map((m) => unescapeXml(m[3]));
  if (!names.some(unsafeForExceljs)) return xml;
  let index = 0;
  const swapped = text.replace(tag, (_match, element: string, before: string) => {
    const placeholder = `NPS tab ${++index}`;
    tabNames.set(placeholder, names[index - 1]);
    return `<${element}${before}name="${placeholder}"`;
  });
  return Buffer.from(swapped, 'utf8');
}

/** Names exceljs' worksheet refuses, or cuts to 31 characters with a console warning. */
function unsafeForExceljs(name: string): boolean {
  return name.length > 31 || name === '' || name === 'History' || /[*?:/\\[\]]|^'|'$/.test(name);
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[code];
  });
}

/**
 * The XML with every run of text between tags longer than `max` bytes cut
 * there (the same buffer when none is). A run holds no `<`, so only the
 * distance between one `<` and the next is looked at.
 */
function capTexts(xml: Buffer, max: number): Buffer {
  const kept: Buffer[] = [];
  let copied = 0;
  let tag = xml.indexOf(0x3c);
  while (tag !== -1) {
    const next = xml.indexOf(0x3c, tag + 1);
    const end = next === -1 ? xml.length : next;
    if (end - tag > max) {
      const textStart = xml.indexOf(0x3e, tag) + 1;
      if (textStart > 0 && textStart < end && end - textStart > max) {
        kept.push(xml.subarray(copied, safeCut(xml, textStart + max, textStart)));
        copied = end;
      }
    }
    tag = next;
  }
  if (kept.length === 0) return xml;
  kept.push(xml.subarray(copied));
  return Buffer.concat(kept);
}

/** Where to cut before `at` without splitting a UTF-8 character or an `&…;` reference. */
function safeCut(xml: Buffer, at: number, min: number): number {
  let cut = at;
  while (cut > min && (xml[cut] & 0xc0) === 0x80) cut--;
  const amp = xml.lastIndexOf(0x26, cut - 1);
  if (amp >= min && amp > cut - 12) {
    const semicolon = xml.indexOf(0x3b, amp);
    if (semicolon === -1 || semicolon >= cut) cut = amp;
  }
  return cut;
}
