/**
 * The Apps Script `LockService` and `Lock`. One runtime call is one
 * execution; every lock it takes is released when the call ends. The local
 * runtime is single-threaded, so waiting cannot help: waitLock fails at once
 * when another process (LockState.holdByAnotherProcess) holds the lock.
 */
import { serviceError } from './errors';
import type { FacadeFactory } from './factory';
import type { LockState } from './lockState';

type Lock = GoogleAppsScript.Lock.Lock;

/** A Lock facade; `execution` returns the token of the running call. */
export class LockFacade implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly state: LockState,
    private readonly execution: () => object,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    const me = this.execution();
    if (this.state.holder !== null && this.state.holder !== me) return false;
    this.state.holder = me;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw serviceError('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    if (this.state.holder === this.execution()) this.state.holder = null;
  }

  hasLock(): boolean {
    return this.state.holder === this.execution();
  }
}

/** The LockService global. */
export class LockServiceFacade implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly scriptLock: LockState,
    private readonly userLock: LockState,
    private readonly execution: () => object,
  ) {}

  getDocumentLock(): Lock {
    return this.wrap(this.f.book.documentLock);
  }

  getScriptLock(): Lock {
    return this.wrap(this.scriptLock);
  }

  getUserLock(): Lock {
    return this.wrap(this.userLock);
  }

  private wrap(state: LockState): Lock {
    return this.f.wrap(new LockFacade(state, this.execution), 'Lock', false);
  }
}
