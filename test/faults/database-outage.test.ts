import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../helpers/global-setup.ts';
import { call, type ServerProcess, startServer } from '../helpers/server-process.ts';
import { startTcpProxy } from '../helpers/tcp-proxy.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;

describe.runIf(testDatabaseKind() === 'postgres')('PostgreSQL goes away under load', () => {
  let database: Db;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url!);
    proxy = await startTcpProxy(Number(direct.port || 5432));
    const viaProxy = new URL(database.url!);
    viaProxy.port = String(proxy.port);
    server = await startServer({ DATABASE_URL: viaProxy.toString() });
  }, 150_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await proxy?.close();
    await database?.close();
  });

  it('should answer 503 problems while it is away, recover by itself, and lose nothing acknowledged', async () => {
    const acked: string[] = [];
    const statuses: number[] = [];
    let running = true;
    const load = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; running; i++) {
        const res = await call(server.url, 'POST', '/v1/incidents', {
          playbookId: 'delivery-delay',
          title: `outage ${w}-${i}`,
          severity: 'low',
        });
        statuses.push(res.status);
        if (res.status === 201) acked.push(res.json.id);
        else if (res.status === 503) expect(res.headers?.get('content-type')).toMatch(/problem\+json/);
        await new Promise((r) => setTimeout(r, 20));
      }
    });

    await new Promise((r) => setTimeout(r, 1_500));
    await proxy.cut();
    const downAt = Date.now();
    await new Promise((r) => setTimeout(r, 3_000));
    const ready = await call(server.url, 'GET', '/ready');
    expect(ready.status).toBe(503);
    const during = await call(server.url, 'POST', '/v1/incidents', {
      playbookId: 'delivery-delay',
      title: 'x',
      severity: 'low',
    });
    expect(during.status).toBe(503);
    expect(Date.now() - downAt).toBeLessThan(15_000);

    await proxy.restore();
    const backAt = Date.now();
    let recovered = false;
    while (Date.now() - backAt < 15_000) {
      if ((await call(server.url, 'GET', '/ready')).status === 200) {
        recovered = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    await new Promise((r) => setTimeout(r, 1_500));
    running = false;
    await Promise.all(load);

    expect(statuses.filter((s) => s === 500)).toHaveLength(0);
    expect(statuses.filter((s) => s === 0)).toHaveLength(0); // the process never died or hung up
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    for (const id of acked) {
      expect((await call(server.url, 'GET', `/v1/incidents/${id}`)).status).toBe(200);
    }
  }, 120_000);

  it('should answer 503 to writes on a read-only database and keep serving reads', async () => {
    const name = new URL(database.url!).pathname.slice(1);
    const server0 = new URL(database.url!);
    server0.pathname = '/postgres';
    const before = await call(server.url, 'POST', '/v1/incidents', {
      playbookId: 'delivery-delay',
      title: 'ro',
      severity: 'low',
    });
    expect(before.status).toBe(201);
    await adminQuery(server0.toString(), `alter database ${name} set default_transaction_read_only = on`);
    await adminQuery(
      server0.toString(),
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`,
    );
    try {
      let refused = { status: 0, json: null as any };
      // Connections the termination cut answer 503 database-unavailable until the pool has replaced them.
      for (let i = 0; i < 40 && refused.json?.type !== '/problems/database-read-only'; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 50));
        refused = await call(server.url, 'POST', '/v1/incidents', {
          playbookId: 'delivery-delay',
          title: 'ro2',
          severity: 'low',
        });
      }
      expect(refused.status).toBe(503);
      expect(refused.json.type).toBe('/problems/database-read-only');
      expect((await call(server.url, 'GET', `/v1/incidents/${before.json.id}`)).status).toBe(200);
    } finally {
      await adminQuery(server0.toString(), `alter database ${name} reset default_transaction_read_only`);
      await adminQuery(
        server0.toString(),
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`,
      );
    }
    let ok = 0;
    for (let i = 0; i < 20 && ok !== 201; i++) {
      ok = (
        await call(server.url, 'POST', '/v1/incidents', {
          playbookId: 'delivery-delay',
          title: 'rw',
          severity: 'low',
        })
      ).status;
    }
    expect(ok).toBe(201);
  }, 60_000);
  it('should refuse a cached key revoked while the change notifications could not reach the server', async () => {
    const issued = await call(server.url, 'POST', '/v1/api-keys', { name: 'wall screen', role: 'dashboard' });
    expect(issued.status).toBe(201);
    const key = { authorization: `Bearer ${issued.json.key}` };
    // Twice: the second answer comes from the server's key cache.
    for (let i = 0; i < 2; i++)
      expect((await call(server.url, 'GET', '/v1/incidents', undefined, key)).status).toBe(200);

    await proxy.cut();
    await new Promise((r) => setTimeout(r, 200)); // the server sees its connections drop
    // Revoked behind the server's back, on a direct connection: the notification it sends is lost to it.
    await adminQuery(database.url!, `update api_keys set revoked_at = now() where id = '${issued.json.id}'`);
    await proxy.restore();

    let status = 0;
    const backAt = Date.now();
    while (Date.now() - backAt < 15_000) {
      status = (await call(server.url, 'GET', '/v1/incidents', undefined, key)).status;
      if (status !== 503) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // The cache was dropped when the listening connection broke, so the first answer after the outage
    // already reads the revocation: never a 200.
    expect(status).toBe(401);
  }, 60_000);
});
