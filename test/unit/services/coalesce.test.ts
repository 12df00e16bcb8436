import { describe, expect, it } from 'vitest';
import { Coalescer } from '../../../src/services/coalesce.ts';

describe('Coalescer', () => {
  it('should answer lookups made in the same turn with one batched load, each key once', async () => {
    const batches: string[][] = [];
    const c = new Coalescer<string, number>(async (keys) => {
      batches.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
    });
    const answers = await Promise.all(['a', 'bb', 'a', 'missing', 'ccc'].map((k) => c.load(k)));
    expect(answers).toEqual([1, 2, 1, undefined, 3]);
    expect(batches).toEqual([['a', 'bb', 'missing', 'ccc']]);
    // A later turn is a new batch: nothing is cached between batches.
    expect(await c.load('a')).toBe(1);
    expect(batches).toHaveLength(2);
  });

  it('should reject every waiter of a failed batch and recover on the next', async () => {
    let fail = true;
    const c = new Coalescer<string, string>(async (keys) => {
      if (fail) throw new Error('database away');
      return new Map(keys.map((k) => [k, k]));
    });
    const results = await Promise.allSettled([c.load('x'), c.load('y')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await c.load('x')).toBe('x');
  });

  it('should split a burst into batches of at most maxBatch keys', async () => {
    const sizes: number[] = [];
    const c = new Coalescer<number, number>(
      async (keys) => {
        sizes.push(keys.length);
        return new Map(keys.map((k) => [k, k * 2]));
      },
      { maxBatch: 3 },
    );
    const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((k) => c.load(k)));
    expect(answers).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('should hold lookups while maxInFlight batches are at the database and send them as one batch after', async () => {
    const batches: number[][] = [];
    const releases: (() => void)[] = [];
    const c = new Coalescer<number, number>(
      (keys) => {
        batches.push(keys);
        return new Promise((resolve) => releases.push(() => resolve(new Map(keys.map((k) => [k, k])))));
      },
      { maxInFlight: 1 },
    );
    const first = c.load(1);
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map(async (k) => {
      await new Promise((r) => setImmediate(r));
      return c.load(k);
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(batches).toEqual([[1]]); // 2, 3 and 4 wait for the batch in flight
    releases[0]!();
    expect(await first).toBe(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(batches).toEqual([[1], [2, 3, 4]]);
    releases[1]!();
    expect(await Promise.all(later)).toEqual([2, 3, 4]);
  });
});
