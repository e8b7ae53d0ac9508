/**
 * Cutting text to a length in UTF-16 units (what Sheets and JavaScript
 * count) without splitting a character made of two units: half an emoji
 * would show as "�".
 */

/**
 * The first `max` UTF-16 units of a text, one fewer when the last would be
 * the first half of a surrogate pair.
 *
 * @example cutText('abc', 2)        // 'ab'
 * @example cutText('a😀b', 2)        // 'a'
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
