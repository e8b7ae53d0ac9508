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
 * Only the parts that change are rewritten; an untouched package is passed
 * on as it is. A package this reader cannot follow (ZIP64, unknown
 * compression) is passed on unchanged, for exceljs to judge.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';

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

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  /** The entry's data as stored (compressed when method is 8). */
  data: Uint8Array;
}

/**
 * The package with unsafe tab names swapped and over-long texts cut.
 *
 * @param bytes the XLSX file
 * @param maxTextBytes longest text kept between two tags (tests lower it)
 * @example
 * const { bytes: ready, tabNames } = preparePackage(bytes);
 * tabNames.get('NPS tab 1'); // 'Customer satisfaction survey responses (2025)'
 */
export function preparePackage(bytes: Uint8Array, maxTextBytes = MAX_TEXT_BYTES): PreparedPackage {
  const tabNames = new Map<string, string>();
  const entries = readZip(bytes);
  if (!entries) return { bytes, tabNames };
  let changed = false;
  for (const entry of entries) {
    if (!entry.name.endsWith('.xml')) continue;
    const isWorkbook = entry.name === 'xl/workbook.xml';
    if (!isWorkbook && entry.size <= maxTextBytes) continue;
    const xml = inflate(entry);
    if (!xml) continue;
    let content = capTexts(xml, maxTextBytes);
    if (isWorkbook) content = swapTabNames(content, tabNames);
    if (content !== xml) {
      replaceData(entry, content);
      changed = true;
    }
  }
  return { bytes: changed ? writeZip(entries) : bytes, tabNames };
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

function inflate(entry: ZipEntry): Buffer | null {
  const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data);
  } catch {
    return null;
  }
}

function replaceData(entry: ZipEntry, content: Buffer): void {
  entry.method = 8;
  entry.flags &= ~0x0008; // sizes and CRC go in the local header, not a data descriptor
  entry.crc = crc32(content) >>> 0;
  entry.size = content.length;
  entry.data = deflateRawSync(content, { level: 1 });
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a ZIP file from its central directory, or null when it is not one this reader follows. */
function readZip(bytes: Uint8Array): ZipEntry[] | null {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    let end = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
      if (zip.readUInt32LE(i) === END) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
    const count = zip.readUInt16LE(end + 10);
    let p = zip.readUInt32LE(end + 16);
    if (count === 0xffff || p === 0xffffffff) return null;
    const entries: ZipEntry[] = [];
    for (let n = 0; n < count; n++) {
      if (zip.readUInt32LE(p) !== CENTRAL) return null;
      const compressed = zip.readUInt32LE(p + 20);
      const size = zip.readUInt32LE(p + 24);
      const nameLength = zip.readUInt16LE(p + 28);
      const local = zip.readUInt32LE(p + 42);
      if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
      if (zip.readUInt32LE(local) !== LOCAL) return null;
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      if (start + compressed > zip.length) return null;
      entries.push({
        name: zip.toString('utf8', p + 46, p + 46 + nameLength),
        flags: zip.readUInt16LE(p + 8),
        method: zip.readUInt16LE(p + 10),
        time: zip.readUInt16LE(p + 12),
        date: zip.readUInt16LE(p + 14),
        crc: zip.readUInt32LE(p + 16),
        size,
        data: zip.subarray(start, start + compressed),
      });
      p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
    return entries;
  } catch {
    return null; // a read past the end: not a ZIP this reader follows
  }
}

function writeZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    writeCommon(local, 6, entry, name.length);
    parts.push(local, name, Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength));
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    writeCommon(header, 8, entry, name.length);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += 30 + name.length + entry.data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Flags, method, time, date, CRC, sizes and name length: the run the local and central headers share. */
function writeCommon(header: Buffer, at: number, entry: ZipEntry, nameLength: number): void {
  header.writeUInt16LE(entry.flags & ~0x0008, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(entry.time, at + 4);
  header.writeUInt16LE(entry.date, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.data.byteLength, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}
