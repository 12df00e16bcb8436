import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

const post = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/v1/complaints', payload });
const batch = (items: unknown[]) =>
  t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });

describe('what a posted complaint matched', () => {
  it('should name the playbook and the keywords and tags it matched on', async () => {
    const res = await post({
      source: 'facebook',
      externalId: 'm-1',
      text: 'Where is my parcel? Still not delivered after a week.',
      tags: ['delivery'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().match).toEqual({
      playbookId: 'delivery-delay',
      reason: expect.stringMatching(/keywords .*"where is my parcel".* and tags "delivery"/),
    });
  });

  it('should say why nothing matched, and still give a first-reply time from the default policy (24 h)', async () => {
    const res = await post({ source: 'chat', externalId: 'm-2', text: 'Do you sell gift cards?' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      incidentId: null,
      match: { playbookId: null, reason: "no playbook's keywords or sources matched" },
      firstReplyDueAt: new Date(clock().getTime() + 24 * 3_600_000).toISOString(),
    });
    const repeat = await post({ source: 'chat', externalId: 'm-2', text: 'Do you sell gift cards?' });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().match).toBeUndefined();
  });

  it('should say so when the integration named the incident, in single posts and batches alike', async () => {
    const incident = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'defective-product', title: 'Cracked jugs', severity: 'low' },
    });
    const id = incident.json().id as string;
    const res = await batch([
      { source: 'email', externalId: 'm-3', text: 'My blender jug cracked.', incidentId: id },
      { source: 'chat', externalId: 'm-4', text: 'Hello, a question about invoices.' },
    ]);
    const [named, none] = res.json().items;
    expect(named).toMatchObject({
      status: 201,
      complaint: {
        match: { playbookId: 'defective-product', reason: `attached to incident ${id}, named in incidentId` },
      },
    });
    expect(none.complaint.match.playbookId).toBeNull();
  });
});

describe('status of a complaint that does not fit the schema', () => {
  it('should be 422 with the same problem on the single route as inside a batch', async () => {
    const bad = { source: 'pigeon', externalId: 's-1', text: 'Hello' };
    const single = await post(bad);
    expect(single.statusCode).toBe(422);
    const inBatch = (await batch([bad])).json().items[0];
    expect(inBatch.status).toBe(422);
    for (const p of [single.json(), inBatch.error]) {
      expect(p).toMatchObject({ type: '/problems/validation-error', status: 422 });
    }
    expect(single.json().errors).toEqual([expect.objectContaining({ field: 'body.source' })]);
    expect(inBatch.error.errors).toEqual([expect.objectContaining({ field: 'body.items[0].source' })]);
    const extra = await post({ source: 'chat', externalId: 's-2', text: 'Hello', id: 'mine' });
    expect(extra.statusCode).toBe(422);
    const stored = await t.app.inject({ url: '/v1/complaints?limit=200' });
    expect(stored.json().items.map((c: { externalId: string }) => c.externalId)).not.toContain('s-2');
  });

  it('should keep malformed JSON a 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      headers: { 'content-type': 'application/json' },
      payload: '{"source":',
    });
    expect(res.statusCode).toBe(400);
  });
});
