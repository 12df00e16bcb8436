import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { openIncident as open } from '../commitments/commitment-helpers.ts';
import { apologyBody, draft, openIncident } from '../statements/statement-helpers.ts';

const clock = fakeClock('2026-12-07T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

let n = 0;
function attach(incidentId: string, extra: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source: 'facebook',
      externalId: `ws-${++n}`,
      text: `Gdzie jest moja paczka ${n}?`,
      incidentId,
      ...extra,
    },
  });
}

const workspace = (id: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/v1/incidents/${id}/workspace`, headers });

describe('GET /v1/incidents/{id}/workspace', () => {
  it('should answer the incident, its next step, playbook facts, records and complaint counts that agree with the board', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    expect((await draft(t, id, apologyBody())).statusCode).toBe(201);
    for (let i = 0; i < 3; i++) expect((await attach(id, { postId: 'post-1' })).statusCode).toBe(201);
    expect((await attach(id, { source: 'instagram' })).statusCode).toBe(201);
    clock.advance(3 * 86_400_000);

    const res = await workspace(id, { 'accept-language': 'pl' });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w.incident).toMatchObject({ id, state: 'apologise', newSinceMonitoring: 0 });
    expect(w.next.stage.guidance.language).toBe('pl');
    expect(w.playbook).toMatchObject({ id: 'delivery-delay', timeZone: 'Europe/Warsaw' });
    expect(w.playbook.languages).toContain('pl');
    expect(w.statements).toHaveLength(1);
    expect(w.ledger.items).toEqual([]);
    expect(w.commitments).toEqual([]);
    expect(w.complaints).toMatchObject({
      total: 4,
      unanswered: 4,
      bySource: { facebook: 3, instagram: 1 },
      posts: [{ postId: 'post-1', source: 'facebook', total: 3, unanswered: 3 }],
    });
    const board = (await t.app.inject({ url: `/v1/board?incidentId=${id}` })).json().items[0];
    expect(w.complaints.unanswered).toBe(board.unanswered);
    expect(w.complaints.overdue).toBe(board.overdue);
    expect(w.complaints.overdue).toBeGreaterThan(0);
  });

  it('should pick the guidance language from ?guidance over Accept-Language', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    const w = (await t.app.inject({ url: `/v1/incidents/${id}/workspace?guidance=en` })).json();
    expect(w.next.stage.guidance.language).toBe('en');
  });

  it('should fold a run of manual attachments into one timeline line with its count, newest first', async () => {
    const id = await open(t, 'delivery-delay', 'high');
    for (let i = 0; i < 5; i++) {
      const c = await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        payload: { source: 'email', externalId: `loose-${i}`, text: `Zamówienie ${i} nie dotarło` },
      });
      expect(c.statusCode).toBe(201);
      const res = await t.app.inject({
        method: 'POST',
        url: `/v1/complaints/${c.json().id}/attach`,
        payload: { incidentId: id },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const { timeline } = (await workspace(id)).json();
    expect(timeline.entries).toBe(6);
    expect(timeline.items.map((r: { action: string; count: number }) => [r.action, r.count])).toEqual([
      ['complaint.attached', 5],
      ['incident.opened', 1],
    ]);
  });

  it('should answer 304 to its ETag until something shown changes', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    const first = await workspace(id);
    const etag = first.headers.etag as string;
    expect((await workspace(id, { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await attach(id)).statusCode).toBe(201);
    expect((await workspace(id, { 'if-none-match': etag })).statusCode).toBe(200);
  });

  it('should be read by managers and dashboards, refused to integrations, and 404 for an unknown incident', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    for (const role of ['manager', 'dashboard'] as const) {
      const key = await issueKey(t, role);
      expect((await workspace(id, bearer(key.key))).statusCode, role).toBe(200);
    }
    const integration = await issueKey(t, 'integration');
    expect((await workspace(id, bearer(integration.key))).statusCode).toBe(403);
    const missing = await workspace('0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });
});
