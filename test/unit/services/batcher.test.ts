import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Batcher, type BatcherOptions } from '../../../src/services/batcher.ts';

// The four callers' settings (the tests shrink maxItems and maxInFlight to make them visible).
const reads = {
  flush: 'turn',
  maxItems: 500,
  maxInFlight: 4,
  sameKey: 'share',
  onFailure: 'fail-all',
} as const;
const writes = {
  flush: 'turn',
  maxItems: 50,
  maxInFlight: 4,
  sameKey: 'separate',
  onFailure: 'retry-each',
} as const;
const ingest = { flush: 'now', maxItems: 1000, maxInFlight: 2, onFailure: 'fail-all' } as const;
const largeTurns = { flush: 'now', maxItems: 1, maxInFlight: 1, onFailure: 'fail-all' } as const;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A run whose batches finish only when the test says so (in the order they started). */
function gated<R>(result: (item: number) => R) {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const run = async (items: number[]) => {
    batches.push(items);
    await new Promise<void>((resolve) => gates.push(resolve));
    if (items.includes(-1)) throw new Error('database away');
    return items.map(result);
  };
  const openNext = async () => {
    for (let waited = 0; gates.length === 0; waited++) {
      if (waited === 500) throw new Error('no batch is running');
      await sleep(1);
    }
    gates.shift()!();
  };
  return { batches, run, openNext };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Batcher as the reads coalescer (turn, share, fail-all)', () => {
  it('should answer lookups made in the same turn with one batched run, each key once', async () => {
    const batches: string[][] = [];
    const found = (keys: string[]) => new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
    const b = new Batcher<string, number | undefined>({
      ...reads,
      key: (k) => k,
      // The caller's adapter: its loader answers a Map, and a key missing from it answers undefined.
      run: async (keys) => {
        batches.push(keys);
        const map = found(keys);
        return keys.map((k) => map.get(k));
      },
    });
    const answers = await Promise.all(['a', 'bb', 'a', 'missing', 'ccc'].map((k) => b.submit(k)));
    expect(answers).toEqual([1, 2, 1, undefined, 3]);
    expect(batches).toEqual([['a', 'bb', 'missing', 'ccc']]);
    // A later turn is a new batch: nothing is cached between batches.
    expect(await b.submit('a')).toBe(1);
    expect(batches).toHaveLength(2);
  });

  it('should run a key pending twice once, even past a full batch and inside a submitAll', async () => {
    const batches: string[][] = [];
    const b = new Batcher<string, string>({
      ...reads,
      maxItems: 2,
      key: (k) => k,
      run: async (keys) => {
        batches.push(keys);
        return keys.map((k) => k.toUpperCase());
      },
    });
    const answers = await Promise.all([
      b.submitAll(['a', 'a', 'b']),
      b.submit('c'),
      b.submit('b'),
      b.submitAll(['a', 'b']),
    ]);
    expect(answers).toEqual([['A', 'A', 'B'], 'C', 'B', ['A', 'B']]);
    expect(batches).toEqual([['a', 'b'], ['c']]);
  });

  it('should split a burst into batches of at most maxItems', async () => {
    const sizes: number[] = [];
    const b = new Batcher<number, number>({
      ...reads,
      maxItems: 3,
      key: String,
      run: async (keys) => {
        sizes.push(keys.length);
        return keys.map((k) => k * 2);
      },
    });
    const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((k) => b.submit(k)));
    expect(answers).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('should hold lookups while maxInFlight batches run and send them as one batch after', async () => {
    const batches: number[][] = [];
    const releases: (() => void)[] = [];
    const b = new Batcher<number, number>({
      ...reads,
      maxInFlight: 1,
      key: String,
      run: (keys) => {
        batches.push(keys);
        return new Promise((resolve) => releases.push(() => resolve(keys)));
      },
    });
    const first = b.submit(1);
    await nextTurn();
    const later = [2, 3, 4].map(async (k) => {
      await nextTurn();
      return b.submit(k);
    });
    await sleep(5);
    expect(batches).toEqual([[1]]); // 2, 3 and 4 wait for the batch in flight
    releases[0]!();
    expect(await first).toBe(1);
    await sleep(5);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    releases[1]!();
    expect(await Promise.all(later)).toEqual([2, 3, 4]);
  });

  it('should reject every submission of a failed batch and recover on the next', async () => {
    let fail = true;
    const b = new Batcher<string, string>({
      ...reads,
      key: (k) => k,
      run: async (keys) => {
        if (fail) throw new Error('database away');
        return keys;
      },
    });
    const results = await Promise.allSettled([b.submit('x'), b.submit('y'), b.submitAll(['z'])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    fail = false;
    expect(await b.submit('x')).toBe('x');
  });

  it('should settle a batch whose run throws synchronously, and run the next', async () => {
    let calls = 0;
    const b = new Batcher<string, string>({
      ...reads,
      maxInFlight: 1,
      key: (k) => k,
      run: (keys) => {
        if (calls++ === 0) throw new Error('bad statement');
        return Promise.resolve(keys);
      },
    });
    const results = await Promise.allSettled([b.submit('x'), b.submit('y')]);
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('bad statement') },
      { status: 'rejected', reason: new Error('bad statement') },
    ]);
    expect(await b.submit('x')).toBe('x'); // its place in flight was given back
  });
});

