/**
 * Tells the open live streams of this process that events were committed. Only a hint: a window
 * that misses it pulls on its own timer. Several server processes in front of one PostgreSQL
 * would relay it with LISTEN/NOTIFY; one process (the embedded default) needs nothing more.
 */
export type ChangeListener = (serverSeq: number) => void;

export class ChangeNotifier {
  private readonly listeners = new Set<ChangeListener>();
  private referenceListeners = new Set<() => void>();

  subscribe(listener: ChangeListener, onReference?: () => void): () => void {
    this.listeners.add(listener);
    if (onReference) this.referenceListeners.add(onReference);
    return () => {
      this.listeners.delete(listener);
      if (onReference) this.referenceListeners.delete(onReference);
    };
  }

  changed(serverSeq: number): void {
    for (const listener of this.listeners) listener(serverSeq);
  }

  referenceChanged(): void {
    for (const listener of this.referenceListeners) listener();
  }

  get size(): number {
    return this.listeners.size;
  }
}
