/**
 * Coalesces concurrent calls into groups run together (one transaction for many requests). Whatever
 * arrives while groups run forms the next group, up to `maxItems` items (a call's items are never split,
 * so a larger call runs alone); an idle queue runs a call at once, so there is no timer and no added
 * latency when traffic is light. A group that fails rejects its own calls only; the next runs as usual.
 *
 * Small groups (single posts, touching a few rows each) may run two at a time, so a request does not wait
 * a whole group's round trips before its own group starts. A large group (batches, touching hundreds of
 * incidents) runs alone: beside another it would only wait for the same rows, and the waiting transactions
 * would hold back the cleanup of the rows they all update.
 */
export class GroupCommit<I, R> {
  private pending: { items: readonly I[]; resolve: (r: R[]) => void; reject: (err: unknown) => void }[] = [];
  private running: number[] = [];

  constructor(
    private readonly run: (items: I[]) => Promise<R[]>,
    private readonly options: {
      maxItems: number;
      /** Groups of at most this many items may run two at a time. */
      smallGroup: number;
      /** Called when the queue drained (the owner may forget it). */
      onIdle?: () => void;
    },
  ) {}

  /** Runs `items` in a group; resolves with their results, in order. */
  submit(items: readonly I[]): Promise<R[]> {
    return new Promise<R[]>((resolve, reject) => {
      this.pending.push({ items, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    const { maxItems, smallGroup } = this.options;
    while (this.pending.length > 0 && this.running.length < 2) {
      if (this.running.some((size) => size > smallGroup)) return;
      // Beside a running group only a small one may start.
      const limit = this.running.length > 0 ? smallGroup : maxItems;
      let size = 0;
      let take = 0;
      for (const call of this.pending) {
        if (size + call.items.length > limit && (take > 0 || this.running.length > 0)) break;
        size += call.items.length;
        take++;
      }
      if (take === 0) return;
      void this.runGroup(this.pending.splice(0, take), size);
    }
  }

  private async runGroup(
    group: { items: readonly I[]; resolve: (r: R[]) => void; reject: (err: unknown) => void }[],
    size: number,
  ): Promise<void> {
    this.running.push(size);
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
    this.running.splice(this.running.indexOf(size), 1);
    if (this.running.length === 0 && this.pending.length === 0) this.options.onIdle?.();
    else this.next();
  }
}
