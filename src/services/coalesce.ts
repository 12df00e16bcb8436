/**
 * Merges lookups by key that arrive in the same turn of the event loop into one batched read: under
 * polling load, twenty dashboards asking for twenty incidents cost one indexed query instead of twenty
 * round trips. A key asked twice in a batch is read once. An idle service pays one setImmediate.
 */
export class Coalescer<K, V> {
  private pending: Map<K, { resolve(v: V | undefined): void; reject(e: unknown): void }[]> | null = null;

  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly maxBatch = 500,
  ) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      if (this.pending === null) {
        this.pending = new Map();
        setImmediate(() => this.flush());
      }
      const waiters = this.pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
      if (this.pending.size >= this.maxBatch) this.flush();
    });
  }

  private flush(): void {
    const batch = this.pending;
    if (batch === null) return;
    this.pending = null;
    this.loadMany([...batch.keys()]).then(
      (found) => {
        for (const [key, waiters] of batch) for (const w of waiters) w.resolve(found.get(key));
      },
      (err: unknown) => {
        for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
      },
    );
  }
}
