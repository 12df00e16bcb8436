import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLimit } from '../../../src/services/map-limit.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';
import { createTestDatabase, testDatabaseKind } from '../../helpers/test-database.ts';
import { startReceiver } from '../../helpers/webhook-receiver.ts';
import { startWorkerProcess, stopProcess, waitFor } from '../../helpers/worker-process.ts';

const EVENTS = 300;

describe.runIf(testDatabaseKind() === 'postgres')('a worker killed mid-delivery', () => {
  let t: TestApp;
  let url: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    url = database.url!;
    t = await buildTestApp({ database });
    // A slow receiver keeps deliveries in flight when the worker dies.
    receiver = await startReceiver(async () => {
      await new Promise((r) => setTimeout(r, 50));
      return 204;
    });
    await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: receiver.url, events: ['incident.opened'] },
    });
    await mapLimit(
      Array.from({ length: EVENTS }, (_, i) => i),
      16,
      async (i) => {
        await t.app.inject({
          method: 'POST',
          url: '/v1/incidents',
          payload: { playbookId: 'defective-product', title: `Batch ${i} overheating`, severity: 'high' },
        });
      },
    );
  }, 120_000);

  afterAll(async () => {
    await receiver?.close();
    await t?.app.close();
    await t?.database.close();
  });

  it('should deliver everything at least once after a SIGKILL and a restart, draining the outbox', async () => {
    const first = startWorkerProcess(url);
    const started = await waitFor(() => receiver.received.length >= 20, 90_000);
    await stopProcess(first, 'SIGKILL');
    expect(started).toBe(true);
    const beforeRestart = new Set(receiver.received.map((r) => r.headers['webhook-id'])).size;
    expect(beforeRestart).toBeLessThan(EVENTS);

    const second = startWorkerProcess(url);
    try {
      const pending = async () =>
        Number(
          (
            await sql<{
              n: string;
            }>`select count(*)::int8 as n from webhook_deliveries where status = 'pending'`.execute(
              t.database.db,
            )
          ).rows[0]!.n,
        );
      expect(await waitFor(async () => (await pending()) === 0, 120_000)).toBe(true);
    } finally {
      await stopProcess(second);
    }
    const unique = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(unique.size).toBe(EVENTS);
    const delivered = await sql<{
      n: string;
    }>`select count(*)::int8 as n from webhook_deliveries where status = 'delivered'`.execute(t.database.db);
    expect(Number(delivered.rows[0]!.n)).toBe(EVENTS);
  }, 240_000);
});
