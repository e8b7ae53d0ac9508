/**
 * Text from the user's data (headers, segment values, sheet and file names)
 * reaches the terminal in every readable line the CLI prints. A control
 * character there could move the cursor, recolour the screen, set the window
 * title (ESC ] 0;… BEL) or reorder what the reader sees (bidi overrides), so
 * every such character is shown as its escape instead of being sent.
 */

/**
 * C0 controls except tab and newline (ours), DEL, C1 controls, and the
 * invisible marks that change the direction of text: LRM/RLM, ALM, the
 * embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and
 * the line/paragraph separators some terminals treat as line breaks.
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** The same characters less the C0 ones, which JSON.stringify already escapes. */
const UNESCAPED_BY_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * The text with every control and direction mark written as a visible
 * escape (`\x1B`, `\u202E`); tabs and newlines stay.
 *
 * @param text what is about to be printed
 * @example visibleControls('\u001b]0;pwned\u0007Team') // '\\x1B]0;pwned\\x07Team'
 * @example visibleControls('a\u202Eb\tc\n') // 'a\\u202Eb\tc\n'
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, escapeOf);
}

/**
 * A value as indented JSON in which no character can act on a terminal: the
 * characters JSON.stringify leaves raw are written as `\uXXXX` escapes, so a
 * JSON reader gets back exactly the same strings.
 *
 * @param value the document to print
 * @example jsonForTerminal({ segment: 'a\u202Eb' }) // '{\n  "segment": "a\\u202eb"\n}'
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNESCAPED_BY_JSON, (ch) => `\\u${hex(ch, 4).toLowerCase()}`);
}

function escapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(ch, 2)}` : `\\u${hex(ch, 4)}`;
}

function hex(ch: string, digits: number): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(digits, '0');
}
