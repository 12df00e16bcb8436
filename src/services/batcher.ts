/**
 * Runs concurrent submissions together: one `run` (a query, a statement, a transaction) serves many
 * requests, so the database's cost per round trip, not per row, is paid once per batch. While
 * `maxInFlight` batches run, new submissions queue and form the next, larger batch: batches grow with the
 * load instead of the number of round trips.
 */
export interface BatcherOptions<I, R> {
  /** Runs one batch; resolves with one result per item, in the order given. */
  run(items: I[]): Promise<R[]>;
  /** 'now': an idle batcher runs a submission at once (no timer); later ones queue while batches run.
   *  'turn': submissions made in the same turn of the event loop form one batch (setImmediate). */
  flush: 'now' | 'turn';
  /** Most items in one batch. A submission's items are never split (a larger submission runs alone). */
  maxItems: number;
  /** Batches running at once; what arrives meanwhile forms the next, larger batch. */
  maxInFlight: number;
  /** A key per item; given together with `sameKey`. */
  key?: (item: I) => string;
  /** 'share': items with the same key in one batch are run once (the first one) and all get its result.
   *  'separate': items with the same key never share a batch (later ones wait for a later batch). */
  sameKey?: 'share' | 'separate';
  /** 'fail-all': a failed batch rejects every submission in it. 'retry-each': each submission is run
   *  again alone, so an error reaches only its own caller (a batch of one just rejects). */
  onFailure: 'fail-all' | 'retry-each';
  /** Called when nothing is queued or running any more (an owner may forget the batcher). */
  onIdle?: () => void;
}

interface Submission<I, R> {
  readonly items: readonly I[];
  /** Each item's key, when the batcher has `key`. */
  readonly keys: readonly string[] | undefined;
  resolve(results: R[]): void;
  reject(error: unknown): void;
}

export class Batcher<I, R> {
  private queue: Submission<I, R>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly options: BatcherOptions<I, R>) {
    if (!(options.maxItems >= 1 && options.maxInFlight >= 1)) {
      throw new RangeError('Batcher: maxItems and maxInFlight must be at least 1');
    }
    if ((options.key === undefined) !== (options.sameKey === undefined)) {
      throw new TypeError('Batcher: key and sameKey are given together');
    }
  }

  /** One item; resolves with its result. */
  submit(item: I): Promise<R> {
    return this.submitAll([item]).then((results) => results[0] as R);
  }

  /** Several items kept together in one batch; resolves with their results in order. */
  submitAll(items: readonly I[]): Promise<R[]> {
    if (items.length === 0) return Promise.resolve([]);
    // In the executor, so a throwing `key` rejects this submission only.
    return new Promise<R[]>((resolve, reject) => {
      const { key, sameKey, flush } = this.options;
      const keys = key ? items.map((item) => key(item)) : undefined;
      if (sameKey === 'separate' && keys && new Set(keys).size < keys.length) {
        // Its items could neither share a batch nor be split.
        throw new Error('Batcher: a submission holds two items with the same key under sameKey "separate"');
      }
      this.queue.push({ items: [...items], keys, resolve, reject });
      if (flush === 'now') this.pump();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Starts batches while submissions wait and there is room in flight. */
  private pump(): void {
    while (this.queue.length > 0 && this.inFlight < this.options.maxInFlight) void this.send(this.take());
  }

  /** The next batch's submissions, oldest first (never empty: the oldest always goes). */
  private take(): Submission<I, R>[] {
    const share = this.options.sameKey === 'share';
    const taken: Submission<I, R>[] = [];
    const rest: Submission<I, R>[] = [];
    const keys = new Set<string>();
    let size = 0;
    let full = false;
    for (const s of this.queue) {
      // 'separate': one statement could not order two writes of a key; others may still join this batch.
      if (!share && s.keys?.some((k) => keys.has(k))) {
        rest.push(s);
        continue;
      }
      const added = share && s.keys ? new Set(s.keys.filter((k) => !keys.has(k))).size : s.items.length;
      // Once one does not fit, later ones wait too, so a large submission is not overtaken for ever;
      // one that adds no new key ('share') costs nothing and joins.
      if (taken.length > 0 && added > 0 && (full || size + added > this.options.maxItems)) {
        full = true;
        rest.push(s);
        continue;
      }
      taken.push(s);
      size += added;
      for (const k of s.keys ?? []) keys.add(k);
    }
    this.queue = rest;
    return taken;
  }

  /** Runs a batch and settles its submissions; then starts what waits, or reports idle. */
  private async send(batch: Submission<I, R>[]): Promise<void> {
    this.inFlight++;
    try {
      const results = await this.runTogether(batch);
      // Settled and followed by the next batch in one go: it starts before the callers resume.
      for (const [i, s] of batch.entries()) s.resolve(results[i]!);
    } catch (error) {
      if (this.options.onFailure === 'retry-each' && batch.length > 1) {
        // Each alone, so an error reaches only its own caller; side by side, within this batch's place.
        const retry = (s: Submission<I, R>) =>
          this.runTogether([s]).then(([own]) => s.resolve(own!), s.reject);
        await Promise.all(batch.map(retry));
      } else for (const s of batch) s.reject(error);
    }
    this.inFlight--;
    if (this.queue.length === 0 && this.inFlight === 0) this.options.onIdle?.();
    else this.pump();
  }

  /** One `run` for the submissions, answering each one's results (async: a `run` throwing synchronously
   *  rejects too). */
  private async runTogether(batch: Submission<I, R>[]): Promise<R[][]> {
    const items: I[] = [];
    const slotOfKey = new Map<string, number>();
    // Where each item's result is: under 'share', a key is run once, for its first item.
    const slots = batch.map((s) =>
      s.items.map((item, j) => {
        const key = this.options.sameKey === 'share' ? s.keys?.[j] : undefined;
        if (key === undefined) return items.push(item) - 1;
        const slot = slotOfKey.get(key) ?? items.push(item) - 1;
        slotOfKey.set(key, slot);
        return slot;
      }),
    );
    const results = await this.options.run(items);
    if (!Array.isArray(results) || results.length !== items.length) {
      // A programming error: it must reach the callers, not leave them waiting for ever.
      const got = Array.isArray(results) ? `${results.length} results` : String(results);
      throw new Error(`Batcher: run resolved with ${got} for ${items.length} items`);
    }
    return slots.map((own) => own.map((slot) => results[slot] as R));
  }
}
