import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { verify } from '../../../src/domain/webhooks/standard-webhooks.ts';
import { createWorker } from '../../../src/worker/create-worker.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import {
  buildTestApp,
  fakeClock,
  shippedPlaybooks,
  TEST_SECRETS_KEY,
  type TestApp,
} from '../../helpers/test-app.ts';
import { type Received, startReceiver } from '../../helpers/webhook-receiver.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let worker: Awaited<ReturnType<typeof createWorker>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let secret: string;
const pb = new Map<string, Playbook>();

beforeAll(async () => {
  t = await buildTestApp({ clock });
  const loaded = await shippedPlaybooks();
  for (const l of loaded) pb.set(l.playbook.id, l.playbook);
  worker = await createWorker({
    db: t.database.db,
    clock,
    config: {
      WORKER_INTERVAL_MS: 1000,
      WEBHOOK_TIMEOUT_MS: 2000,
      DB_POOL_SIZE: 10,
      WEBHOOK_ALLOW_PRIVATE: true,
    },
    playbooks: loaded,
    secretsKey: TEST_SECRETS_KEY,
  });
  receiver = await startReceiver();
  const sub = await t.app.inject({
    method: 'POST',
    url: '/v1/webhooks',
    payload: {
      url: receiver.url,
      events: [
        'incident.opened',
        'incident.transitioned',
        'deadline.approaching',
        'deadline.breached',
        'incident.escalated',
      ],
    },
  });
  expect(sub.statusCode).toBe(201);
  secret = sub.json().secret;
  expect(secret).toMatch(/^whsec_/);
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});
beforeEach(async () => {
  // Drain everything earlier tests left due, so each test sees only its own events.
  await worker.scheduler.tick();
  await worker.dispatcher.tick();
  receiver.received.length = 0;
});

async function open(playbookId: string, severity = 'high') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title: 'Deadline test', severity },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; deadline: { dueAt: string } };
}

const eventsOf = (type: string, incidentId: string) =>
  receiver.received
    .map((r) => ({ r, body: JSON.parse(r.body) as { type: string; data: { incidentId: string } } }))
    .filter(({ body }) => body.type === type && body.data.incidentId === incidentId);

/** Runs one scheduler pass and counts this incident's outbox events of a type so far. */
async function tickAndCount(incidentId: string, event: string): Promise<number> {
  await worker.scheduler.tick();
  const row = await sql<{
    n: string;
  }>`select count(*)::int8 as n from outbox where incident_id = ${incidentId} and event = ${event}`.execute(
    t.database.db,
  );
  return Number(row.rows[0]!.n);
}

async function auditActions(id: string): Promise<string[]> {
  const res = await t.app.inject({ url: `/v1/incidents/${id}/audit?limit=200` });
  return res.json().items.map((e: { action: string }) => e.action);
}

