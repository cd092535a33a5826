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
  /** This tab holds the lock; `afterWaiting` when it had to wait for it. */
  held(afterWaiting: boolean): void;
  /** Another tab holds it: this one waits and says so. */
  elsewhere(): void;
}

/**
 * How long a refused lock is waited for before the tab says the walk-in is open elsewhere. A
 * wizard that remounts (React's strict mode, a quick Esc and F2) asks again while its own lock is
 * still being released: it gets it within milliseconds, and its form must not be swapped out.
 */
export const ELSEWHERE_AFTER_MS = 300;

/**
 * Takes the lock if free, else (held by another tab) reports `elsewhere` and waits for it.
 * Returns the release (also ending a wait). Without Web Locks (an old browser) the tab simply
 * holds it: confirmation stays safe through createCase's check.
 */
export function holdDraftLock(
  locks: Pick<LockManager, 'request'> | undefined,
  name: string,
  on: DraftLockEvents,
  elsewhereAfterMs = ELSEWHERE_AFTER_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let released = false;
  let release: (() => void) | undefined;
  const waiting = new AbortController();
  if (!locks) {
    on.held(false);
    return () => undefined;
  }
  // Holds the lock until `release`.
  const keep = (afterWaiting: boolean) => {
    clearTimeout(timer);
    if (!released) on.held(afterWaiting);
    return new Promise<void>((resolve) => {
      release = resolve;
      if (released) resolve();
    });
  };
  void (async () => {
    const free = await new Promise<boolean>((decided) => {
      void locks.request(name, { ifAvailable: true }, (lock) => {
        decided(lock !== null);
        return lock === null ? undefined : keep(false);
      });
    });
    if (free || released) return;
    timer = setTimeout(() => released || on.elsewhere(), elsewhereAfterMs);
    await locks
      .request(name, { signal: waiting.signal }, () => keep(true))
      .catch(
        () => undefined, // aborted: released while waiting
      );
  })();
  return () => {
    released = true;
    clearTimeout(timer);
    release?.();
    waiting.abort();
  };
}
