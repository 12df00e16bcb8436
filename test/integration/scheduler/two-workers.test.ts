import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLimit } from '../../../src/services/map-limit.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { createTestDatabase, testDatabaseKind } from '../../helpers/test-database.ts';
import { startReceiver } from '../../helpers/webhook-receiver.ts';
import { startWorkerProcess, stopProcess, waitFor } from '../../helpers/worker-process.ts';

const onPostgres = testDatabaseKind() === 'postgres';
const DUE = 1_000;

describe.runIf(onPostgres)('two worker processes on one PostgreSQL', () => {
  let t: TestApp;
  let url: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    url = database.url!;
    // Incidents opened three days ago: every apologise deadline is long past due.
    t = await buildTestApp({
      database,
      clock: fakeClock(new Date(Date.now() - 3 * 86_400_000).toISOString()),
    });
    receiver = await startReceiver();
    await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: receiver.url, events: ['deadline.breached'] },
    });
    await mapLimit(
      Array.from({ length: DUE }, (_, i) => i),
      16,
      async (i) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/v1/incidents',
          payload: {
            playbookId: 'lost-or-damaged-order',
            title: `Lost parcel wave ${i}`,
            severity: 'medium',
          },
        });
        expect(res.statusCode).toBe(201);
      },
    );
  }, 180_000);

  afterAll(async () => {
    await receiver?.close();
    await t?.app.close();
    await t?.database.close();
  });

  it('should record every breach once and deliver every webhook once with a unique id', async () => {
    const workers = [startWorkerProcess(url), startWorkerProcess(url)];
    try {
      const done = await waitFor(() => receiver.received.length >= DUE, 150_000);
      expect(done).toBe(true);
      await new Promise((r) => setTimeout(r, 1_500)); // room for a duplicate to show up
    } finally {
      await Promise.all(workers.map((w) => stopProcess(w)));
    }
    const db = t.database.db;
    const breaches = await sql<{ incident_id: string; n: string }>`
      select incident_id, count(*)::int8 as n from audit_entries where action = 'deadline.breached' group by incident_id
    `.execute(db);
    expect(breaches.rows).toHaveLength(DUE);
    expect(breaches.rows.every((r) => Number(r.n) === 1)).toBe(true);

    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(receiver.received).toHaveLength(DUE);
    expect(new Set(ids).size).toBe(DUE);
    const incidents = new Set(receiver.received.map((r) => JSON.parse(r.body).data.incidentId));
    expect(incidents.size).toBe(DUE);

    const chains = await mapLimit(
      breaches.rows.slice(0, 50),
      8,
      async (r) => (await t.app.inject({ url: `/v1/incidents/${r.incident_id}/audit/verify` })).json().valid,
    );
    expect(chains.every(Boolean)).toBe(true);
  }, 200_000);
});
