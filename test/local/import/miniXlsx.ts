/**
 * A hand-built XLSX for tests: the few XML parts a workbook needs, in a ZIP
 * written here (stored, or deflated), so a test can make what Excel's own
 * writers refuse — a tab name over 31 characters, one cell at XFD1048576,
 * a shared string of millions of characters — in a file of a few KB.
 */
import { crc32, deflateRawSync } from 'zlib';

/** One cell: an A1 reference and a number or a text (a shared string). */
export interface MiniCell {
  ref: string;
  value: number | string;
}

/** One sheet of the workbook. */
export interface MiniSheet {
  name: string;
  cells: MiniCell[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * The bytes of an XLSX holding these sheets, in tab order.
 *
 * @param sheets the sheets, in tab order
 * @param omitReferences write rows and cells without their `r` reference, as
 *   the format allows (cells must then be given in order, without gaps)
 * @example miniXlsx([{ name: 'R', cells: [{ ref: 'A1', value: 'Score' }, { ref: 'A2', value: 9 }] }])
 */
export function miniXlsx(sheets: MiniSheet[], omitReferences = false): Buffer {
  const strings: string[] = [];
  const parts: [string, string][] = [];
  const types = sheets
    .map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  parts.push([
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types}` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  ]);
  parts.push([
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  parts.push([
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  ]);
  parts.push([
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">` +
      sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  ]);
  const sheetParts: [string, string][] = [];
  sheets.forEach((sheet, i) => {
    const rows = new Map<number, string[]>();
    for (const cell of sheet.cells) {
      const row = Number(/\d+$/.exec(cell.ref)![0]);
      const xml =
        typeof cell.value === 'number'
          ? `<c r="${cell.ref}"><v>${cell.value}</v></c>`
          : `<c r="${cell.ref}" t="s"><v>${strings.push(cell.value) - 1}</v></c>`;
      rows.set(row, [...(rows.get(row) ?? []), xml]);
    }
    let data = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([r, cells]) => `<row r="${r}">${cells.join('')}</row>`).join('');
    if (omitReferences) data = data.replace(/ r="[^"]*"/g, '');
    sheetParts.push([`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`]);
  });
  parts.push([
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('') +
      '</sst>',
  ]);
  // Shared strings before the sheets, as Excel writes them (exceljs' stream reader needs them first).
  parts.push(...sheetParts);
  return zip(parts.map(([name, text]) => [name, Buffer.from(text, 'utf8')]));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A ZIP of deflated entries (no data descriptors). */
function zip(files: [string, Buffer][]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(content);
    const common = Buffer.alloc(22);
    common.writeUInt16LE(0, 0); // flags
    common.writeUInt16LE(8, 2); // deflate
    common.writeUInt32LE(0, 4); // time, date
    common.writeUInt32LE(crc32(content) >>> 0, 8);
    common.writeUInt32LE(data.length, 12);
    common.writeUInt32LE(content.length, 16);
    common.writeUInt16LE(nameBytes.length, 20);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]), common, Buffer.alloc(2), nameBytes]);
    const central = Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0]), common, Buffer.alloc(16), nameBytes]);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, data);
    directory.push(central);
    offset += local.length + data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}
