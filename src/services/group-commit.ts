/**
 * Coalesces concurrent calls into groups run together (one transaction for many requests). Whatever
 * arrives while a group runs forms the next group, up to `maxGroup`; an idle queue runs a call at once,
 * so there is no timer and no added latency when traffic is light. A group that fails rejects its own
 * calls only; the next group runs as usual.
 */
export class GroupCommit<I, R> {
  private pending: { item: I; resolve: (r: R) => void; reject: (err: unknown) => void }[] = [];
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<R[]>,
    private readonly maxGroup: number,
    /** Called when the queue drained (the owner may forget it). */
    private readonly onIdle: () => void = () => {},
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, this.maxGroup);
      try {
        const results = await this.run(group.map((g) => g.item));
        for (const [i, g] of group.entries()) g.resolve(results[i] as R);
      } catch (err) {
        for (const g of group) g.reject(err);
      }
    }
    this.running = false;
    this.onIdle();
  }
}
