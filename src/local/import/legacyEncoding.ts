/**
 * Which legacy ("ANSI") encoding a text that is not UTF-8 is in, from the
 * shape of its non-ASCII bytes:
 *
 * - Shift-JIS (Excel's CSV on Japanese Windows): two-byte characters whose
 *   first byte is mostly 0x81–0x9F (kana, punctuation and the common kanji),
 *   bytes that Windows-1252 uses only for curly quotes, dashes and the like,
 *   and the whole text decodes as Shift-JIS without an error.
 * - EUC-JP: every non-ASCII byte in 0xA1–0xFE pairs, and decoded so, a
 *   good share of kana (Chinese GB2312 has the kana at the same codes, but
 *   Chinese text seldom uses them).
 * - Windows-1252 (Western Europe and the Americas): accented letters, which
 *   stand alone between ASCII letters.
 *
 * Anything else is unknown (null): Chinese GBK and Korean EUC-KR, say, use
 * the same byte pairs (GBK's hanzi decode as Hangul), and a wrong guess
 * would change the text.
 */

/** An encoding TextDecoder knows, or `windows-1252` (decoded by hand, see decodeText). */
export type LegacyEncoding = 'shift_jis' | 'euc-jp' | 'windows-1252';

/** How much of the file is looked at. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * The encoding of a text that is not valid UTF-8, or null when it cannot be told.
 *
 * @param bytes the file's content (no NUL bytes)
 * @example
 * legacyEncoding(new Uint8Array([0x93, 0xfa, 0x95, 0x74])); // 'shift_jis' (日付)
 * legacyEncoding(Buffer.from('M\xfcller', 'latin1'));      // 'windows-1252'
 */
export function legacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let high = 0;
  let c1 = 0;
  let alone = 0;
  let euc = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    high++;
    if (b <= 0x9f) c1++;
    if (b >= 0xa1 && b <= 0xfe) euc++;
    if ((i === 0 || sample[i - 1] < 0x80) && (i + 1 >= sample.length || sample[i + 1] < 0x80)) alone++;
  }
  if (high >= 2 && c1 >= high * 0.25 && decodes('shift_jis', bytes)) return 'shift_jis';
  if (high >= 4 && alone === 0 && euc === high) {
    return share(bytes, 'euc-jp', 0x3040, 0x30ff) > 0.2 ? 'euc-jp' : null;
  }
  if (alone > 0) return 'windows-1252';
  return null;
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The share of non-ASCII characters in [from, to] when the sample is decoded so (0 if it does not decode). */
function share(bytes: Uint8Array, encoding: string, from: number, to: number): number {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, SAMPLE_BYTES));
  } catch {
    // A sample cut inside a character fails too; judge the whole file then.
    if (!decodes(encoding, bytes)) return 0;
    text = new TextDecoder(encoding).decode(bytes.subarray(0, SAMPLE_BYTES));
  }
  let inRange = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    wide++;
    if (c >= from && c <= to) inRange++;
  }
  return wide === 0 ? 0 : inRange / wide;
}
