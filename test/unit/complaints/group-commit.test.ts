import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../src/services/group-commit.ts';

/** A run function whose groups finish only when the test says so. */
function gated() {
  const groups: number[][] = [];
  const gates: (() => void)[] = [];
  const run = async (items: number[]) => {
    groups.push(items);
    await new Promise<void>((resolve) => gates.push(resolve));
    if (items.includes(-1)) throw new Error('database away');
    return items.map((i) => i * 10);
  };
  const openNext = async () => {
    while (gates.length === 0) await new Promise((r) => setTimeout(r, 1));
    gates.shift()!();
  };
  return { groups, run, openNext };
}

describe('GroupCommit', () => {
  it('should run a call at once when idle, a second beside it, and group what arrives meanwhile', async () => {
    const g = gated();
    const queue = new GroupCommit(g.run, { maxItems: 100 });
    const first = queue.submit([1]);
    expect(g.groups).toEqual([[1]]); // no timer: the first call started synchronously
    const second = queue.submit([2]);
    expect(g.groups).toEqual([[1], [2]]);
    const later = [queue.submit([3, 4]), queue.submit([5])];
    expect(g.groups).toHaveLength(2); // never more than two groups in flight
    await g.openNext();
    expect(await first).toEqual([10]);
    expect(g.groups).toEqual([[1], [2], [3, 4, 5]]);
    await g.openNext();
    await g.openNext();
    expect(await second).toEqual([20]);
    expect(await Promise.all(later)).toEqual([[30, 40], [50]]);
  });

  it('should cap a group at maxItems without splitting a call, and fail only the group that failed', async () => {
    const g = gated();
    const queue = new GroupCommit(g.run, { maxItems: 3 });
    const a = queue.submit([1]);
    const b = queue.submit([2, 3]);
    // Observed at once, so the rejection is never unhandled while the others are awaited.
    const c = queue.submit([-1, 4]).catch((err: Error) => err.message);
    const d = queue.submit([5, 6, 7, 8]);
    const e = queue.submit([9]);
    for (let i = 0; i < 5; i++) await g.openNext();
    expect(await a).toEqual([10]);
    expect(await b).toEqual([20, 30]);
    expect(await c).toBe('database away');
    expect(await d).toEqual([50, 60, 70, 80]);
    expect(await e).toEqual([90]);
    expect(g.groups).toEqual([[1], [2, 3], [-1, 4], [5, 6, 7, 8], [9]]);
  });

  it('should tell its owner when it drained', async () => {
    let idle = 0;
    const queue = new GroupCommit(async (items: number[]) => items, { maxItems: 10, onIdle: () => idle++ });
    await Promise.all([queue.submit([1]), queue.submit([2]), queue.submit([3])]);
    expect(idle).toBe(1);
  });
});
