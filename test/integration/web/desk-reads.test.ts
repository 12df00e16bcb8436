import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_POLICY } from '../../../src/http/access-policy.ts';
import { ROLES } from '../../../src/services/api-keys.ts';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { apologyBody, draft, openIncident } from '../statements/statement-helpers.ts';

const clock = fakeClock('2026-03-02T09:40:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

const complaint = (n: number, extra: Record<string, unknown> = {}) => ({
  method: 'POST' as const,
  url: '/v1/complaints',
  payload: { source: 'facebook', externalId: `board-${n}`, text: `Where is my parcel ${n}?`, ...extra },
});

describe('GET /v1/me', () => {
  it('should tell every role its name, role and exactly the routes the access policy gives it', async () => {
    for (const role of ROLES) {
      const key = await issueKey(t, role, `${role} person`);
      const res = await t.app.inject({ url: '/v1/me', headers: bearer(key.key) });
      expect(res.statusCode, role).toBe(200);
      const me = res.json();
      expect(me).toMatchObject({ keyId: key.id, name: `${role} person`, role });
      const expected = Object.entries(ACCESS_POLICY)
        .filter(([, roles]) => roles.includes(role))
        .map(([r]) => r);
      expect(me.allowed.filter((r: string) => r !== '*')).toEqual(expected);
      expect(me.allowed.includes('*')).toBe(role === 'admin');
    }
  });

  it('should list no write route for a dashboard key', async () => {
    const key = await issueKey(t, 'dashboard');
    const me = (await t.app.inject({ url: '/v1/me', headers: bearer(key.key) })).json();
    expect(me.allowed.filter((r: string) => !r.startsWith('GET '))).toEqual([]);
  });

  it('should answer 401 without a key', async () => {
    expect((await t.app.inject({ url: '/v1/me', headers: { authorization: undefined } })).statusCode).toBe(
      401,
    );
  });
});

describe('GET /v1/board', () => {
  it('should count complaints per clock hour, unanswered and overdue ones, and pending approvals per open incident', async () => {
    const id = await openIncident(t, 'delivery-delay', 'critical');
    const quiet = await openIncident(t, 'delivery-delay', 'low');
    // 09:40 → two complaints in the 09:00 hour; then 11:10 → one in the 11:00 hour.
    for (const n of [1, 2])
      expect((await t.app.inject(complaint(n, { incidentId: id }))).statusCode).toBe(201);
    clock.set('2026-03-02T11:10:00.000Z');
    expect((await t.app.inject(complaint(3, { incidentId: id }))).statusCode).toBe(201);
    expect((await draft(t, id, apologyBody())).statusCode).toBe(201);

    const res = await t.app.inject({ url: '/v1/board' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.since).toBe('2026-03-01T12:00:00.000Z');
    const card = body.items.find((c: { incidentId: string }) => c.incidentId === id);
    expect(card.complaintsByHour).toHaveLength(24);
    expect(card.complaintsByHour[23]).toBe(1);
    expect(card.complaintsByHour[21]).toBe(2);
    expect(card.complaintsByHour.reduce((a: number, b: number) => a + b, 0)).toBe(3);
    expect(card).toMatchObject({ unanswered: 3, pendingApprovals: 1 });
    // A critical first reply is due well within 90 minutes: the two from 09:40 are overdue at 11:10.
    expect(card.overdue).toBe(2);
    expect(body.items.find((c: { incidentId: string }) => c.incidentId === quiet)).toMatchObject({
      unanswered: 0,
      overdue: 0,
      pendingApprovals: 0,
      auditSeq: 1,
    });
  });

  it('should answer 304 to its ETag until a count changes', async () => {
    const first = await t.app.inject({ url: '/v1/board' });
    const etag = first.headers.etag as string;
    expect((await t.app.inject({ url: '/v1/board', headers: { 'if-none-match': etag } })).statusCode).toBe(
      304,
    );
    const id = await openIncident(t, 'delivery-delay', 'high');
    expect((await t.app.inject(complaint(9, { incidentId: id }))).statusCode).toBe(201);
    const after = await t.app.inject({ url: '/v1/board', headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('should move one incident’s ETag when a statement is approved, though its counts come back as they were', async () => {
    const id = await openIncident(t, 'delivery-delay', 'critical');
    const url = `/v1/board?incidentId=${id}`;
    const before = await t.app.inject({ url });
    expect(before.json().items).toHaveLength(1);
    const drafted = await draft(t, id, apologyBody());
    const manager = await issueKey(t, 'manager');
    const decided = await t.app.inject({
      method: 'POST',
      url: `/v1/statements/${drafted.json().id}/decisions`,
      payload: { decision: 'approve' },
      headers: bearer(manager.key),
    });
    expect(decided.statusCode).toBe(200);
    const after = await t.app.inject({ url, headers: { 'if-none-match': before.headers.etag as string } });
    expect(after.statusCode).toBe(200);
    expect(after.json().items[0].pendingApprovals).toBe(before.json().items[0].pendingApprovals);
    expect(after.json().items[0].auditSeq).toBeGreaterThan(before.json().items[0].auditSeq);
  });

  it('should be readable by a dashboard key and refused to an integration key', async () => {
    const dashboard = await issueKey(t, 'dashboard');
    const integration = await issueKey(t, 'integration');
    expect((await t.app.inject({ url: '/v1/board', headers: bearer(dashboard.key) })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/board', headers: bearer(integration.key) })).statusCode).toBe(403);
  });
});

describe('GET /v1/board cards', () => {
  it('should carry each card’s incident fields as the incident shows them, with its deadline’s start', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    expect((await t.app.inject(complaint(20, { incidentId: id }))).statusCode).toBe(201);
    const incident = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    const started = (await t.app.inject({ url: `/v1/incidents/${id}/deadlines` }))
      .json()
      .items.find((d: { status: string }) => d.status === 'pending').startedAt;
    const card = (await t.app.inject({ url: '/v1/board' }))
      .json()
      .items.find((c: { incidentId: string }) => c.incidentId === id);
    expect(card).toMatchObject({
      title: incident.title,
      playbookId: incident.playbookId,
      severity: 'high',
      state: incident.state,
      version: incident.version,
      complaintCount: 1,
      deadline: {
        stage: incident.deadline.stage,
        dueAt: incident.deadline.dueAt,
        startedAt: started,
        breached: false,
        paused: false,
      },
    });
  });

  it('should leave closed and dismissed incidents off unless done=true asks for them', async () => {
    const id = await openIncident(t, 'delivery-delay', 'low');
    const dismissed = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: 'dismiss', evidence: { reason: 'Not our brand after all' } },
    });
    expect(dismissed.statusCode).toBe(200);
    const ids = async (url: string) =>
      (await t.app.inject({ url })).json().items.map((c: { incidentId: string }) => c.incidentId);
    expect(await ids('/v1/board')).not.toContain(id);
    expect(await ids('/v1/board?done=true')).toContain(id);
    const card = (await t.app.inject({ url: `/v1/board?done=true` }))
      .json()
      .items.find((c: { incidentId: string }) => c.incidentId === id);
    expect(card).toMatchObject({ state: 'dismissed', deadline: null });
    expect((await t.app.inject({ url: '/v1/board?done=maybe' })).statusCode).toBe(400);
  });

  it('should show a deadline as breached once its due time has passed, as the incident does', async () => {
    const id = await openIncident(t, 'delivery-delay', 'critical');
    const dueAt = (await t.app.inject({ url: `/v1/incidents/${id}` })).json().deadline.dueAt;
    clock.set(new Date(Date.parse(dueAt) + 60_000).toISOString());
    const incident = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    const card = (await t.app.inject({ url: `/v1/board?incidentId=${id}` })).json().items[0];
    expect(incident.deadline.breached).toBe(true);
    expect(card.deadline).toMatchObject({ dueAt, breached: true, paused: false });
  });
});
