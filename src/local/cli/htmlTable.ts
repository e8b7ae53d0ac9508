/**
 * A plain HTML table for the report page's sections: cells arrive as HTML
 * (escaped by the caller), numeric columns are right-aligned.
 */
import { escapeHtml } from './escapeHtml';

/**
 * The table as HTML.
 *
 * @param head the column titles (plain text; escaped here)
 * @param rows the cells, already HTML
 * @example htmlTable(['Theme', 'Mentions'], [['price', '12']]) // '<table><thead><tr><th>Theme</th><th class="n">Mentions</th>…'
 */
export function htmlTable(head: string[], rows: string[][]): string {
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((row) => /^[-+]?[\d.]*$|^—$|^[-\d.]+ to [-\d.]+$/.test(row[i])));
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('');
  const trs = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="n"' : ''}>${cell}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs.join('\n')}\n</tbody></table>`;
}
