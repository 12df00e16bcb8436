import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { applyIncidentChanges } from '../../../src/db/writer/incident-writer.ts';
import { outboxEvent } from '../../../src/domain/events.ts';
import {
  EventStreams,
  type StreamEvent,
  type StreamSubscription,
} from '../../../src/services/event-streams.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

/** Counts the statements that read the outbox (a real database; only counted, never answered). */
class OutboxReads implements KyselyPlugin {
  n = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    if (args.node.kind === 'SelectQueryNode' && JSON.stringify(args.node.from).includes('"outbox"')) this.n++;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;
/** Writes `count` events through the one writer; returns their ids in write order. */
async function write(count: number): Promise<string[]> {
  const events = Array.from({ length: count }, () =>
    outboxEvent('complaint.first_reply_approaching', new Date(), { complaintId: `c-${++n}` }),
  );
  await applyIncidentChanges(database.db, [], events);
  const rows = await database.db
    .selectFrom('outbox')
    .select('id')
    .orderBy('stream_xid')
    .orderBy('stream_seq')
    .execute();
  return rows.slice(-count).map((r) => r.id);
}

function collector() {
  const got: StreamEvent[] = [];
  return { got, sink: { deliver: (e: readonly StreamEvent[]) => got.push(...e), end: () => {} } };
}

async function until(check: () => boolean, ms = 3_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}

/** Counts EventStreams' polling rounds (its private `poll`), so tests wait on rounds, not on time. */
function countPolls() {
  const spy = vi.spyOn(EventStreams.prototype as unknown as { poll(): Promise<void> }, 'poll');
  const count = () => spy.mock.calls.length;
  return { count, restore: () => spy.mockRestore(), after: (n: number) => until(() => count() >= n, 5_000) };
}

describe('EventStreams', () => {
  it('should read the outbox once per poll however many streams are open', async () => {
    const reads = new OutboxReads();
    const polls = countPolls();
    const streams = new EventStreams({
      db: database.db.withPlugin(reads),
      pollMs: 50,
      maxPerKey: 100,
      onError: (err) => {
        throw err;
      },
    });
    const subs: StreamSubscription[] = [];
    try {
      for (let i = 0; i <= 30; i++) {
        subs.push(
          await streams.open(
            { keyId: `k${i}`, role: i ? 'dashboard' : 'manager' },
            undefined,
            collector().sink,
          ),
        );
      }
      // Opening reads the head; from the next round on, only polls read.
      await polls.after(polls.count() + 1);
      const [reads0, polls0] = [reads.n, polls.count()];
      await polls.after(polls0 + 10);
      const [rounds, read] = [polls.count() - polls0, reads.n - reads0];
      // One read per round (a round under way at either end may count on one side only), not one per stream.
      expect(read).toBeGreaterThanOrEqual(rounds - 1);
      expect(read).toBeLessThanOrEqual(rounds + 1);
    } finally {
      for (const s of subs) s.close();
      await streams.close();
      polls.restore();
    }
  });

  it('should catch a resumed stream up page by page, then keep it live, each event once and in order', async () => {
    const earlier = await write(7);
    const polls = countPolls();
    const streams = new EventStreams({
      db: database.db,
      pollMs: 30,
      maxPerKey: 5,
      pageSize: 2,
      onError: () => {},
    });
    try {
      const live = collector();
      const resumed = collector();
      const a = await streams.open({ keyId: 'a', role: 'admin' }, undefined, live.sink);
      const b = await streams.open({ keyId: 'b', role: 'admin' }, earlier[0], resumed.sink);
      const later = await write(5);
      await until(() => resumed.got.length >= 11 && live.got.length >= 5);
      // Three more rounds: room for a repeat to show up.
      await polls.after(polls.count() + 3);
      expect(resumed.got.map((e) => e.id)).toEqual([...earlier.slice(1), ...later]);
      expect(live.got.map((e) => e.id)).toEqual(later);
      a.close();
      b.close();
    } finally {
      await streams.close();
      polls.restore();
    }
  });
});