interface W {
  key: string;
  value: number;
}

/** The writes' batcher: the statement skips a negative value (its guard did not hold). */
function writer(fail: (ws: W[]) => boolean = () => false, maxItems = 3) {
  const batches: string[][] = [];
  const b = new Batcher<W, number | undefined>({
    ...writes,
    maxItems,
    key: (w) => w.key,
    run: async (ws) => {
      batches.push(ws.map((w) => w.key));
      if (fail(ws)) throw new Error(`batch ${ws.map((w) => w.key).join(',')} failed`);
      return ws.map((w) => (w.value >= 0 ? w.value * 10 : undefined));
    },
  });
  return { b, batches };
}

describe('Batcher as the group writer (turn, separate, retry-each)', () => {
  it('should send writes of the same turn as one batch and give each its own result', async () => {
    const { b, batches } = writer();
    const results = await Promise.all([
      b.submit({ key: 'a', value: 1 }),
      b.submit({ key: 'b', value: -1 }), // skipped by the statement's guard
      b.submit({ key: 'c', value: 3 }),
    ]);
    expect(results).toEqual([10, undefined, 30]);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('should never put two writes with the same key in one batch, and cap the batch size', async () => {
    const { b, batches } = writer();
    const results = await Promise.all(
      ['a', 'a', 'b', 'c', 'd', 'a'].map((key, i) => b.submit({ key, value: i })),
    );
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    for (const batch of batches) {
      expect(new Set(batch).size).toBe(batch.length);
      expect(batch.length).toBeLessThanOrEqual(3);
    }
    // The second and third 'a' wait for later batches; 'd' did not fit the first.
    expect(batches).toEqual([['a', 'b', 'c'], ['a', 'd'], ['a']]);
  });

  it('should refuse a submitAll holding two writes with the same key, without running anything', async () => {
    const { b, batches } = writer();
    await expect(
      b.submitAll([
        { key: 'a', value: 1 },
        { key: 'a', value: 2 },
      ]),
    ).rejects.toThrow(/same key/);
    await nextTurn();
    expect(batches).toEqual([]);
  });

  it('should retry each write alone when its batch fails, so an error reaches only its own caller', async () => {
    const { b, batches } = writer((ws) => ws.some((w) => w.key === 'bad'));
    const results = await Promise.allSettled([
      b.submit({ key: 'a', value: 1 }),
      b.submit({ key: 'bad', value: 2 }),
      b.submit({ key: 'c', value: 3 }),
    ]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('batch bad failed') },
      { status: 'fulfilled', value: 30 },
    ]);
    expect(batches[0]).toEqual(['a', 'bad', 'c']);
    expect(batches.slice(1).sort()).toEqual([['a'], ['bad'], ['c']]);
  });

  it('should retry a submitAll as one unit, its items together', async () => {
    const { b, batches } = writer((ws) => ws.some((w) => w.key === 'bad'));
    const results = await Promise.allSettled([
      b.submitAll([
        { key: 'a', value: 1 },
        { key: 'b', value: 2 },
      ]),
      b.submit({ key: 'bad', value: 3 }),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: [10, 20] });
    expect(results[1]!.status).toBe('rejected');
    expect(batches).toEqual([['a', 'b', 'bad'], ['a', 'b'], ['bad']]);
  });

  it('should reject a failed batch of one submission at once, without a retry', async () => {
    const { b, batches } = writer(() => true);
    await expect(b.submit({ key: 'a', value: 1 })).rejects.toThrow('batch a failed');
    expect(batches).toEqual([['a']]);
  });

  it('should queue writes while maxInFlight batches run and send them as one batch after', async () => {
    const batches: string[][] = [];
    const releases: (() => void)[] = [];
    const b = new Batcher<W, number>({
      ...writes,
      maxInFlight: 1,
      key: (w) => w.key,
      run: (ws) => {
        batches.push(ws.map((w) => w.key));
        return new Promise((resolve) => releases.push(() => resolve(ws.map((w) => w.value))));
      },
    });
    const first = b.submit({ key: 'a', value: 1 });
    await sleep(5);
    const later = ['b', 'c', 'd'].map((key, i) => b.submit({ key, value: i + 2 }));
    await sleep(5);
    expect(batches).toEqual([['a']]);
    releases[0]!();
    expect(await first).toBe(1);
    await sleep(5);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
    releases[1]!();
    expect(await Promise.all(later)).toEqual([2, 3, 4]);
  });
});

