/**
 * Merges lookups by key into batched reads: under polling load, twenty dashboards asking for twenty
 * incidents cost one indexed query instead of twenty round trips. Lookups made in the same turn of the
 * event loop form a batch; while `maxInFlight` batches are already at the database, new lookups wait and
 * join the next one, so batches grow with the load instead of the number of queries (the database's
 * work per query, not per row, is what the load costs). A key asked twice in a batch is read once.
 * An idle service pays one setImmediate.
 */
export class Coalescer<K, V> {
  private pending: Map<K, { resolve(v: V | undefined): void; reject(e: unknown): void }[]> | null = null;
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly options: { maxBatch?: number; maxInFlight?: number } = {},
  ) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      this.pending ??= new Map();
      const waiters = this.pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
      if (this.pending.size >= (this.options.maxBatch ?? 500)) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    while (this.pending !== null && this.inFlight < (this.options.maxInFlight ?? 4)) {
      this.send(this.takeBatch(this.pending));
    }
  }

  /** Up to maxBatch keys from the pending ones, oldest first; the rest stay pending. */
  private takeBatch(pending: NonNullable<typeof this.pending>): NonNullable<typeof this.pending> {
    const max = this.options.maxBatch ?? 500;
    if (pending.size <= max) {
      this.pending = null;
      return pending;
    }
    const batch: NonNullable<typeof this.pending> = new Map();
    for (const [key, waiters] of pending) {
      if (batch.size === max) break;
      batch.set(key, waiters);
      pending.delete(key);
    }
    return batch;
  }

  private send(batch: NonNullable<typeof this.pending>): void {
    this.inFlight++;
    // Through a promise so that a loader throwing synchronously still settles the batch.
    Promise.resolve([...batch.keys()])
      .then((keys) => this.loadMany(keys))
      .then(
        (found) => {
          for (const [key, waiters] of batch) for (const w of waiters) w.resolve(found.get(key));
        },
        (err: unknown) => {
          for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
        },
      )
      .finally(() => {
        this.inFlight--;
        this.flush();
      });
  }
}
