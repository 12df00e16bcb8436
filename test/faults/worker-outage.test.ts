import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ServerProcess, startServer } from '../helpers/server-process.ts';
import { startTcpProxy } from '../helpers/tcp-proxy.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.ts';
import { startReceiver } from '../helpers/webhook-receiver.ts';
import { startWatchedWorker, stopProcess, waitFor } from '../helpers/worker-process.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** The worker's JSON log lines at `level` (pino: 40 warn, 50 error). */
const linesAt = (output: string, level: number) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; msg: string })
    .filter((l) => l.level === level);

/**
 * `npm run worker` (its own process, as deployed) when PostgreSQL goes away, and when nothing holds a
 * connection open. The worker reaches PostgreSQL through a TCP proxy the test cuts, so other tests on the
 * shared server are not disturbed; the API reaches it directly and keeps queuing webhooks meanwhile.
 */
describe.runIf(testDatabaseKind() === 'postgres')('the standalone worker through outages', () => {
  let database: Db;
  let server: ServerProcess;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let viaProxy: string;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url!);
    proxy = await startTcpProxy(Number(direct.port || 5432));
    direct.port = String(proxy.port);
    viaProxy = direct.toString();
    server = await startServer({ DATABASE_URL: database.url! });
  }, 150_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    for (const r of receivers) await r.close();
    await proxy?.close();
    await database?.close();
  });

  const subscribe = async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const created = await call(server.url, 'POST', '/v1/webhooks', {
      url: receiver.url,
      events: ['incident.opened'],
    });
    expect(created.status).toBe(201);
    return receiver;
  };
  const open = async (title: string) => {
    const res = await call(server.url, 'POST', '/v1/incidents', {
      playbookId: 'delivery-delay',
      title,
      severity: 'low',
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const deliveredIds = (receiver: Receiver) =>
    new Set(receiver.received.map((r) => JSON.parse(r.body).data.incidentId as string));

  it('should keep running while PostgreSQL is away, warn, and deliver what was queued meanwhile', async () => {
    const receiver = await subscribe();
    const worker = startWatchedWorker(viaProxy);
    try {
      const first = await open('before the outage');
      expect(await waitFor(() => deliveredIds(receiver).has(first), 30_000)).toBe(true);

      await proxy.cut();
      const queued: string[] = [];
      for (let i = 0; i < 5; i++) queued.push(await open(`during the outage ${i}`));
      expect(
        await waitFor(() => linesAt(worker.output(), 40).some((l) => /database/i.test(l.msg)), 15_000),
        worker.output(),
      ).toBe(true);
      // The worker used to end here, some 200 ms after its connections dropped.
      expect(await waitFor(() => worker.child.exitCode !== null, 3_000)).toBe(false);
      expect(receiver.received).toHaveLength(1);

      await proxy.restore();
      expect(await waitFor(() => queued.every((id) => deliveredIds(receiver).has(id)), 30_000)).toBe(true);
      expect(worker.child.exitCode).toBeNull();
      // An outage is no error: nothing at error level.
      expect(linesAt(worker.output(), 50), worker.output()).toEqual([]);
    } finally {
      await proxy.restore();
    }
    const exit = exitOf(worker.child);
    await stopProcess(worker.child);
    expect(await exit).toBe(0);
  }, 120_000);

  it('should stay up past the pool’s idle timeout with a long interval, and still run its passes', async () => {
    const receiver = await subscribe();
    const before = await open('before a long pause');
    const worker = startWatchedWorker(database.url!, { WORKER_INTERVAL_MS: '45000' });
    expect(await waitFor(() => deliveredIds(receiver).has(before), 30_000)).toBe(true);
    // The pool drops connections idle for 30 s after the first pass; the worker used to end 2 s later.
    const until = Date.now() + 36_000;
    expect(await waitFor(() => worker.child.exitCode !== null, until - Date.now())).toBe(false);

    const after = await open('after the idle timeout');
    expect(await waitFor(() => deliveredIds(receiver).has(after), 25_000)).toBe(true);
    const exit = exitOf(worker.child);
    const stopAt = Date.now();
    await stopProcess(worker.child);
    expect(await exit).toBe(0);
    // Its pause does not hold a stop back.
    expect(Date.now() - stopAt).toBeLessThan(5_000);
  }, 120_000);

  it('should exit non-zero when it cannot start (no database)', async () => {
    await proxy.cut();
    try {
      const worker = startWatchedWorker(viaProxy);
      const exit = exitOf(worker.child);
      expect(await waitFor(() => worker.child.exitCode !== null, 30_000)).toBe(true);
      expect(await exit).toBe(1);
    } finally {
      await proxy.restore();
    }
  }, 60_000);
});
