/**
 * A token bucket per key (the client's address): `capacity` requests at once, refilled at
 * `perSecond`. In memory, per process: enough to keep one guesser off the public query; a fleet
 * of servers would put this in front of them (the gateway) instead.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; false when the key has none left (answer 429). */
  take(key: string): boolean {
    const bucket = this.refill(key);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whether the key has a token left, without taking it (for limits that charge only failures). */
  allows(key: string): boolean {
    return this.refill(key).tokens >= 1;
  }

  private refill(key: string): { tokens: number; at: number } {
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: t };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((t - bucket.at) / 1000) * this.perSecond);
    bucket.at = t;
    if (this.buckets.size > 10_000) this.sweep(t);
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** Seconds until the key has a token again. */
  retryAfter(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.tokens >= 1) return 0;
    return Math.ceil((1 - bucket.tokens) / this.perSecond);
  }

  private sweep(t: number): void {
    for (const [key, b] of this.buckets)
      if (b.tokens + ((t - b.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(key);
  }
}