describe('Batcher as the complaint group commit (now, no key, fail-all, onIdle)', () => {
  it('should run a call at once when idle, a second beside it, and group what arrives meanwhile', async () => {
    const g = gated((i) => i * 10);
    const b = new Batcher({ ...ingest, maxItems: 100, run: g.run });
    const first = b.submitAll([1]);
    expect(g.batches).toEqual([[1]]); // no timer: the first call started synchronously
    const second = b.submit(2);
    expect(g.batches).toEqual([[1], [2]]);
    const later = [b.submitAll([3, 4]), b.submitAll([5])];
    expect(g.batches).toHaveLength(2); // never more than maxInFlight batches running
    await g.openNext();
    expect(await first).toEqual([10]);
    expect(g.batches).toEqual([[1], [2], [3, 4, 5]]);
    await g.openNext();
    await g.openNext();
    expect(await second).toBe(20);
    expect(await Promise.all(later)).toEqual([[30, 40], [50]]);
  });

  it('should cap a batch at maxItems without splitting a call, and fail only the batch that failed', async () => {
    const g = gated((i) => i * 10);
    const b = new Batcher({ ...ingest, maxItems: 3, run: g.run });
    const a = b.submitAll([1]);
    const c2 = b.submitAll([2, 3]);
    // Observed at once, so the rejection is never unhandled while the others are awaited.
    const c = b.submitAll([-1, 4]).catch((err: Error) => err.message);
    const d = b.submitAll([5, 6, 7, 8]);
    const e = b.submitAll([9]);
    for (let i = 0; i < 5; i++) await g.openNext();
    expect(await a).toEqual([10]);
    expect(await c2).toEqual([20, 30]);
    expect(await c).toBe('database away');
    expect(await d).toEqual([50, 60, 70, 80]);
    expect(await e).toEqual([90]);
    // [9] fits beside [-1, 4] but does not overtake [5, 6, 7, 8], which runs alone.
    expect(g.batches).toEqual([[1], [2, 3], [-1, 4], [5, 6, 7, 8], [9]]);
  });

  it('should tell its owner when it drained, once per drain and never while a batch runs', async () => {
    let idle = 0;
    const b = new Batcher({
      ...ingest,
      maxItems: 10,
      run: async (items: number[]) => items,
      onIdle: () => idle++,
    });
    await Promise.all([b.submitAll([1]), b.submitAll([2]), b.submitAll([3])]);
    expect(idle).toBe(1);
    const g = gated((i) => i);
    const held = new Batcher({ ...ingest, run: g.run, onIdle: () => idle++ });
    const pending = held.submit(4);
    await sleep(5);
    expect(idle).toBe(1);
    await g.openNext();
    expect(await pending).toBe(4);
    expect(idle).toBe(2);
    expect(await b.submit(5)).toBe(5); // a drained batcher still works, and drains again
    expect(idle).toBe(3);
  });

  it("should run at once under 'now' without any timer, and wait for the turn under 'turn'", async () => {
    vi.useFakeTimers({ toFake: ['setImmediate', 'setTimeout', 'setInterval'] });
    const ran: string[] = [];
    const run = async (items: string[]) => {
      ran.push(...items);
      return items;
    };
    const now = new Batcher({ ...ingest, run });
    expect(await now.submit('now')).toBe('now'); // resolved with every timer frozen
    const turn = new Batcher({
      ...reads,
      key: (k: string) => k,
      run,
    });
    const answer = turn.submit('turn');
    await Promise.resolve();
    expect(ran).toEqual(['now']);
    vi.runAllTimers();
    expect(await answer).toBe('turn');
    expect(ran).toEqual(['now', 'turn']);
  });
});

