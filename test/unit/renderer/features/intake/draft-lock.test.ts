import { describe, expect, it } from 'vitest';
import { draftLockName, holdDraftLock } from '../../../../../renderer/features/intake/draft-lock';

type Callback = (lock: { name: string } | null) => unknown;

/** Exclusive Web Locks as Chromium grants them: one holder per name, waiters in order. */
class FakeLocks {
  private held = new Set<string>();
  private queue: Array<{ name: string; grant: () => void }> = [];

  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: Callback) {
    return new Promise<unknown>((resolve, reject) => {
      const run = () => {
        this.held.add(name);
        void Promise.resolve(callback({ name })).then((value) => {
          this.held.delete(name);
          resolve(value);
          const next = this.queue.findIndex((w) => w.name === name);
          if (next >= 0) this.queue.splice(next, 1)[0]?.grant();
        });
      };
      if (!this.held.has(name)) return run();
      if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve);
      const waiter = { name, grant: run };
      this.queue.push(waiter);
      options.signal?.addEventListener('abort', () => {
        this.queue = this.queue.filter((w) => w !== waiter);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));
/** Past the moment a waiting tab says the walk-in is open elsewhere (10 ms in these tests). */
const later = () => new Promise((r) => setTimeout(r, 30));

/** A tab opening the officer's walk-in. */
function tab(locks: FakeLocks) {
  const seen: string[] = [];
  const release = holdDraftLock(
    locks as unknown as LockManager,
    draftLockName('KFQ0101'),
    {
      held: (afterWaiting) => seen.push(afterWaiting ? 'taken over' : 'held'),
      elsewhere: () => seen.push('elsewhere'),
    },
    10,
  );
  return { seen, release };
}

describe('the draft lock', () => {
  it('lets one tab hold the walk-in; a second says it is open elsewhere and takes over when the first lets go', async () => {
    const locks = new FakeLocks();
    const first = tab(locks);
    await tick();
    const second = tab(locks);
    await later();
    expect(first.seen).toEqual(['held']);
    expect(second.seen).toEqual(['elsewhere']);
    first.release();
    await tick();
    await tick();
    expect(second.seen).toEqual(['elsewhere', 'taken over']);
    const third = tab(locks);
    await later();
    expect(third.seen).toEqual(['elsewhere']);
    third.release(); // stops waiting
    second.release();
    await later();
    expect(third.seen).toEqual(['elsewhere']);
    const fourth = tab(locks);
    await tick();
    expect(fourth.seen).toEqual(['held']);
  });

  it('is one lock per officer, and a browser without Web Locks simply holds it', async () => {
    const locks = new FakeLocks();
    tab(locks);
    const other: string[] = [];
    holdDraftLock(locks as unknown as LockManager, draftLockName('KFQ0102'), {
      held: () => other.push('held'),
      elsewhere: () => other.push('elsewhere'),
    });
    await tick();
    expect(other).toEqual(['held']);
    const none: string[] = [];
    holdDraftLock(undefined, 'x', { held: () => none.push('held'), elsewhere: () => none.push('elsewhere') });
    expect(none).toEqual(['held']);
  });
});

describe('the draft lock in one tab', () => {
  it('waits silently for its own lock still being released (a remounted wizard), then holds it', async () => {
    const locks = new FakeLocks();
    const first = tab(locks);
    await tick();
    first.release(); // let go, but the manager releases it a moment later
    const again = tab(locks);
    await later();
    expect(again.seen).toEqual(['taken over']);
    again.release();
  });
});
