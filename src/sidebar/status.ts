/**
 * The status area (`data-testid="status"`, role="status", aria-live): progress,
 * errors and results, one message at a time.
 */
import { el, replaceChildren } from './dom';

/** What a message is about; sets its look. */
export type StatusKind = 'progress' | 'error' | 'success' | 'info';

/** The status area's handle. */
export interface StatusArea {
  /**
   * Shows a message (and, optionally, a second line of detail); returns a
   * token that {@link StatusArea.clear} and {@link StatusArea.update} accept.
   */
  show(kind: StatusKind, text: string, detail?: string): number;
  /** Replaces the text of a message if it is still the one shown. */
  update(token: number, text: string): void;
  /** Removes a message if it is still the one shown (a newer message stays). */
  clear(token: number): void;
}

/**
 * Wraps the status element. Text is set with textContent only.
 *
 * @param element the status element from index.html
 * @returns the status area
 */
export function createStatus(element: HTMLElement): StatusArea {
  let current = 0;
  let text: HTMLElement | null = null;
  return {
    show(kind, message, detail) {
      current += 1;
      text = el('span', { class: 'status-text' }, message);
      element.className = `status status-${kind}`;
      replaceChildren(element, [
        kind === 'progress' ? el('span', { class: 'progress-bar', 'aria-hidden': 'true' }) : null,
        text,
        detail ? ' ' : null, // so that the text reads as two sentences in textContent too
        detail ? el('span', { class: 'status-detail' }, detail) : null,
      ]);
      return current;
    },
    update(token, message) {
      if (token === current && text) text.textContent = message;
    },
    clear(token) {
      if (token !== current) return;
      element.className = 'status';
      replaceChildren(element);
      text = null;
    },
  };
}