describe('Batcher as the large groups’ turn (now, one at a time, fail-all)', () => {
  it('should run one store at a time, in order, and a failure does not stop the next', async () => {
    const order: string[] = [];
    let running = 0;
    const store =
      (name: string, fail = false) =>
      async () => {
        running++;
        expect(running).toBe(1);
        order.push(`start ${name}`);
        await sleep(2);
        order.push(`end ${name}`);
        running--;
        if (fail) throw new Error(`${name} failed`);
        return name;
      };
    const b = new Batcher<() => Promise<string>, string>({
      ...largeTurns,
      run: async ([turn]) => [await turn!()],
    });
    const results = await Promise.allSettled([
      b.submit(store('one')),
      b.submit(store('two', true)),
      b.submit(store('three')),
    ]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'one' },
      { status: 'rejected', reason: new Error('two failed') },
      { status: 'fulfilled', value: 'three' },
    ]);
    expect(order).toEqual(['start one', 'end one', 'start two', 'end two', 'start three', 'end three']);
  });
});

describe('Batcher', () => {
  it.each(['fail-all', 'retry-each'] as const)(
    'should reject with a clear error when run answers the wrong number of results (%s)',
    async (onFailure) => {
      // One turn, so that 'retry-each' has several submissions to retry.
      const b = new Batcher<number, number>({
        ...ingest,
        flush: 'turn',
        onFailure,
        run: async (items) => items.slice(1),
      });
      const results = await Promise.allSettled([b.submit(1), b.submit(2), b.submitAll([3, 4])]);
      for (const r of results) {
        expect(r).toMatchObject({
          status: 'rejected',
          reason: { message: expect.stringMatching(/results for/) },
        });
      }
    },
  );

  it('should answer an empty submitAll at once without running', async () => {
    const run = vi.fn(async (items: number[]) => items);
    const b = new Batcher({ ...ingest, run });
    expect(await b.submitAll([])).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });

  it('should reject only the submission whose key function throws', async () => {
    const b = new Batcher<string, string>({
      ...reads,
      key: (k) => {
        if (k === 'boom') throw new Error('no key');
        return k;
      },
      run: async (keys) => keys,
    });
    const results = await Promise.allSettled([b.submit('a'), b.submit('boom')]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'a' },
      { status: 'rejected', reason: new Error('no key') },
    ]);
  });

  it('should refuse inconsistent options', () => {
    const run = async (items: string[]) => items;
    expect(() => new Batcher({ ...ingest, run, key: (k) => k })).toThrow(/key and sameKey/);
    expect(() => new Batcher({ ...ingest, run, sameKey: 'share' })).toThrow(/key and sameKey/);
    expect(() => new Batcher({ ...ingest, run, maxItems: 0 })).toThrow(RangeError);
    expect(() => new Batcher({ ...ingest, run, maxInFlight: 0 })).toThrow(RangeError);
  });

  /** A failed run, naming the items it was given. */
  class BatchFailure extends Error {
    constructor(readonly items: readonly Item[]) {
      super('batch failed');
    }
  }
  interface Item {
    sub: number;
    id: string;
    key: string;
  }
  const KEYS = ['a', 'b', 'c', 'd'];

  it('should settle every submission exactly once with its own results, in order, whatever the options', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          flush: fc.constantFrom('now' as const, 'turn' as const),
          maxItems: fc.integer({ min: 1, max: 5 }),
          maxInFlight: fc.integer({ min: 1, max: 3 }),
          sameKey: fc.constantFrom(undefined, 'share' as const, 'separate' as const),
          onFailure: fc.constantFrom('fail-all' as const, 'retry-each' as const),
        }),
        fc.subarray(KEYS, { maxLength: 2 }),
        fc.array(
          fc.record({
            turn: fc.nat(3),
            single: fc.boolean(),
            keys: fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 4 }),
          }),
          { maxLength: 12 },
        ),
        // Turns each run takes; 0 with a bad key throws synchronously.
        fc.array(fc.nat(3), { minLength: 1, maxLength: 8 }),
        async (config, bad, plan, delays) => {
          const share = config.sameKey === 'share';
          const runs: Item[][] = [];
          let running = 0;
          let mostRunning = 0;
          let idleCalls = 0;
          let idleWhileRunning = false;
          let runsAtLastIdle = -1;
          const options: BatcherOptions<Item, string> = {
            ...config,
            ...(config.sameKey ? { key: (item: Item) => item.key } : {}),
            onIdle: () => {
              if (running > 0) idleWhileRunning = true;
              idleCalls++;
              runsAtLastIdle = runs.length;
            },
            run: (items) => {
              const delay = delays[runs.length % delays.length]!;
              runs.push(items);
              const failed = items.some((item) => bad.includes(item.key));
              if (delay === 0 && failed) throw new BatchFailure(items);
              running++;
              mostRunning = Math.max(mostRunning, running);
              return (async () => {
                for (let i = 0; i < delay; i++) await nextTurn();
                running--;
                if (failed) throw new BatchFailure(items);
                return items.map((item) => (share ? `key ${item.key}` : item.id));
              })();
            },
          };
          const b = new Batcher(options);
          const subs = plan.map((p, sub) => {
            const keys = p.single ? p.keys.slice(0, 1) : p.keys;
            const items = keys.map((key, j) => ({ sub, id: `${sub}.${j}`, key }));
            return { ...p, sub, items };
          });
          const settled: Promise<PromiseSettledResult<string | string[]>>[] = [];
          for (let turn = 0; turn <= 3; turn++) {
            for (const s of subs.filter((s) => s.turn === turn)) {
              const answer = s.single ? b.submit(s.items[0]!) : b.submitAll(s.items);
              settled[s.sub] = Promise.allSettled([answer]).then(([r]) => r!);
            }
            await nextTurn();
          }
          const hung = Symbol('hung');
          const outcomes = await Promise.race([Promise.all(settled), sleep(2000).then(() => hung)]);
          if (typeof outcomes === 'symbol') throw new Error('a submission never settled');

          for (const s of subs) {
            const outcome = outcomes[s.sub]!;
            const own = s.items.map((item) => (share ? `key ${item.key}` : item.id));
            const keys = s.items.map((item) => item.key);
            if (config.sameKey === 'separate' && new Set(keys).size < keys.length) {
              expect(outcome).toMatchObject({ status: 'rejected', reason: { message: /same key/ } });
              expect(runs.flat().some((item) => item.sub === s.sub)).toBe(false);
              continue;
            }
            if (outcome.status === 'fulfilled') {
              expect(keys.some((k) => bad.includes(k))).toBe(false);
              expect(outcome.value).toEqual(s.single ? own[0] : own);
              continue;
            }
            // Rejected: by a batch holding a bad key and all of this submission's items, and under
            // 'retry-each' only when the submission itself holds a bad key (its error is its own run's).
            const failure = outcome.reason as BatchFailure;
            expect(failure).toBeInstanceOf(BatchFailure);
            expect(failure.items.some((item) => bad.includes(item.key))).toBe(true);
            if (share) expect(keys.every((k) => failure.items.some((item) => item.key === k))).toBe(true);
            else expect(s.items.every((item) => failure.items.some((f) => f.id === item.id))).toBe(true);
            if (config.onFailure === 'retry-each') {
              expect(keys.some((k) => bad.includes(k))).toBe(true);
              if (share) expect(failure.items.every((item) => keys.includes(item.key))).toBe(true);
              else expect(failure.items.every((item) => item.sub === s.sub)).toBe(true);
            }
          }

          for (const items of runs) {
            // A batch holds at most maxItems items, unless it is a single larger submission.
            expect(items.length <= config.maxItems || items.every((item) => item.sub === items[0]!.sub)).toBe(
              true,
            );
            // With a key, run never sees one twice: shared once, or kept apart.
            if (config.sameKey) expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
            // A submission's items are never split: whole, together and in order.
            if (!share) {
              for (const sub of new Set(items.map((item) => item.sub))) {
                const ids = items.filter((item) => item.sub === sub).map((item) => item.id);
                const start = items.findIndex((item) => item.sub === sub);
                expect(items.slice(start, start + ids.length).map((item) => item.id)).toEqual(ids);
                expect(ids).toEqual(subs[sub]!.items.map((item) => item.id));
              }
            }
          }
          if (config.onFailure === 'fail-all') {
            expect(mostRunning).toBeLessThanOrEqual(config.maxInFlight);
            // Without retries, each item runs once (under 'share', a key may be read by several batches).
            if (!share) {
              const ids = runs.flat().map((item) => item.id);
              expect(new Set(ids).size).toBe(ids.length);
            }
          }
          // The batcher reported idle after its last run, and never while one ran.
          expect(idleWhileRunning).toBe(false);
          if (runs.length > 0) {
            expect(idleCalls).toBeGreaterThan(0);
            expect(runsAtLastIdle).toBe(runs.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
