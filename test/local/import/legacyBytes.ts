/**
 * Text → bytes in a legacy two-byte encoding (Shift-JIS, EUC-JP, GBK…), for
 * tests: Node's TextEncoder writes only UTF-8, so the table is made by
 * decoding every lead/trail byte pair once with TextDecoder (ICU's table)
 * and inverting it.
 */
const tables = new Map<string, Map<string, number[]>>();

/**
 * The bytes of `text` in `encoding` (ASCII as is).
 *
 * @example encodeWith('shift_jis', '日付') // <Buffer 93 fa 95 74>
 */
export function encodeWith(encoding: string, text: string): Buffer {
  let table = tables.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
    tables.set(encoding, table);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const pair = code < 0x80 ? [code] : table.get(ch);
    if (!pair) throw new Error(`${ch} has no ${encoding} code`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}
