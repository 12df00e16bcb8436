import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../../src/domain/webhooks/standard-webhooks.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';
import { startReceiver } from '../../helpers/webhook-receiver.ts';
import { openIncident, testDispatcher } from '../../helpers/webhook-worker.ts';

const storedSecret = async (t: TestApp, id: string) =>
  (await sql<{ secret: string }>`select secret from webhooks where id = ${id}`.execute(t.database.db))
    .rows[0]!.secret;

const deliverAll = async (t: TestApp) => (await testDispatcher(t)).tick();

describe('webhook signing secrets at rest', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('should store the secret encrypted, unreadable in the database, and still sign verifiable deliveries', async () => {
    const sub = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: receiver.url, events: ['incident.opened'] },
    });
    expect(sub.statusCode).toBe(201);
    const { id, secret } = sub.json() as { id: string; secret: string };
    const stored = await storedSecret(t, id);
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.replace(/^whsec_/, ''));
    expect(Buffer.from(stored, 'utf8').includes(Buffer.from(secret.slice(6), 'base64'))).toBe(false);

    expect((await openIncident(t)).statusCode).toBe(201);
    expect(await deliverAll(t)).toEqual({ delivered: 1, failed: 0 });
    const [delivery] = receiver.received;
    expect(verify(secret, delivery!.headers as never, delivery!.body)).toBe(true);
  });
});

describe('webhook secrets stored before encryption', () => {
  it('should be encrypted when the app starts, and keep signing with the same secret', async () => {
    const receiver = await startReceiver();
    const database = await createTestDatabase();
    const id = randomUUID();
    const plain = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
    await sql`insert into webhooks (id, url, events, secret, created_at)
      values (${id}, ${receiver.url}, '["incident.opened"]', ${plain}, now())`.execute(database.db);
    const t = await buildTestApp({ database });
    try {
      const stored = await storedSecret(t, id);
      expect(stored.startsWith('v1:')).toBe(true);
      expect(stored).not.toContain(plain.slice(6));
      expect((await openIncident(t)).statusCode).toBe(201);
      expect(await deliverAll(t)).toEqual({ delivered: 1, failed: 0 });
      expect(verify(plain, receiver.received[0]!.headers as never, receiver.received[0]!.body)).toBe(true);
    } finally {
      await t.close();
      await receiver.close();
      await database.close();
    }
  });

  it('should refuse to start with a SECRETS_KEY that does not open the stored secrets', async () => {
    const database = await createTestDatabase();
    try {
      const first = await buildTestApp({ database });
      const sub = await first.app.inject({
        method: 'POST',
        url: '/v1/webhooks',
        payload: { url: 'http://127.0.0.1:9/hook', events: ['incident.opened'] },
      });
      expect(sub.statusCode).toBe(201);
      await first.close();
      await expect(buildTestApp({ database, secretsKey: Buffer.alloc(32, 9) })).rejects.toThrow(
        /SECRETS_KEY does not open the stored webhook secrets/,
      );
    } finally {
      await database.close();
    }
  });
});
