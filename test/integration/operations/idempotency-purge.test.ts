import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyPurge } from '../../../src/services/idempotency-purge.ts';
import { createWorker } from '../../../src/worker/create-worker.ts';
import {
  buildTestApp,
  fakeClock,
  shippedPlaybooks,
  TEST_SECRETS_KEY,
  type TestApp,
} from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let worker: Awaited<ReturnType<typeof createWorker>>;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  worker = await createWorker({
    db: t.database.db,
    clock,
    config: { WORKER_INTERVAL_MS: 1000, WEBHOOK_TIMEOUT_MS: 2000, DB_POOL_SIZE: 10 },
    playbooks: await shippedPlaybooks(),
    secretsKey: TEST_SECRETS_KEY,
  });
});
afterAll(async () => {
  await t.close();
});

const post = (key: string, externalId: string) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    headers: { 'idempotency-key': key },
    payload: { source: 'email', externalId, text: 'Hello, a question.' },
  });

const keys = async () =>
  (await t.database.db.selectFrom('idempotency_keys').select('key').orderBy('key').execute()).map(
    (r) => r.key,
  );

describe('idempotency key purge', () => {
  it('should forget keys once 24 hours have passed, from the worker, and keep younger ones', async () => {
    expect((await post('purge-old', 'purge-1')).statusCode).toBe(201);
    clock.advance(23 * 3_600_000);
    expect((await post('purge-young', 'purge-2')).statusCode).toBe(201);
    await worker.worker.runOnce();
    expect(await keys()).toEqual(['purge-old', 'purge-young']);

    clock.advance(3_600_000 + 1_000);
    await worker.worker.runOnce();
    expect(await keys()).toEqual(['purge-young']);
    // The forgotten key is new again: the request runs (the complaint is known, so 200) instead of replaying.
    const again = await post('purge-old', 'purge-1');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('should purge in bounded chunks through a backlog, and not again before its interval', async () => {
    for (let i = 0; i < 7; i++) expect((await post(`backlog-${i}`, `backlog-${i}`)).statusCode).toBe(201);
    clock.advance(25 * 3_600_000);
    const purge = new IdempotencyPurge({ db: t.database.db, clock, chunk: 3, everyMs: 48 * 3_600_000 });
    expect(await purge.tick()).toBe(9); // the 7 above, and both keys of the first test
    expect(await keys()).toEqual([]);
    expect((await post('backlog-new', 'backlog-new')).statusCode).toBe(201);
    clock.advance(25 * 3_600_000);
    expect(await purge.tick()).toBe(0); // expired, but the last purge was only 25 hours ago
    expect(await keys()).toEqual(['backlog-new']);
    clock.advance(24 * 3_600_000);
    expect(await purge.tick()).toBe(1);
  });
});
