import { describe, expect, it } from 'vitest';
import { GroupWriter } from '../../../src/services/group-write.ts';

interface W {
  key: string;
  value: number;
}

function writer(fail: (ws: W[]) => boolean = () => false) {
  const groups: string[][] = [];
  const g = new GroupWriter<W, number>(
    async (ws) => {
      groups.push(ws.map((w) => w.key));
      if (fail(ws)) throw new Error(`group ${ws.map((w) => w.key).join(',')} failed`);
      return new Map(ws.filter((w) => w.value >= 0).map((w) => [w.key, w.value * 10]));
    },
    (w) => w.key,
    3,
  );
  return { g, groups };
}

describe('GroupWriter', () => {
  it('should send writes of the same turn as one group and give each its own result', async () => {
    const { g, groups } = writer();
    const results = await Promise.all([
      g.submit({ key: 'a', value: 1 }),
      g.submit({ key: 'b', value: -1 }), // skipped by the statement's guard
      g.submit({ key: 'c', value: 3 }),
    ]);
    expect(results).toEqual([10, undefined, 30]);
    expect(groups).toEqual([['a', 'b', 'c']]);
  });

  it('should never put two writes with the same key in one group, and cap the group size', async () => {
    const { g, groups } = writer();
    await Promise.all(['a', 'a', 'b', 'c', 'd', 'a'].map((key, i) => g.submit({ key, value: i })));
    for (const group of groups) {
      expect(new Set(group).size).toBe(group.length);
      expect(group.length).toBeLessThanOrEqual(3);
    }
    expect(groups.flat().sort()).toEqual(['a', 'a', 'a', 'b', 'c', 'd']);
  });

  it('should retry each write alone when its group fails, so an error reaches only its own caller', async () => {
    const { g, groups } = writer((ws) => ws.some((w) => w.key === 'bad'));
    const results = await Promise.allSettled([
      g.submit({ key: 'a', value: 1 }),
      g.submit({ key: 'bad', value: 2 }),
      g.submit({ key: 'c', value: 3 }),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 10 });
    expect(results[1]!.status).toBe('rejected');
    expect(results[2]).toEqual({ status: 'fulfilled', value: 30 });
    expect(groups[0]).toEqual(['a', 'bad', 'c']);
    expect(groups.slice(1).sort()).toEqual([['a'], ['bad'], ['c']]);
  });

  it('should queue writes while maxInFlight groups are at the database and send them as one group after', async () => {
    const groups: string[][] = [];
    const releases: (() => void)[] = [];
    const g = new GroupWriter<W, number>(
      (ws) => {
        groups.push(ws.map((w) => w.key));
        return new Promise((resolve) =>
          releases.push(() => resolve(new Map(ws.map((w) => [w.key, w.value])))),
        );
      },
      (w) => w.key,
      50,
      1,
    );
    const first = g.submit({ key: 'a', value: 1 });
    await new Promise((r) => setTimeout(r, 5));
    const later = ['b', 'c', 'd'].map((key, i) => g.submit({ key, value: i + 2 }));
    await new Promise((r) => setTimeout(r, 5));
    expect(groups).toEqual([['a']]);
    releases[0]!();
    expect(await first).toBe(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(groups).toEqual([['a'], ['b', 'c', 'd']]);
    releases[1]!();
    expect(await Promise.all(later)).toEqual([2, 3, 4]);
  });
});
