import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_REPLY_REMINDER_AT } from '../../../src/domain/deadlines/first-reply-plans.ts';
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
type Worker = Awaited<ReturnType<typeof createWorker>>;
let workers: [Worker, Worker];

beforeAll(async () => {
  t = await buildTestApp({ clock });
  const make = async () =>
    createWorker({
      db: t.database.db,
      clock,
      config: { WORKER_INTERVAL_MS: 1000, WEBHOOK_TIMEOUT_MS: 2000, DB_POOL_SIZE: 10 },
      secretsKey: TEST_SECRETS_KEY,
      playbooks: await shippedPlaybooks(),
    });
  workers = [await make(), await make()];
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await workers[0].scheduler.tick();
});

async function openIncident(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'social-media-backlash', title: 'Ad backlash', severity: 'medium' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

let n = 0;
async function complaint(incidentId?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source: 'x',
      externalId: `fr-${++n}`,
      // Without an incident: a question no playbook's trigger matches.
      text: incidentId ? `That advert is offensive (${n})` : `Do you ship to Norway? (${n})`,
      ...(incidentId ? { incidentId } : {}),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; receivedAt: string; firstReplyDueAt: string };
}

/** Outbox events of a type about one complaint so far. */
async function events(type: string, complaintId: string): Promise<{ incident_id: string | null }[]> {
  const rows = await sql<{ incident_id: string | null }>`
    select incident_id from outbox where event = ${type} and payload->'data'->>'complaintId' = ${complaintId}
  `.execute(t.database.db);
  return rows.rows;
}
const tick = () => Promise.all(workers.map((w) => w.scheduler.tick()));

describe('the first-reply watch', () => {
  it('should remind once at 75 % of the span, breach once at the due time, and audit it on the incident', async () => {
    clock.set('2026-03-02T09:00:00.000Z');
    const incident = await openIncident();
    const c = await complaint(incident);
    const received = Date.parse(c.receivedAt);
    const due = Date.parse(c.firstReplyDueAt);
    const remindAt = received + (due - received) * FIRST_REPLY_REMINDER_AT;

    clock.set(new Date(remindAt - 1_000).toISOString());
    await tick();
    expect(await events('complaint.first_reply_approaching', c.id)).toHaveLength(0);
    clock.set(new Date(remindAt + 1_000).toISOString());
    await tick();
    await tick();
    expect(await events('complaint.first_reply_approaching', c.id)).toEqual([{ incident_id: incident }]);

    clock.set(new Date(due - 1).toISOString());
    await tick();
    expect(await events('complaint.first_reply_breached', c.id)).toHaveLength(0);
    clock.set(new Date(due).toISOString());
    await tick();
    await tick();
    expect(await events('complaint.first_reply_breached', c.id)).toHaveLength(1);
    expect(await events('deadline.breached', c.id)).toHaveLength(1);

    const shown = (await t.app.inject({ url: `/v1/complaints/${c.id}` })).json();
    expect(shown.firstReplyBreached).toBe(true);
    const audit = (await t.app.inject({ url: `/v1/incidents/${incident}/audit` })).json().items;
    expect(audit.filter((e: { action: string }) => e.action === 'complaint.first_reply_breached')).toEqual([
      expect.objectContaining({
        actor: 'deadline scheduler',
        data: { complaintId: c.id, dueAt: c.firstReplyDueAt },
      }),
    ]);
    expect((await t.app.inject({ url: `/v1/incidents/${incident}/audit/verify` })).json().valid).toBe(true);
  });

  it('should not remind or breach a complaint answered in time', async () => {
    clock.set('2026-03-03T09:00:00.000Z');
    const c = await complaint(await openIncident());
    const reply = await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${c.id}/replies`,
      payload: {
        channel: 'x',
        visibility: 'public',
        text: 'We hear you and we are sorry: the advert is gone.',
      },
    });
    expect(reply.statusCode).toBe(201);
    clock.set(new Date(Date.parse(c.firstReplyDueAt) + 60_000).toISOString());
    await tick();
    expect(await events('complaint.first_reply_approaching', c.id)).toHaveLength(0);
    expect(await events('complaint.first_reply_breached', c.id)).toHaveLength(0);
  });

  it('should record a wave of breaches once each with two workers, chains intact, and count them in stats and metrics', async () => {
    // Earlier tests' complaints still count: measure what this test adds.
    clock.set('2026-03-04T12:00:00.000Z');
    const before = (await t.app.inject({ url: '/v1/stats' })).json().complaints;
    const gauge = (text: string, name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    const metricsBefore = (await t.app.inject({ url: '/metrics' })).body;
    clock.set('2026-03-04T09:00:00.000Z');
    const incidents = [await openIncident(), await openIncident(), await openIncident()];
    const waiting = [];
    for (let i = 0; i < 30; i++) waiting.push(await complaint(incidents[i % 3]));
    const loose = await complaint();
    expect(loose.firstReplyDueAt).toBe('2026-03-05T09:00:00.000Z'); // the default policy, 24 h

    clock.set('2026-03-04T12:00:00.000Z'); // past every attached complaint's due time, before the loose one's
    const stats = (await t.app.inject({ url: '/v1/stats' })).json();
    expect(stats.complaints).toEqual({ unanswered: before.unanswered + 31, overdue: before.overdue + 30 });
    const metrics = (await t.app.inject({ url: '/metrics' })).body;
    for (const name of ['fivep_complaints_unanswered', 'fivep_complaints_overdue']) {
      expect(gauge(metrics, name) - gauge(metricsBefore, name), name).toBe(
        name.endsWith('overdue') ? 30 : 31,
      );
    }

    await tick();
    await tick();
    for (const c of waiting)
      expect(await events('complaint.first_reply_breached', c.id), c.id).toHaveLength(1);
    for (const id of incidents) {
      const audit = (await t.app.inject({ url: `/v1/incidents/${id}/audit?limit=200` })).json().items;
      expect(
        audit.filter((e: { action: string }) => e.action === 'complaint.first_reply_breached'),
      ).toHaveLength(10);
      expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json().valid).toBe(true);
    }
    expect(await events('complaint.first_reply_breached', loose.id)).toHaveLength(0);

    clock.set('2026-03-05T09:00:00.000Z');
    await tick();
    expect(await events('complaint.first_reply_breached', loose.id)).toEqual([{ incident_id: null }]);
  });
});
