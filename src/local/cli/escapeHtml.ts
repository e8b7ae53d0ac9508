import { visibleControls } from './terminalText';

/**
 * Escapes text for HTML element content and quoted attribute values: every
 * value that comes from the user's sheet goes through it. Control characters
 * and direction overrides are shown as escapes, as in the terminal, so they
 * cannot reorder what the reader sees.
 *
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 * @example escapeHtml('a\u202Eb') // 'a\\u202Eb'
 */
export function escapeHtml(text: string): string {
  return visibleControls(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
