/**
 * Bytes → text for CSV/TSV files: UTF-8 with or without a byte order mark,
 * UTF-16 LE/BE with a BOM (Excel's "Unicode text" export) or without one
 * (told by where the NUL bytes of its line breaks and separators fall),
 * Shift-JIS (Excel's CSV on Japanese Windows) and Windows-1252 (Excel's
 * "CSV (Comma delimited)" elsewhere), see legacyEncoding. A stray NUL byte
 * in a text is dropped with a warning; anything that does not look like
 * text is refused, and text in an encoding we cannot tell is refused with
 * the advice to save it as CSV UTF-8.
 */
import { ImportError } from './importError';
import { legacyEncoding } from './legacyEncoding';

/** How much of the file the binary and encoding checks look at. */
const SAMPLE_BYTES = 64 * 1024;
/** NUL bytes dropped from a text however short it is. */
const MAX_STRAY_NULS = 4;
/**
 * Above this share of control characters (other than tab, line breaks, form
 * feed) a file whose encoding was guessed is binary: junk read as
 * Windows-1252 or as UTF-16 shows as control characters.
 */
const MAX_CONTROL_SHARE = 0.01;
/**
 * The same limit for text that is valid UTF-8 or starts with a byte order
 * mark: a binary file is almost never valid UTF-8, while a real export may
 * carry many terminal escapes in its answers (ESC, BEL, `\x1b]0;…\x07`),
 * which the readers strip from what they show.
 */
const MAX_CONTROL_SHARE_OF_TEXT = 0.25;

/**
 * Decodes a text file, dropping any byte order mark.
 *
 * @param bytes the file content (not empty)
 * @param fileLabel the file's name, for the message
 * @returns the text, and sentences about what was guessed or dropped
 * @throws ImportError `binary` when the content is not text, `unknown-encoding` when its encoding cannot be told
 * @example
 * decodeText(Buffer.from('\uFEFFa,b\n1,2'), 'x.csv'); // { text: 'a,b\n1,2', warnings: [] }
 */
export function decodeText(bytes: Uint8Array, fileLabel: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  const { text, told } = decode(bytes, fileLabel, warnings);
  if (controlShare(text.slice(0, SAMPLE_BYTES)) > (told ? MAX_CONTROL_SHARE_OF_TEXT : MAX_CONTROL_SHARE)) throw notText(fileLabel);
  return { text, warnings };
}

/** The text, and whether its encoding was told for sure (a byte order mark, or valid UTF-8) rather than guessed. */
function decode(bytes: Uint8Array, fileLabel: string, warnings: string[]): { text: string; told: boolean } {
  // TextDecoder drops the byte order mark itself.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(withoutNuls(bytes, fileLabel, warnings)), told: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), told: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), told: true };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), told: false };
  const text = withoutNuls(bytes, fileLabel, warnings);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(text), told: true };
  } catch {
    // Not UTF-8: a Windows "ANSI" export (curly quotes, accents and dashes
    // are single bytes there, Japanese two). Binary content shows as control
    // characters, which decodeText refuses.
    const encoding = legacyEncoding(text);
    if (encoding === 'windows-1252') return { text: decodeWindows1252(text), told: false };
    if (encoding !== null) {
      warnings.push(`${fileLabel} is not UTF-8; it was read as ${ENCODING_NAMES[encoding]}.`);
      return { text: new TextDecoder(encoding).decode(text), told: false };
    }
    if (controlShare(decodeWindows1252(text.subarray(0, SAMPLE_BYTES))) > MAX_CONTROL_SHARE) throw notText(fileLabel);
    throw new ImportError(
      'unknown-encoding',
      `${fileLabel} is a text file in an encoding that cannot be told (not UTF-8, UTF-16, Shift-JIS, EUC-JP or Windows-1252): ` +
        'open it in Excel or your survey tool, save it as "CSV UTF-8", and try again.',
    );
  }
}

const ENCODING_NAMES: Record<string, string> = { shift_jis: 'Shift-JIS (Japanese)', 'euc-jp': 'EUC-JP (Japanese)' };

/**
 * The bytes without NUL bytes, which no text encoding but UTF-16 uses: a few
 * (a damaged export) are dropped with a warning; many mean a binary file.
 */
function withoutNuls(bytes: Uint8Array, fileLabel: string, warnings: string[]): Uint8Array {
  let nuls = 0;
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) nuls++;
  if (nuls === 0) return bytes;
  // A binary file is full of NULs; a damaged text has a few (and binary content left after them shows as control characters).
  if (nuls > Math.max(MAX_STRAY_NULS, bytes.length * MAX_CONTROL_SHARE)) throw notText(fileLabel);
  const kept = new Uint8Array(bytes.length - nuls);
  let k = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) kept[k++] = bytes[i];
  warnings.push(
    `${fileLabel} holds ${nuls === 1 ? 'a NUL byte' : `${nuls} NUL bytes`} (an invisible character text files should not have); ` +
      `${nuls === 1 ? 'it was' : 'they were'} dropped.`,
  );
  return kept;
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

/**
 * UTF-16 without a BOM, told by its line breaks and separators: in UTF-16LE
 * each is its byte followed by a NUL (at an even offset), in UTF-16BE a NUL
 * followed by its byte. Text in Japanese or Chinese has few NULs otherwise
 * (its characters rarely have a zero byte), so counting all NULs would miss
 * it; a UTF-8 file with a stray NUL has line breaks with no NUL beside them.
 */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let little = 0;
  let big = 0;
  let all = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b !== 0x0a && b !== 0x0d && b !== 0x2c && b !== 0x3b && b !== 0x09) continue;
    all++;
    if ((i & 1) === 0 && sample[i + 1] === 0) little++;
    else if ((i & 1) === 1 && sample[i - 1] === 0) big++;
  }
  if (little >= 2 && little >= all * 0.5 && little > big * 4) return 'utf-16le';
  if (big >= 2 && big >= all * 0.5 && big > little * 4) return 'utf-16be';
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
