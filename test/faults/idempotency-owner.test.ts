import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ServerProcess, startServer } from '../helpers/server-process.ts';
import { startTcpProxy } from '../helpers/tcp-proxy.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;

/**
 * A keyed complaint held mid-request: a test session locks the complaints table, so the request claims
 * its Idempotency-Key and then waits on its insert. What happens to the key when its owner dies then?
 */
describe.runIf(testDatabaseKind() === 'postgres')('an Idempotency-Key whose owner dies', () => {
  let database: Db;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) s.child.kill('SIGKILL');
    await database?.close();
  });

  const complaint = (externalId: string) => ({
    source: 'email',
    externalId,
    text: `Parcel ${externalId} lost`,
  });
  const post = (url: string, key: string, externalId: string) =>
    call(url, 'POST', '/v1/complaints', complaint(externalId), { 'idempotency-key': key });

  async function lockComplaints(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: database.url! });
    await client.connect();
    await client.query('begin');
    await client.query('lock table complaints in exclusive mode');
    return client;
  }
  async function untilInFlight(key: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const { rows } = await sql<{
        state: string;
      }>`select state from idempotency_keys where key = ${key}`.execute(database.db);
      if (rows[0]?.state === 'in_flight') return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${key} never went in flight`);
  }
  const stored = async (externalId: string) =>
    (await sql`select id from complaints where external_id = ${externalId}`.execute(database.db)).rows.length;

  it('should answer a concurrent duplicate 409 with Retry-After: 1, and free the key at once after a SIGKILL', async () => {
    const a = await startServer({ DATABASE_URL: database.url! });
    servers.push(a);
    const lock = await lockComplaints();
    const first = post(a.url, 'kill-key', 'kill-1');
    await untilInFlight('kill-key');
    const duplicate = await post(a.url, 'kill-key', 'kill-1');
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers?.get('retry-after')).toBe('1');
    expect(duplicate.headers?.get('content-type')).toMatch(/problem\+json/);

    a.child.kill('SIGKILL');
    expect((await first).status).toBe(0);
    await lock.query('rollback');
    await lock.end();

    const b = await startServer({ DATABASE_URL: database.url! });
    servers.push(b);
    const retried = Date.now();
    const retry = await post(b.url, 'kill-key', 'kill-1');
    expect(retry.status, JSON.stringify(retry.json)).toBe(201);
    expect(Date.now() - retried).toBeLessThan(5_000);
    expect(await stored('kill-1')).toBe(1);
    const replay = await post(b.url, 'kill-key', 'kill-1');
    expect(replay.status).toBe(201);
    expect(replay.headers?.get('idempotent-replayed')).toBe('true');
  }, 180_000);

  it('should free a key whose request failed with 503 while the database was away, once it is back', async () => {
    const direct = new URL(database.url!);
    const proxy = await startTcpProxy(Number(direct.port || 5432));
    try {
      const viaProxy = new URL(database.url!);
      viaProxy.port = String(proxy.port);
      const c = await startServer({ DATABASE_URL: viaProxy.toString() });
      servers.push(c);
      const lock = await lockComplaints();
      const first = post(c.url, 'outage-key', 'outage-1');
      await untilInFlight('outage-key');
      await proxy.cut();
      const failed = await first;
      expect(failed.status).toBe(503);
      await lock.query('rollback');
      await lock.end();
      await proxy.restore();

      // The client follows the 503's Retry-After (5 s) at most; the key must be free by then, on any instance.
      let retry = await post(c.url, 'outage-key', 'outage-1');
      for (let i = 0; i < 50 && retry.status !== 201; i++) {
        expect([503, 0]).toContain(retry.status);
        await new Promise((r) => setTimeout(r, 100));
        retry = await post(c.url, 'outage-key', 'outage-1');
      }
      expect(retry.status, JSON.stringify(retry.json)).toBe(201);
      expect(await stored('outage-1')).toBe(1);
    } finally {
      await proxy.close();
    }
  }, 180_000);
});
