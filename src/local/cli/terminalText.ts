/**
 * Text from the user's data (headers, segment values, sheet and file names)
 * reaches the terminal in every readable line the CLI prints. A control
 * character there could move the cursor, recolour the screen, set the window
 * title (ESC ] 0;… BEL) or reorder what the reader sees (bidi overrides), so
 * every such character is shown as its escape instead of being sent.
 */
/** Shown as escapes: see shared/visibleControls.ts (the sidebar shows them the same way). */
export { visibleControls } from '../../shared/visibleControls';

/** The same characters less the C0 ones, which JSON.stringify already escapes. */
const UNESCAPED_BY_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

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

function hex(ch: string, digits: number): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(digits, '0');
}