describe('the deadline scheduler', () => {
  it('should remind at the playbook’s fraction once, breach at the due time once, escalate, audit and sign', async () => {
    const incident = await open('payment-or-data-incident', 'medium');
    const playbook = pb.get('payment-or-data-incident')!;
    const span = parseIsoDuration(playbook.stages.apologise.deadlines.medium);
    const due = new Date(incident.deadline.dueAt).getTime();
    const remindAt = due - span * (1 - playbook.escalation.reminderAt);

    clock.set(new Date(remindAt - 1_000).toISOString());
    expect(await tickAndCount(incident.id, 'deadline.approaching')).toBe(0);
    clock.set(new Date(remindAt + 1_000).toISOString());
    expect(await tickAndCount(incident.id, 'deadline.approaching')).toBe(1);
    expect(await tickAndCount(incident.id, 'deadline.approaching')).toBe(1);

    clock.set(new Date(due - 1).toISOString());
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(0);
    clock.set(new Date(due).toISOString());
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(1);
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(1);

    const after = (await t.app.inject({ url: `/v1/incidents/${incident.id}` })).json();
    expect(after.severity).toBe('high'); // payment-or-data raises severity on breach
    expect(after.tags).toContain('legal-review');
    expect(after.deadline.breached).toBe(true);
    const rows = (await t.app.inject({ url: `/v1/incidents/${incident.id}/deadlines` })).json().items;
    expect(rows[0]).toMatchObject({
      stage: 'apologise',
      status: 'breached',
      breachedAt: new Date(due).toISOString(),
    });
    expect(await auditActions(incident.id)).toEqual([
      'incident.opened',
      'deadline.breached',
      'incident.set_severity',
    ]);
    expect((await t.app.inject({ url: `/v1/incidents/${incident.id}/audit/verify` })).json().valid).toBe(
      true,
    );

    await worker.dispatcher.tick();
    for (const type of ['deadline.approaching', 'deadline.breached', 'incident.escalated']) {
      expect(eventsOf(type, incident.id), type).toHaveLength(1);
    }
    for (const r of receiver.received) {
      expect(verify(secret, r.headers as never, r.body)).toBe(true);
    }
    const ids = receiver.received.map((r: Received) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should not breach a deadline met a millisecond before the worker looks', async () => {
    const incident = await open('payment-or-data-incident');
    const due = new Date(incident.deadline.dueAt).getTime();
    clock.set(new Date(due - 1).toISOString());
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${incident.id}/transitions`,
      payload: {
        event: 'apologise',
        evidence: validEvidence(pb.get('payment-or-data-incident')!, 'apologise'),
      },
    });
    expect(res.statusCode).toBe(200);
    clock.set(new Date(due + 1).toISOString());
    await worker.scheduler.tick();
    const rows = (await t.app.inject({ url: `/v1/incidents/${incident.id}/deadlines` })).json().items;
    expect(rows[0].status).toBe('met');
    expect(await auditActions(incident.id)).not.toContain('deadline.breached');
  });

  it('should never fire a paused deadline, and fire a resumed one at its shifted time', async () => {
    const incident = await open('social-media-backlash');
    const due = new Date(incident.deadline.dueAt).getTime();
    clock.advance(60_000);
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${incident.id}/transitions`,
      payload: {
        event: 'escalate_legal',
        evidence: {
          reason: 'Defamation by a competitor account',
          customerAtFault: {
            summary: 'The account posts invented orders to extort refunds.',
            evidence: ['https://example.com/evidence/forged-receipt.png'],
          },
        },
      },
    });
    const pausedFor = 6 * 3_600_000;
    clock.advance(pausedFor);
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(0);
    const resumed = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${incident.id}/transitions`,
      payload: { event: 'resume' },
    });
    const shifted = new Date(resumed.json().deadline.dueAt).getTime();
    expect(shifted).toBe(due + pausedFor);
    clock.set(new Date(shifted - 1).toISOString());
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(0);
    clock.set(new Date(shifted).toISOString());
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(1);
  });

  it('should count only business hours on a business-hours playbook', async () => {
    clock.set('2026-03-06T15:30:00.000Z'); // Friday 16:30 in Warsaw
    const incident = await open('delivery-delay', 'low');
    const due = new Date(incident.deadline.dueAt);
    expect(due.getUTCDay()).toBe(1); // the time runs out on Monday, not over the weekend
    clock.set('2026-03-08T12:00:00.000Z'); // Sunday
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(0);
    clock.set(new Date(due.getTime() - 1).toISOString());
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(0);
    clock.set(due.toISOString());
    expect(await tickAndCount(incident.id, 'deadline.breached')).toBe(1);
    const after = (await t.app.inject({ url: `/v1/incidents/${incident.id}` })).json();
    expect(after.severity).toBe('low'); // delivery-delay does not raise severity, it tags
    expect(after.tags).toContain('sla-breach');
  });
});

describe('webhook delivery', () => {
  it('should retry with backoff and deliver on the 4th attempt with the same webhook-id', async () => {
    const failing = await startReceiver((_r, i) => (i < 3 ? 503 : 204));
    try {
      const sub = (
        await t.app.inject({
          method: 'POST',
          url: '/v1/webhooks',
          payload: { url: failing.url, events: ['incident.opened'] },
        })
      ).json();
      await open('lost-or-damaged-order');
      for (let attempt = 0; attempt < 4; attempt++) {
        await worker.dispatcher.tick();
        clock.advance(2 * 3_600_000); // beyond any backoff so far
      }
      expect(failing.received).toHaveLength(4);
      const ids = new Set(failing.received.map((r) => r.headers['webhook-id']));
      expect(ids.size).toBe(1);
      for (const r of failing.received) expect(verify(sub.secret, r.headers as never, r.body)).toBe(true);
      const attempts = (await t.app.inject({ url: `/v1/webhooks/${sub.id}/deliveries` })).json().items;
      expect(attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([204, 503, 503, 503]);
      expect(attempts[0]).toMatchObject({
        ok: true,
        deliveryStatus: 'delivered',
        latencyMs: expect.any(Number),
      });
      await t.app.inject({ method: 'DELETE', url: `/v1/webhooks/${sub.id}` });
    } finally {
      await failing.close();
    }
  });

  it('should mark a delivery failed after 24 hours and disable a subscription failing for days, audited', async () => {
    const dead = await startReceiver(() => 500);
    try {
      const sub = (
        await t.app.inject({
          method: 'POST',
          url: '/v1/webhooks',
          payload: { url: dead.url, events: ['incident.opened'] },
        })
      ).json();
      await open('lost-or-damaged-order');
      for (let hour = 0; hour < 26; hour++) {
        await worker.dispatcher.tick();
        clock.advance(3_600_000);
      }
      const attempts = (await t.app.inject({ url: `/v1/webhooks/${sub.id}/deliveries?limit=200` })).json()
        .items;
      expect(attempts[0].deliveryStatus).toBe('failed');
      expect(attempts.length).toBeGreaterThan(5);

      clock.advance(2 * 24 * 3_600_000);
      await open('lost-or-damaged-order');
      await worker.dispatcher.tick();
      const list = (await t.app.inject({ url: '/v1/webhooks' })).json().items;
      expect(list.find((w: { id: string }) => w.id === sub.id).disabledAt).not.toBeNull();
      const audit = await sql<{ action: string }>`select action from system_audit_entries`.execute(
        t.database.db,
      );
      expect(audit.rows.map((r) => r.action)).toContain('webhook.disabled');
    } finally {
      await dead.close();
    }
  });
});
