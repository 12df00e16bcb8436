import { afterEach, describe, expect, it } from 'vitest';
import type { Log } from '../../../src/logger.ts';
import type { DeadlineScheduler } from '../../../src/services/deadline-scheduler.ts';
import type { WebhookDispatcher } from '../../../src/services/webhook-dispatcher.ts';
import { OUTAGE_REMINDER_MS, Worker } from '../../../src/worker/worker.ts';

const QUIET = { breached: 0, reminded: 0, firstRepliesReminded: 0, firstRepliesBreached: 0 };
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** A worker whose pass `n` (from 1) does what `script(n)` says; its log and clock are the test's. */
function scripted(script: (pass: number) => void, intervalMs = 1) {
  const lines: { level: 'info' | 'warn' | 'error'; msg: string; obj: Record<string, unknown> }[] = [];
  const record = (level: 'info' | 'warn' | 'error') => (obj: object, msg?: string) =>
    lines.push({ level, msg: msg ?? '', obj: obj as Record<string, unknown> });
  const log: Log = { info: record('info'), warn: record('warn'), error: record('error') };
  const clock = { now: 0 };
  let passes = 0;
  const scheduler = {
    tick: async () => {
      passes++;
      script(passes);
      return QUIET;
    },
  } as unknown as DeadlineScheduler;
  const dispatcher = { tick: async () => ({ delivered: 0, failed: 0 }) } as unknown as WebhookDispatcher;
  const worker = new Worker({ scheduler, dispatcher }, { intervalMs, log, now: () => clock.now });
  return { worker, lines, clock, passes: () => passes };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
}

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

describe('Worker', () => {
  it('should warn when the database goes away, repeat only every 30 s, and say when it is back', async () => {
    const t = scripted((pass) => {
      if (pass === 5) t.clock.now += OUTAGE_REMINDER_MS;
      if (pass >= 3 && pass <= 6) throw refused();
    });
    workers.push(t.worker);
    t.worker.start();
    await until(() => t.passes() >= 9);

    expect(t.lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(t.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual([
      'database unavailable: worker passes wait for it',
      'database still unavailable: worker passes wait for it',
    ]);
    const back = t.lines.filter((l) => l.msg === 'database is back: worker passes resumed');
    expect(back).toHaveLength(1);
    expect(back[0]!.obj).toMatchObject({ failedPasses: 4, awayMs: OUTAGE_REMINDER_MS });
  });

  it('should log any other failure at error level and keep running its passes', async () => {
    const t = scripted((pass) => {
      if (pass === 2) throw new TypeError('a bug');
    });
    workers.push(t.worker);
    t.worker.start();
    await until(() => t.passes() >= 4);
    expect(t.lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['worker pass failed']);
    expect(t.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('should stop at once during a long pause between passes', async () => {
    const t = scripted(() => {}, 60_000);
    t.worker.start();
    await until(() => t.passes() === 1);
    const started = Date.now();
    await t.worker.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(t.passes()).toBe(1);
  });
});
