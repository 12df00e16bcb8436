/**
 * Group commit for independent writes: writes submitted in the same turn of the event loop go to the
 * database as one statement (`writeMany`), so twenty managers stepping twenty incidents cost one round
 * trip instead of twenty; while `maxInFlight` groups are at the database, new writes queue and go together
 * in the next. Isolation is kept: if the group's statement fails, each write is retried on its
 * own, so one write's error reaches only its own caller. Writes with the same key never share a group
 * (the later ones go into another): one statement could not order them, while separate statements are
 * ordered by the database's row locks and guards.
 */
export class GroupWriter<W, R> {
  private queue: { key: string; write: W; resolve(r: R | undefined): void; reject(e: unknown): void }[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly writeMany: (writes: W[]) => Promise<Map<string, R>>,
    private readonly keyOf: (write: W) => string,
    private readonly maxGroup = 50,
    /** Groups at the database at once; later writes queue and form the next, larger group. */
    private readonly maxInFlight = 4,
  ) {}

  /** The write's result, or undefined when the statement skipped it (its guard did not hold). */
  submit(write: W): Promise<R | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key: this.keyOf(write), write, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const group: typeof this.queue = [];
      const rest: typeof this.queue = [];
      const keys = new Set<string>();
      for (const item of this.queue) {
        if (group.length < this.maxGroup && !keys.has(item.key)) {
          keys.add(item.key);
          group.push(item);
        } else rest.push(item);
      }
      this.queue = rest;
      this.inFlight++;
      void this.run(group).finally(() => {
        this.inFlight--;
        this.flush();
      });
    }
  }

  private async run(group: typeof this.queue): Promise<void> {
    try {
      const results = await this.writeMany(group.map((g) => g.write));
      for (const g of group) g.resolve(results.get(g.key));
    } catch (err) {
      if (group.length === 1) return group[0]!.reject(err);
      await Promise.all(
        group.map(async (g) => {
          try {
            g.resolve((await this.writeMany([g.write])).get(g.key));
          } catch (own) {
            g.reject(own);
          }
        }),
      );
    }
  }
}
