/**
 * Control characters and direction marks from the user's data, shown as
 * escapes wherever people read that data (the terminal, the HTML report, the
 * sidebar): a control sequence could move the cursor, recolour the screen or
 * set a terminal's title (ESC ] 0;… BEL), and a direction override (U+202E)
 * reorders the text after it, so "Region\u202E (E)" would read "Region)E( ".
 */

/**
 * C0 controls except tab and newline, DEL, C1 controls, and the invisible
 * marks that change the direction of text: LRM/RLM, ALM, the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069, and the line/paragraph
 * separators some terminals treat as line breaks.
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * The text with every control and direction mark written as a visible
 * escape (`\x1B`, `\u202E`); tabs and newlines stay.
 *
 * @param text what is about to be shown
 * @example visibleControls('\u001b]0;pwned\u0007Team') // '\\x1B]0;pwned\\x07Team'
 * @example visibleControls('a\u202Eb\tc\n') // 'a\\u202Eb\tc\n'
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, escapeOf);
}

function escapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
