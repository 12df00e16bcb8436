/**
 * Coalesces concurrent calls into groups run together (one transaction for many requests). Whatever
 * arrives while groups run forms the next group, up to `maxItems` items (a call's items are never split,
 * so a larger call runs alone); an idle queue runs a call at once, so there is no timer and no added
 * latency when traffic is light. Two groups run at a time, so a request does not wait for a whole group
 * before its own starts. A group that fails rejects its own calls only; the next runs as usual.
 */
export class GroupCommit<I, R> {
  private pending: { items: readonly I[]; resolve: (r: R[]) => void; reject: (err: unknown) => void }[] = [];
  private running = 0;

  constructor(
    private readonly run: (items: I[]) => Promise<R[]>,
    private readonly options: {
      maxItems: number;
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
    while (this.pending.length > 0 && this.running < 2) {
      let size = 0;
      let take = 0;
      for (const call of this.pending) {
        if (take > 0 && size + call.items.length > this.options.maxItems) break;
        size += call.items.length;
        take++;
      }
      void this.runGroup(this.pending.splice(0, take));
    }
  }

  private async runGroup(
    group: { items: readonly I[]; resolve: (r: R[]) => void; reject: (err: unknown) => void }[],
  ): Promise<void> {
    this.running++;
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
    this.running--;
    if (this.running === 0 && this.pending.length === 0) this.options.onIdle?.();
    else this.next();
  }
}
