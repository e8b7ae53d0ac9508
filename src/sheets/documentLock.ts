/**
 * One report build at a time per spreadsheet: two builds writing the same
 * report sheet at once would interleave their writes.
 */

/** How long a build waits for another one to finish, in ms. */
const LOCK_WAIT_MS = 10000;

/**
 * Runs `work` holding the document lock.
 * @throws Error "Another NPS report is being built…" when the lock stays taken
 * @example withDocumentLock(() => buildReportFor(spreadsheet, sheet, options))
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  // getDocumentLock() is null only outside a spreadsheet (not the case for an editor add-on).
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Another NPS report is being built in this spreadsheet right now. Wait a few seconds and try again.');
  }
  try {
    return work();
  } finally {
    if (lock) lock.releaseLock();
  }
}
