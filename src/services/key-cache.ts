/**
 * Valid keys by hash, trusted only while key changes are being heard (see ApiKeyService). A generation
 * counter closes the race where a lookup reads a key just before its revocation and would otherwise
 * cache it just after the revocation cleared the cache: such a result is returned but never stored.
 */
export class KeyCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  private generation = 0;
  private trusted = false;

  constructor(private readonly options: { maxEntries: number; ttlMs: number; now: () => number }) {}

  /** The cached value, or undefined when absent, expired or while changes are not being heard. */
  get(key: string): V | undefined {
    if (!this.trusted) return undefined;
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until <= this.options.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /** Call before the database read whose result may be stored with `set`. */
  ticket(): number {
    return this.generation;
  }

  set(key: string, value: V, ticket: number): void {
    if (!this.trusted || ticket !== this.generation) return;
    // A full cache starts over rather than tracking recency: keys in use come back on the next request.
    if (this.entries.size >= this.options.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until: this.options.now() + this.options.ttlMs });
  }

  /** Something changed (or may have): forget everything, and refuse results read before now. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Whether changes are being heard; while not, the cache is empty and stores nothing. */
  setTrusted(trusted: boolean): void {
    this.invalidate();
    this.trusted = trusted;
  }

  get size(): number {
    return this.entries.size;
  }
}
