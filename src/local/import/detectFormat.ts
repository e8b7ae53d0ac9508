/**
 * What kind of file a byte buffer holds, from its first bytes (the
 * extension is not trusted: a CSV named .xlsx is still a CSV).
 */

/** `zip`: an XLSX (or another ZIP container); `ole`: an Excel 97–2003 .xls (or another OLE file); `text`: anything else, checked further by decodeText. */
export type FileFormat = 'zip' | 'ole' | 'text';

/**
 * The format of a file's content, from its signature.
 *
 * @example
 * detectFormat(Buffer.from('PK\x03\x04…'));     // 'zip'
 * detectFormat(Buffer.from('Timestamp,Score')); // 'text'
 */
export function detectFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, ZIP_SIGNATURE)) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
  return 'text';
}

/**
 * True when a ZIP file is an OpenDocument spreadsheet (.ods): its first entry
 * is an uncompressed `mimetype` naming it, per the OpenDocument spec.
 */
export function isOpenDocumentSpreadsheet(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 100)).toString('latin1');
  return head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}
