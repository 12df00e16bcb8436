import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SignedHeaders } from '../../../src/domain/webhooks/standard-webhooks.ts';
import type { WebhookDispatcher } from '../../../src/services/webhook-dispatcher.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { startReceiver } from '../../helpers/webhook-receiver.ts';
import { openIncident, testDispatcher } from '../../helpers/webhook-worker.ts';

/**
 * The receiver verifies with standardwebhooks, the reference library: it accepts a header when any of its
 * space-separated `v1,` signatures matches. Its timestamp tolerance runs on Date.now(), so the check runs
 * at the delivery's own time (the deliveries are signed on the test's fake clock).
 */
function verify(secret: string, headers: SignedHeaders, body: string): boolean {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Number(headers['webhook-timestamp']) * 1000);
  try {
    new Webhook(secret).verify(body, { ...headers });
    return true;
  } catch {
    return false;
  } finally {
    vi.useRealTimers();
  }
}
const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let dispatcher: WebhookDispatcher;

beforeAll(async () => {
  receiver = await startReceiver();
  t = await buildTestApp({ clock });
  dispatcher = await testDispatcher(t, { clock });
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

/** Opens an incident and delivers its incident.opened; answers what the receiver got. */
async function deliverOne() {
  const opened = await openIncident(t);
  expect(opened.statusCode).toBe(201);
  receiver.received.length = 0;
  expect(await dispatcher.tick()).toEqual({ delivered: 1, failed: 0 });
  const [got] = receiver.received;
  return { headers: got!.headers as unknown as SignedHeaders, body: got!.body };
}

describe('POST /v1/webhooks/{id}/rotate-secret', () => {
  it('should sign with the old and the new secret for 24 hours, then with the new one only', async () => {
    const sub = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: receiver.url, events: ['incident.opened'] },
    });
    const { id, secret: old } = sub.json() as { id: string; secret: string };

    const rotated = await t.app.inject({ method: 'POST', url: `/v1/webhooks/${id}/rotate-secret` });
    expect(rotated.statusCode).toBe(200);
    const body = rotated.json();
    expect(body).toMatchObject({ id, previousSecretValidUntil: '2026-03-03T09:00:00.000Z' });
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secret).not.toBe(old);
    const fresh = body.secret as string;

    // Shown once: the list never carries a secret, and the database holds both encrypted only.
    const listed = (await t.app.inject({ url: '/v1/webhooks' }))
      .json()
      .items.find((w: { id: string }) => w.id === id);
    expect(listed).not.toHaveProperty('secret');
    expect(listed.previousSecretValidUntil).toBe('2026-03-03T09:00:00.000Z');
    const row = (
      await sql<{ secret: string; previous_secret: string }>`select secret, previous_secret from webhooks
        where id = ${id}`.execute(t.database.db)
    ).rows[0]!;
    for (const value of [row.secret, row.previous_secret]) {
      expect(value.startsWith('v1:')).toBe(true);
      expect(value).not.toContain(old.slice(6));
      expect(value).not.toContain(fresh.slice(6));
    }

    const during = await deliverOne();
    expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verify(fresh, during.headers, during.body)).toBe(true);
    expect(verify(old, during.headers, during.body)).toBe(true);

    clock.advance(24 * 3_600_000 - 1_000);
    const lastSecond = await deliverOne();
    expect(verify(old, lastSecond.headers, lastSecond.body)).toBe(true);

    clock.advance(1_000);
    const after = await deliverOne();
    expect(after.headers['webhook-signature'].split(' ')).toHaveLength(1);
    expect(verify(fresh, after.headers, after.body)).toBe(true);
    expect(verify(old, after.headers, after.body)).toBe(false);
  });

  it('should record the rotation on the system audit chain without the secret', async () => {
    const sub = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: receiver.url, events: ['deadline.breached'] },
    });
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/v1/webhooks/${sub.json().id}/rotate-secret`,
    });
    const rows = await sql<{ data: Record<string, unknown> }>`select data from system_audit_entries
      where action = 'webhook.secret_rotated'`.execute(t.database.db);
    const entry = rows.rows.find((r) => r.data.webhookId === sub.json().id);
    expect(entry).toBeDefined();
    expect(JSON.stringify(entry)).not.toContain(rotated.json().secret.slice(6));
  });

  it('should answer 404 for an unknown subscription', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/v1/webhooks/${randomUUID()}/rotate-secret` });
    expect(res.statusCode).toBe(404);
    expect(res.json().type).toBe('/problems/not-found');
  });
});
