/**
 * One walk-in is open in one tab. Two tabs of the same device (same officer, same Dexie draft)
 * confirmed the same draft into two cases; now the tab that opens the wizard holds a Web Lock
 * (Chromium and Electron) named after the officer's draft, and a second tab waits for it, saying
 * that the walk-in is open elsewhere. Confirmation itself is also refused twice (createCase).
 */
export function draftLockName(officerId: string): string {
  return `onewindow.intake.${officerId}`;
}

export interface DraftLockEvents {
  /** This tab holds the lock; `afterWaiting` when another tab had it first. */
  held(afterWaiting: boolean): void;
  /** Another tab holds it: this one waits and says so. */
  elsewhere(): void;
}

/**
 * Takes the lock if free, else reports `elsewhere` and waits for it. Returns the release (also
 * ending a wait). Without Web Locks (an old browser) the tab simply holds it: confirmation stays
 * safe through createCase's check.
 */
export function holdDraftLock(
  locks: Pick<LockManager, 'request'> | undefined,
  name: string,
  on: DraftLockEvents,
): () => void {
  let released = false;
  let release: (() => void) | undefined;
  const waiting = new AbortController();
  const keep = (afterWaiting: boolean) => () => {
    if (released) return Promise.resolve();
    on.held(afterWaiting);
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };
  if (!locks) {
    on.held(false);
    return () => undefined;
  }
  void (async () => {
    const free = await new Promise<boolean>((decided) => {
      void locks.request(name, { ifAvailable: true }, (lock) => {
        decided(lock !== null);
        // The lock is held until the callback's promise settles: until `release`.
        return lock === null ? undefined : keep(false)();
      });
    });
    if (free || released) return;
    on.elsewhere();
    await locks.request(name, { signal: waiting.signal }, keep(true)).catch(() => undefined);
  })();
  return () => {
    released = true;
    release?.();
    waiting.abort();
  };
}
