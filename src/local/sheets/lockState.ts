/** The state of one lock (document or script). Locks are released when an execution ends. */

/** Who holds a lock: an execution of the runtime, "another process" (tests), or nobody. */
export class LockState {
  /** The holder's token, or null when free. */
  holder: object | null = null;

  /**
   * Simulates another execution holding the lock (what a second user's
   * report build would do), so tests can see tryLock fail and waitLock time out.
   */
  holdByAnotherProcess(): void {
    this.holder = ANOTHER_PROCESS;
  }

  /** Frees the lock, whoever holds it. */
  free(): void {
    this.holder = null;
  }
}

const ANOTHER_PROCESS = {};
