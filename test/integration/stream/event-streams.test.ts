import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('EventStreams', () => {
  it('should read the outbox once per poll however many streams are open', async () => {
    const reads = new OutboxReads();
    const streams = new EventStreams({
      db: database.db.withPlugin(reads),
      pollMs: 50,
      maxPerKey: 100,
      onError: (err) => {
        throw err;
      },
    });
    const subs: StreamSubscription[] = [
      await streams.open({ keyId: 'k0', role: 'manager' }, undefined, collector().sink),
    ];
    reads.n = 0;
    await sleep(600);
    const one = reads.n;
    for (let i = 1; i <= 30; i++)
      subs.push(await streams.open({ keyId: `k${i}`, role: 'dashboard' }, undefined, collector().sink));
    reads.n = 0;
    await sleep(600);
    const many = reads.n;
    expect(one).toBeGreaterThan(3);
    expect(many).toBeLessThanOrEqual(one + 3);
    for (const s of subs) s.close();
    await streams.close();
  });

  it('should catch a resumed stream up page by page, then keep it live, each event once and in order', async () => {
    const earlier = await write(7);
    const streams = new EventStreams({
      db: database.db,
      pollMs: 30,
      maxPerKey: 5,
      pageSize: 2,
      onError: () => {},
    });
    const live = collector();
    const resumed = collector();
    const a = await streams.open({ keyId: 'a', role: 'admin' }, undefined, live.sink);
    const b = await streams.open({ keyId: 'b', role: 'admin' }, earlier[0], resumed.sink);
    const later = await write(5);
    await until(() => resumed.got.length >= 11 && live.got.length >= 5);
    await sleep(200);
    expect(resumed.got.map((e) => e.id)).toEqual([...earlier.slice(1), ...later]);
    expect(live.got.map((e) => e.id)).toEqual(later);
    a.close();
    b.close();
    await streams.close();
  });
});
