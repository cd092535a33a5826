import type { Database } from '../db/database';
import { appendBatch, appendBatches, type PushBatch, type PushOutcome } from '../store/push';

export type PushCommitterOptions = {
  /** Transactions of this process writing at once (their locks keep them apart where needed). */
  concurrency?: number;
  /** A group stops growing at this many events (one batch larger than that still goes alone). */
  maxGroupEvents?: number;
};

type Waiting = PushBatch & { resolve: (outcome: PushOutcome) => void; reject: (error: unknown) => void };

/**
 * Group commit for pushes: batches that arrive while this process's transactions are busy wait,
 * then go in ONE transaction together (`appendBatches`): one set of locks, one read, one write,
 * one COMMIT for all of them, each batch still all or nothing and each reply sent only after that
 * COMMIT. With nothing else waiting a batch starts at once, so a quiet server adds no delay.
 * If a group's transaction fails as a whole (a lost connection, a deadlock), each of its batches
 * is tried once more alone, so one batch's trouble is reported to that batch only.
 */
export class PushCommitter {
  private readonly queue: Waiting[] = [];
  private running = 0;
  private readonly concurrency: number;
  private readonly maxGroupEvents: number;

  constructor(
    private readonly db: Database,
    options: PushCommitterOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? (db.kind === 'postgres' ? 2 : 1));
    this.maxGroupEvents = Math.max(1, options.maxGroupEvents ?? 2000);
  }

  /** Resolves after the batch's transaction committed; rejects with its refusal (409 …) otherwise. */
  push(batch: PushBatch): Promise<PushOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...batch, resolve, reject });
      this.drain();
    });
  }

  /** Batches waiting for a transaction (for tests and diagnostics). */
  get waiting(): number {
    return this.queue.length;
  }

  private drain(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const group = this.takeGroup();
      this.running += 1;
      void this.run(group).finally(() => {
        this.running -= 1;
        this.drain();
      });
    }
  }

  private takeGroup(): Waiting[] {
    const group: Waiting[] = [];
    let events = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0];
      if (!next || (group.length > 0 && events + next.events.length > this.maxGroupEvents)) break;
      this.queue.shift();
      group.push(next);
      events += next.events.length;
    }
    return group;
  }

  private async run(group: readonly Waiting[]): Promise<void> {
    let results;
    try {
      results = await appendBatches(this.db, group);
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      for (const item of group) {
        await appendBatch(this.db, item.device, item.events).then(item.resolve, item.reject);
      }
      return;
    }
    group.forEach((item, i) => {
      const result = results[i];
      if (!result) item.reject(new Error('group commit: no result for a batch'));
      else if (result.ok) item.resolve(result.outcome);
      else item.reject(result.error);
    });
  }
}
