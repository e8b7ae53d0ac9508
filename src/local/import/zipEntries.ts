/**
 * The ZIP container of an XLSX, read and written with Node's zlib: the
 * entries from the central directory (stored or deflated, no ZIP64), and a
 * new archive of them. Entries that are not changed keep their compressed
 * bytes as they are.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';

/** One file in the archive. */
export interface ZipEntry {
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
 * An entry's content, or null when it uses a compression other than
 * deflate or its data is damaged.
 *
 * @example inflateEntry(entries[0])?.toString('utf8')
 */
export function inflateEntry(entry: ZipEntry): Buffer | null {
  const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data);
  } catch {
    return null;
  }
}

/**
 * Gives an entry new content, deflated, in place.
 *
 * @example replaceEntryData(entry, Buffer.from('<workbook/>'))
 */
export function replaceEntryData(entry: ZipEntry, content: Buffer): void {
  entry.method = 8;
  entry.flags &= ~0x0008; // sizes and CRC go in the local header, not a data descriptor
  entry.crc = crc32(content) >>> 0;
  entry.size = content.length;
  entry.data = deflateRawSync(content, { level: 1 });
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * The entries of a ZIP file from its central directory, or null when it is
 * not one this reader follows (ZIP64, damaged).
 *
 * @example readZip(bytes)?.map((e) => e.name) // ['[Content_Types].xml', '_rels/.rels', …]
 */
export function readZip(bytes: Uint8Array): ZipEntry[] | null {
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

/**
 * A ZIP file of these entries, in order, with sizes and CRCs in the local
 * headers (no data descriptors).
 *
 * @example writeZip(readZip(bytes)!) // the same entries, repacked
 */
export function writeZip(entries: ZipEntry[]): Buffer {
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
