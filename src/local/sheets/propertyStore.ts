/**
 * One property store (document, user or script properties) with Apps Script's
 * quotas: 9 KB per value, 500 KB per store (keys and values, UTF-8 bytes).
 */
import { serviceError } from './errors';

/** Largest value, in UTF-8 bytes. */
export const MAX_VALUE_BYTES = 9 * 1024;
/** Largest store (keys plus values), in UTF-8 bytes. */
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A property store's contents. */
export class PropertyStore {
  private readonly entries = new Map<string, string>();

  /** The value of a key, or null. */
  get(key: string): string | null {
    return this.entries.has(key) ? this.entries.get(key)! : null;
  }

  /** Every entry, as a plain object. */
  all(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }

  /** Every key. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * Sets several keys at once (all or nothing), after checking the quotas.
   * `replaceAll` deletes the keys not given.
   */
  setMany(values: Record<string, string>, replaceAll = false): void {
    const next = new Map(replaceAll ? [] : this.entries);
    for (const [key, value] of Object.entries(values)) {
      if (bytes(value) > MAX_VALUE_BYTES) throw serviceError('Argument too large: value');
      next.set(key, value);
    }
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > MAX_STORE_BYTES) {
      throw serviceError('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.entries.clear();
    for (const [key, value] of next) this.entries.set(key, value);
  }

  /** Deletes one key (no error when absent). */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Deletes every key. */
  clear(): void {
    this.entries.clear();
  }
}
