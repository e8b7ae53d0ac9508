/**
 * Bytes → text for CSV/TSV files: UTF-8 with or without a byte order mark,
 * UTF-16 LE/BE (Excel's "Unicode text" export, which has a BOM), and
 * Windows-1252 for the occasional "CSV (Comma delimited)" file saved by
 * Excel on Windows. Anything that does not look like text is refused.
 */
import { ImportError } from './importError';

/** How much of the file the binary and encoding checks look at. */
const SAMPLE_BYTES = 64 * 1024;
/** Above this share of control characters (other than tab, line breaks, form feed) the file is binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes a text file, dropping any byte order mark.
 *
 * @param bytes the file content (not empty)
 * @param fileLabel the file's name, for the message
 * @throws ImportError `binary` when the content is not text
 * @example
 * decodeText(Buffer.from('\uFEFFa,b\n1,2'), 'x.csv'); // 'a,b\n1,2'
 */
export function decodeText(bytes: Uint8Array, fileLabel: string): string {
  const text = decode(bytes, fileLabel);
  if (controlShare(text.slice(0, SAMPLE_BYTES)) > MAX_CONTROL_SHARE) throw notText(fileLabel);
  return text;
}

function decode(bytes: Uint8Array, fileLabel: string): string {
  // TextDecoder drops the byte order mark itself.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (sample.includes(0)) throw notText(fileLabel);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a Windows "ANSI" export (curly quotes, accents and dashes
    // are single bytes there). Binary content shows as control characters,
    // which decodeText refuses.
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves undefined stay C1 controls). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 by hand: Node 20's TextDecoder reads the label as ISO-8859-1,
 * which turns curly quotes and dashes into invisible control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
}

/** UTF-16 text without a BOM shows as a NUL in every other byte (for Latin text). */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(sample.length >> 1, 2048);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenNul++;
    if (sample[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // C0 controls but tab, line breaks and form feed; DEL; C1 controls (the bytes Windows-1252 leaves undefined).
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / text.length;
}

function notText(fileLabel: string): ImportError {
  return new ImportError(
    'binary',
    `${fileLabel} is not a text or Excel file: export the survey responses as .csv or .xlsx and try again.`,
  );
}
