/**
 * Failure injection: tests make a chosen Spreadsheet service call throw, as
 * Sheets does now and then ("Service Spreadsheets failed while accessing
 * document…"), to check that the add-on survives a failure at any point.
 * A call that fails does nothing (it throws before reaching the model).
 */
import { serviceError } from './errors';

/** Apps Script's message for a transient Sheets failure. */
export const SERVICE_FAILURE = 'Service Spreadsheets failed while accessing document with id local-spreadsheet.';

interface FaultRule {
  /** `Kind.method` to match, or null for any document call. */
  member: string | null;
  /** Which matching call fails (1 = the next one). */
  nth: number;
  seen: number;
  message: string;
}

/** The planned failures of one spreadsheet. */
export class FaultPlan {
  private rules: FaultRule[] = [];

  /**
   * Makes the `nth` next call of `member` (`'Range.setValues'`) throw.
   * @example book.faults.failOn('Range.setValues') // the next setValues throws
   */
  failOn(member: string, options: { nth?: number; message?: string } = {}): void {
    this.add(member, options);
  }

  /**
   * Makes the `nth` next document call (any counted call that reads or
   * writes the document; chart-builder calls excluded) throw.
   * @example book.faults.failOnCall(3) // the third document call from now throws
   */
  failOnCall(nth: number, options: { message?: string } = {}): void {
    this.add(null, { ...options, nth });
  }

  /** Forgets every planned failure. */
  clear(): void {
    this.rules = [];
  }

  /** True while a planned failure has not happened yet. */
  pending(): boolean {
    return this.rules.length > 0;
  }

  /** @internal Called before each counted call; throws when a rule fires (the rule is then spent). */
  check(member: string, isDocumentCall: boolean): void {
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i];
      if (rule.member === null ? !isDocumentCall : rule.member !== member) continue;
      if (++rule.seen < rule.nth) continue;
      this.rules.splice(i, 1);
      throw serviceError(rule.message);
    }
  }

  private add(member: string | null, options: { nth?: number; message?: string }): void {
    const nth = options.nth ?? 1;
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`failOn: nth must be a whole number from 1, not ${nth}`);
    this.rules.push({ member, nth, seen: 0, message: options.message ?? SERVICE_FAILURE });
  }
}
