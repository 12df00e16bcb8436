/**
 * Coalesces concurrent calls into groups run together (one transaction for many requests). Whatever
 * arrives while a group runs forms the next group, up to `maxItems` items (a call's items are never
 * split, so a larger call runs alone); an idle queue runs a call at once, so there is no timer and no
 * added latency when traffic is light. One group runs at a time: calls wait here, in the process, rather
 * than on row locks in the database, where waiting transactions would hold back the cleanup of the rows
 * they all update. A group that fails rejects its own calls only; the next group runs as usual.
 */
export class GroupCommit<I, R> {
  private pending: { items: readonly I[]; resolve: (r: R[]) => void; reject: (err: unknown) => void }[] = [];
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<R[]>,
    private readonly maxItems: number,
    /** Called when the queue drained (the owner may forget it). */
    private readonly onIdle: () => void = () => {},
  ) {}

  /** Runs `items` in a group; resolves with their results, in order. */
  submit(items: readonly I[]): Promise<R[]> {
    return new Promise<R[]>((resolve, reject) => {
      this.pending.push({ items, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length > 0) {
      let size = 0;
      let take = 0;
      for (const call of this.pending) {
        if (take > 0 && size + call.items.length > this.maxItems) break;
        size += call.items.length;
        take++;
      }
      const group = this.pending.splice(0, take);
      try {
        const results = await this.run(group.flatMap((call) => call.items));
        let at = 0;
        for (const call of group) {
          call.resolve(results.slice(at, at + call.items.length));
          at += call.items.length;
        }
      } catch (err) {
        for (const call of group) call.reject(err);
      }
    }
    this.running = false;
    this.onIdle();
  }
}
