import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { auditOf, openIncident, playbook, walkToMonitoring } from '../commitments/commitment-helpers.ts';

// Triage in bulk (v1.2): POST /v1/complaints/attach, and why an unattached complaint waits.

const clock = fakeClock('2026-12-07T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

let n = 0;
/** Complaints no playbook claims: a channel or words the shipped triggers do not watch. */
async function loose(count: number, text = 'Sklep ma brzydką stronę', source = 'other') {
  const items = Array.from({ length: count }, () => ({
    source,
    externalId: `loose-${++n}`,
    text: `${text} ${n}`,
  }));
  const res = await t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((a: { complaint: { id: string } }) => a.complaint.id) as string[];
}

const attach = (payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/complaints/attach',
    payload,
    headers: { 'accept-language': 'pl' },
  });

describe('POST /v1/complaints/attach', () => {
  it('should attach many by id in one request, each audited, counting the repeats and refusing the unknown and the taken on their own', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'high');
    const other = await openIncident(t, 'delivery-delay', 'high');
    const ids = await loose(5);
    const taken = (await loose(1))[0]!;
    expect((await attach({ incidentId: other, complaintIds: [taken] })).json().attached).toBe(1);
    const unknown = '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c';

    const res = await attach({ incidentId, complaintIds: [...ids, ids[0], taken, unknown] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ attached: 5, alreadyAttached: 0 });
    expect(
      body.refused.map((r: { complaintId: string; problem: { status: number } }) => [
        r.complaintId,
        r.problem.status,
      ]),
    ).toEqual([
      [taken, 409],
      [unknown, 404],
    ]);
    expect(body.refused[0].problem.detail).toMatch(/incydent|skarga/i);
    const incident = (await t.app.inject({ url: `/v1/incidents/${incidentId}` })).json();
    expect(incident.complaintCount).toBe(5);
    const audited = (await auditOf(t, incidentId)).filter((e) => e.action === 'complaint.attached');
    expect(audited.map((e) => e.data.complaintId).sort()).toEqual([...ids].sort());
    expect((await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json().valid).toBe(true);
    const list = (
      await t.app.inject({ url: `/v1/incidents/${incidentId}/complaints?answered=false` })
    ).json();
    expect(list.total).toBe(5);
    expect(list.items.every((c: { firstReplyDueAt: string | null }) => c.firstReplyDueAt !== null)).toBe(
      true,
    );

    // Sent again: nothing moves.
    expect((await attach({ incidentId, complaintIds: ids })).json()).toMatchObject({
      attached: 0,
      alreadyAttached: 5,
    });
  });

  it('should attach every unattached complaint a filter matches and say how many it matched', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'high');
    await loose(3, 'Zepsuty czajnik', 'x');
    const res = await attach({ incidentId, filter: { source: 'x', q: 'czajnik' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ attached: 3, alreadyAttached: 0, refused: [], matched: 3 });
    const left = (await t.app.inject({ url: '/v1/complaints?incidentId=none&source=x' })).json();
    expect(left.total).toBe(0);
  });

  it('should never reopen a monitored incident, however many are attached by hand; they count as stragglers', async () => {
    const lost = await playbook('lost-or-damaged-order');
    const incidentId = await openIncident(t, 'lost-or-damaged-order', 'high');
    await walkToMonitoring(t, incidentId, lost);
    const ids = await loose(lost.reopen!.threshold + 2);
    expect((await attach({ incidentId, complaintIds: ids })).json().attached).toBe(ids.length);
    const incident = (await t.app.inject({ url: `/v1/incidents/${incidentId}` })).json();
    expect(incident).toMatchObject({ state: 'monitoring', newSinceMonitoring: ids.length });
  });

  it('should refuse an unknown incident with 422 naming the field, more than 1000 ids, and neither ids nor a filter', async () => {
    const res = await attach({
      incidentId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c',
      complaintIds: await loose(1),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'body.incidentId' });
    const many = Array.from({ length: 1001 }, () => '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c');
    const tooMany = await attach({ incidentId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', complaintIds: many });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0]).toMatchObject({ field: 'body.complaintIds', rule: 'too_big' });
    const both = await attach({ incidentId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c' });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].message).toContain('filtr');
  });
});

describe('why an unattached complaint waits', () => {
  it('should name the closest playbook and what was missing, or the playbook it counts towards', async () => {
    const [unmatched] = await loose(1, 'Gdzie jest moja paczka? Czekam od tygodnia', 'tiktok');
    const counted = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: { source: 'email', externalId: 'counted-1', text: 'You charged twice for one order.' },
    });
    expect(counted.json().incidentId).toBeNull();
    const page = (await t.app.inject({ url: '/v1/complaints?incidentId=none&limit=200' })).json();
    const byId = new Map(page.items.map((c: { id: string }) => [c.id, c]));
    expect((byId.get(unmatched) as { match: unknown }).match).toEqual({
      playbookId: null,
      closest: { playbookId: 'delivery-delay', missing: ['source'] },
    });
    expect((byId.get(counted.json().id) as { match: unknown }).match).toEqual({
      playbookId: 'payment-or-data-incident',
      closest: null,
    });
    expect(page.total).toBe(page.items.length);
  });
});
