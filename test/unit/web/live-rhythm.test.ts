import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResilientReader, retryDelay } from '../../../src/web/api/resilient.ts';
import { coalesce } from '../../../src/web/coalesce.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('live reads that cost little (coalesce.ts, api/resilient.ts)', () => {
  it('should run at most once per gap however many requests arrive, and once after the last', async () => {
    const fn = vi.fn();
    const c = coalesce(fn, 2000);
    for (let ms = 0; ms < 9000; ms += 100) {
      c.request();
      await vi.advanceTimersByTimeAsync(100);
    }
    // 90 requests in 9 s: runs at 0, 2, 4, 6 and 8 s (the first at once)…
    expect(fn).toHaveBeenCalledTimes(5);
    // …and one at 10 s for the requests after 8 s, then nothing more.
    await vi.advanceTimersByTimeAsync(1000);
    expect(fn).toHaveBeenCalledTimes(6);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fn).toHaveBeenCalledTimes(6);
  });

  it('should back off 1 s, 2 s, 4 s … 30 s with jitter, and honour Retry-After', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => retryDelay(n, undefined, mid))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(retryDelay(1, undefined, () => 0)).toBe(800);
    expect(retryDelay(1, undefined, () => 1)).toBe(1200);
    expect(retryDelay(3, 7000, () => 0)).toBe(7000);
  });

  it('should say reconnecting after a failed read, retry after the pause, and be live again', async () => {
    const outcomes = [
      { ok: false as const, retryAfterMs: 5000 },
      { ok: false as const },
      { ok: true as const },
    ];
    const read = vi.fn(async () => outcomes.shift() ?? { ok: true as const });
    const links: string[] = [];
    const r = new ResilientReader(read, (s) => links.push(s), 2000);
    r.request();
    await vi.advanceTimersByTimeAsync(10);
    expect(links).toEqual(['reconnecting']);
    // Requests while a retry waits are left to the retry.
    r.request();
    await vi.advanceTimersByTimeAsync(4000);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1600);
    expect(read).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2500);
    expect(read).toHaveBeenCalledTimes(3);
    expect(links).toEqual(['reconnecting', 'reconnecting', 'live']);
    r.stop();
  });
});
