import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey, type TestKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let integration: TestKey;
let otherIntegration: TestKey;
let dashboard: TestKey;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  integration = await issueKey(t, 'integration', 'shop connector');
  otherIntegration = await issueKey(t, 'integration', 'review site connector');
  dashboard = await issueKey(t, 'dashboard');
});
afterAll(async () => {
  await t.close();
});

let n = 0;
async function post(key?: TestKey) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    headers: key ? bearer(key.key) : {},
    payload: {
      source: 'facebook',
      externalId: `d-${++n}`,
      text: `Where is my parcel? (${n})`,
      author: 'Jan K.',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res;
}
async function answer(complaintId: string, text: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${complaintId}/replies`,
    payload: { channel: 'facebook', visibility: 'public', text, actor: 'Ola (support)' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}
const report = (complaintId: string, replyId: string, body: Record<string, unknown>, key?: TestKey) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${complaintId}/replies/${replyId}/delivery`,
    headers: key ? bearer(key.key) : {},
    payload: body,
  });

describe('GET /v1/complaints/{id}', () => {
  it('should be where a new complaint’s Location points, with its replies oldest first and their delivery', async () => {
    clock.set('2026-03-02T09:00:00.000Z');
    const created = await post();
    const location = created.headers.location as string;
    expect(location).toBe(`/v1/complaints/${created.json().id}`);
    const before = await t.app.inject({ url: location });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      id: created.json().id,
      answered: false,
      firstReplyDueAt: expect.any(String),
      firstReplyBreached: false,
      privateChannel: null,
      replies: [],
    });
    const first = await answer(created.json().id, 'Jan, we are sorry: your parcel leaves the hub today.');
    clock.advance(60_000);
    const second = await answer(created.json().id, 'Update: the courier has it and will ring before noon.');
    const after = (await t.app.inject({ url: location })).json();
    expect(after.answered).toBe(true);
    expect(after.replies).toEqual([
      expect.objectContaining({
        id: first.id,
        channel: 'facebook',
        visibility: 'public',
        author: 'Ola (support)',
        at: '2026-03-02T09:00:00.000Z',
        url: null,
        delivery: { status: 'pending' },
      }),
      expect.objectContaining({ id: second.id, at: '2026-03-02T09:01:00.000Z' }),
    ]);
  });

  it('should answer 404 for an unknown complaint, and for one another integration key posted', async () => {
    const unknown = await t.app.inject({ url: '/v1/complaints/00000000-0000-4000-8000-00000000abcd' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ type: '/problems/not-found', status: 404 });
    const mine = (await post(integration)).json().id as string;
    expect(
      (await t.app.inject({ url: `/v1/complaints/${mine}`, headers: bearer(integration.key) })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ url: `/v1/complaints/${mine}`, headers: bearer(dashboard.key) })).statusCode,
    ).toBe(200);
    const theirs = await t.app.inject({
      url: `/v1/complaints/${mine}`,
      headers: bearer(otherIntegration.key),
    });
    expect(theirs.statusCode).toBe(404);
  });
});

describe('POST /v1/complaints/{id}/replies/{replyId}/delivery', () => {
  it('should be preceded by complaint.reply_created, which tells the integration what to post where', async () => {
    const complaint = (await post(integration)).json();
    const reply = await answer(complaint.id, 'Jan, we are sorry: a courier collects the parcel tomorrow.');
    const rows = await sql<{ payload: { data: Record<string, unknown> } }>`
      select payload from outbox where event = 'complaint.reply_created'
        and payload->'data'->>'replyId' = ${reply.id}`.execute(t.database.db);
    expect(rows.rows.map((r) => r.payload.data)).toEqual([
      {
        incidentId: null,
        complaintId: complaint.id,
        source: 'facebook',
        externalId: complaint.externalId,
        replyId: reply.id,
        channel: 'facebook',
        visibility: 'public',
        text: 'Jan, we are sorry: a courier collects the parcel tomorrow.',
        url: null,
        author: 'Ola (support)',
      },
    ]);
  });

  it('should record a failure, then the delivery; a repeat answers 200 unchanged; failed after delivered is 409', async () => {
    clock.set('2026-03-02T09:01:00.000Z');
    const complaint = (await post(integration)).json().id as string;
    const reply = await answer(complaint, 'Jan, we are sorry for the wait: a new parcel ships today.');
    const failed = await report(complaint, reply.id, { status: 'failed' }, integration);
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json().delivery).toEqual({ status: 'failed', at: '2026-03-02T09:01:00.000Z' });
    clock.advance(30_000);
    const delivered = {
      status: 'delivered',
      externalId: 'fb-555',
      url: 'https://facebook.com/shop/posts/1/comments/555',
    };
    const ok = await report(complaint, reply.id, delivered, integration);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().delivery).toEqual({ ...delivered, at: '2026-03-02T09:01:30.000Z' });
    clock.advance(30_000);
    const again = await report(complaint, reply.id, { status: 'delivered', externalId: 'fb-555' });
    expect(again.statusCode).toBe(200);
    expect(again.json().delivery.at).toBe('2026-03-02T09:01:30.000Z');

    const late = await report(complaint, reply.id, { status: 'failed' }, integration);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      type: '/problems/delivery-final',
      delivery: { status: 'delivered' },
    });
    const moved = await report(complaint, reply.id, { status: 'delivered', externalId: 'fb-556' });
    expect(moved.statusCode).toBe(409);
    const shown = (await t.app.inject({ url: `/v1/complaints/${complaint}` })).json();
    expect(shown.replies[0].delivery).toEqual({ ...delivered, at: '2026-03-02T09:01:30.000Z' });
  });

  it('should let the integration that posted the complaint and managers report, not dashboards nor other integrations', async () => {
    const complaint = (await post(integration)).json().id as string;
    const reply = await answer(complaint, 'Jan, we checked: the parcel is at the depot and leaves tonight.');
    const body = { status: 'delivered' };
    expect((await report(complaint, reply.id, body, dashboard)).statusCode).toBe(403);
    expect((await report(complaint, reply.id, body, otherIntegration)).statusCode).toBe(404);
    const manager = await issueKey(t, 'manager');
    expect((await report(complaint, reply.id, body, manager)).statusCode).toBe(200);
    const unknownReply = await report(complaint, '00000000-0000-4000-8000-00000000abcd', body);
    expect(unknownReply.statusCode).toBe(404);
    const pending = await report(complaint, reply.id, { status: 'pending' });
    expect(pending.statusCode).toBe(400);
  });
});
