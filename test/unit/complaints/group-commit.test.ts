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
  it('should run a call at once when idle and group what arrives while a group runs', async () => {
    const g = gated();
    const queue = new GroupCommit(g.run, { maxItems: 100, smallGroup: 0 });
    const first = queue.submit([1]);
    expect(g.groups).toEqual([[1]]); // no timer: the first call started synchronously
    const later = [queue.submit([2]), queue.submit([3, 4]), queue.submit([5])];
    await g.openNext();
    await g.openNext();
    expect(await first).toEqual([10]);
    expect(await Promise.all(later)).toEqual([[20], [30, 40], [50]]);
    expect(g.groups).toEqual([[1], [2, 3, 4, 5]]);
  });

  it('should cap a group at maxItems without splitting a call, and fail only the group that failed', async () => {
    const g = gated();
    const queue = new GroupCommit(g.run, { maxItems: 3, smallGroup: 0 });
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

  it('should run two small groups at a time, and a large one only alone', async () => {
    const g = gated();
    const queue = new GroupCommit(g.run, { maxItems: 100, smallGroup: 2 });
    const calls = [queue.submit([1]), queue.submit([2]), queue.submit([3]), queue.submit([4])];
    expect(g.groups).toEqual([[1], [2]]); // the second small group did not wait for the first
    const large = queue.submit([5, 6, 7]);
    await g.openNext(); // [1] done: [3, 4] is small and starts beside [2]; the large one waits
    await new Promise((r) => setTimeout(r, 5));
    expect(g.groups).toEqual([[1], [2], [3, 4]]);
    const small = queue.submit([8]);
    await g.openNext(); // [2] done: the large call must wait for [3, 4] to finish, and [8] with it
    await new Promise((r) => setTimeout(r, 5));
    expect(g.groups).toEqual([[1], [2], [3, 4]]);
    await g.openNext();
    await new Promise((r) => setTimeout(r, 5));
    expect(g.groups).toEqual([[1], [2], [3, 4], [5, 6, 7, 8]]);
    await g.openNext();
    expect(await Promise.all([...calls, large, small])).toEqual([[10], [20], [30], [40], [50, 60, 70], [80]]);
  });

  it('should tell its owner when it drained', async () => {
    let idle = 0;
    const queue = new GroupCommit(async (items: number[]) => items, {
      maxItems: 10,
      smallGroup: 10,
      onIdle: () => idle++,
    });
    await Promise.all([queue.submit([1]), queue.submit([2])]);
    expect(idle).toBe(1);
  });
});
