import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let lost: Playbook;
let incidentId: string;
const ids: Record<string, string> = {};

let n = 0;
async function post(key: string, body: Record<string, unknown>) {
  clock.advance(60_000);
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: { externalId: `fb-${++n}`, source: 'facebook', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  ids[key] = res.json().id;
  return res.json();
}

beforeAll(async () => {
  t = await buildTestApp({ clock });
  lost = (await shippedPlaybooks()).find((p) => p.playbook.id === 'lost-or-damaged-order')!.playbook;
  const opened = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: {
      playbookId: 'lost-or-damaged-order',
      title: 'Parcels smashed by the courier',
      severity: 'medium',
    },
  });
  incidentId = opened.json().id;
  await post('pl', {
    incidentId,
    text: 'Kurierzy rzucali paczkami, pudełko zgniecione, a w środku rozbity wazon. Proszę o zwrot pieniędzy.',
  });
  await post('en', {
    incidentId,
    source: 'email',
    text: 'The courier left my parcel in the rain and the box was crushed.',
  });
  await post('none', {
    incidentId,
    text: 'I am writing about my order from last week, nothing else to say.',
  });
  // No playbook claims it: every playbook's keywords apply.
  await post('loose', { text: 'Your support staff were rude and unhelpful when I called about the app.' });
});
afterAll(async () => {
  await t.close();
});

describe('topics on complaints', () => {
  it("should assign topics at ingest from the incident's playbook, in the complaint's language", async () => {
    const detail = (await t.app.inject({ url: `/v1/complaints/${ids.pl}` })).json();
    expect(detail).toMatchObject({
      language: 'pl',
      topics: ['courier', 'damage', 'delivery', 'packaging', 'refund'],
    });
    const list = (await t.app.inject({ url: `/v1/complaints?incidentId=${incidentId}` })).json().items as {
      id: string;
      topics: string[];
    }[];
    expect(Object.fromEntries(list.map((c) => [c.id, c.topics]))).toEqual({
      [ids.pl!]: ['courier', 'damage', 'delivery', 'packaging', 'refund'],
      [ids.en!]: ['courier', 'delivery', 'packaging'],
      [ids.none!]: [],
    });
  });

  it('should show the topics in the ingest answer, from every playbook for a complaint none claims', async () => {
    const answer = await post('loose-2', {
      text: 'Obsługa była chamska i arogancka, nikt nie odpowiada na maile.',
    });
    expect(answer).toMatchObject({ incidentId: null, match: { playbookId: null }, topics: ['support_tone'] });
    const stored = await sql<{
      topics: string[];
    }>`select topics from complaints where id = ${ids.loose}`.execute(t.database.db);
    expect(stored.rows[0]!.topics).toEqual(['support_tone']);
  });
});

describe('GET /v1/feedback', () => {
  it("should count an incident's complaints by topic and channel, with the newest ids first", async () => {
    const res = await t.app.inject({ url: `/v1/feedback?incidentId=${incidentId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      total: 3,
      topics: [
        { topic: 'courier', count: 2, channels: { email: 1, facebook: 1 }, sample: [ids.en, ids.pl] },
        { topic: 'delivery', count: 2, channels: { email: 1, facebook: 1 }, sample: [ids.en, ids.pl] },
        { topic: 'packaging', count: 2, channels: { email: 1, facebook: 1 }, sample: [ids.en, ids.pl] },
        { topic: 'damage', count: 1, channels: { facebook: 1 }, sample: [ids.pl] },
        { topic: 'refund', count: 1, channels: { facebook: 1 }, sample: [ids.pl] },
      ],
    });
  });

  it('should narrow by receipt time and by playbook', async () => {
    const all = (await t.app.inject({ url: '/v1/feedback' })).json();
    expect(all.total).toBe(5);
    expect(all.topics.find((x: { topic: string }) => x.topic === 'support_tone')).toMatchObject({ count: 2 });
    // The second complaint was received at 09:02; `until` is exclusive.
    const window = (
      await t.app.inject({ url: '/v1/feedback?since=2026-03-02T09:02:00Z&until=2026-03-02T09:03:00Z' })
    ).json();
    expect(window).toMatchObject({ total: 1, topics: [{ topic: 'courier', sample: [ids.en] }, {}, {}] });
    const byPlaybook = (await t.app.inject({ url: '/v1/feedback?playbookId=lost-or-damaged-order' })).json();
    expect(byPlaybook.total).toBe(3);
    const other = (await t.app.inject({ url: '/v1/feedback?playbookId=delivery-delay' })).json();
    expect(other).toEqual({ total: 0, topics: [] });
  });

  it('should refuse a bad query with 400, in Polish when asked', async () => {
    const backwards = await t.app.inject({
      url: '/v1/feedback?since=2026-03-03T00:00:00Z&until=2026-03-02T00:00:00Z',
      headers: { 'accept-language': 'pl' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-language']).toBe('pl');
    expect(backwards.json().errors).toEqual([
      expect.objectContaining({ field: 'querystring.until', message: 'Musi być późniejsze niż since.' }),
    ]);
    expect((await t.app.inject({ url: '/v1/feedback?incidentId=nope' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/v1/feedback?limit=3' })).statusCode).toBe(400);
  });

  it('should let dashboard keys read it and keep integration keys out', async () => {
    const dashboard = await issueKey(t, 'dashboard');
    const integration = await issueKey(t, 'integration');
    expect((await t.app.inject({ url: '/v1/feedback', headers: bearer(dashboard.key) })).statusCode).toBe(
      200,
    );
    expect((await t.app.inject({ url: '/v1/feedback', headers: bearer(integration.key) })).statusCode).toBe(
      403,
    );
  });
});

describe('feedback.digest', () => {
  const send = (event: string, evidence?: Record<string, unknown>) => {
    clock.advance(60_000);
    return t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${incidentId}/transitions`,
      payload: { event, ...(evidence ? { evidence } : {}) },
    });
  };
  const digests = async () =>
    (
      await sql<{ payload: { type: string; data: Record<string, unknown> } }>`
        select payload from outbox where incident_id = ${incidentId} and event = 'feedback.digest' order by created_at`.execute(
        t.database.db,
      )
    ).rows.map((r) => r.payload);

  it("should send the incident's topics through the outbox on entering improve and on closing, only then", async () => {
    for (const stage of ['apologise', 'admit'] as const) {
      const res = await send(stage, validEvidence(lost, stage, { channels: ['facebook', 'email'] }));
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(await digests()).toEqual([]);
    // Counteracting done, the incident enters improve: what to change starts from what customers said.
    const entered = await send('counteract', validEvidence(lost, 'counteract'));
    expect(entered.json().state).toBe('improve');
    const [improve] = await digests();
    const expected = (await t.app.inject({ url: `/v1/feedback?incidentId=${incidentId}` })).json();
    expect(improve).toMatchObject({
      type: 'feedback.digest',
      data: { incidentId, occasion: 'improve', ...expected },
    });
    for (const stage of ['improve', 'compensate'] as const) {
      expect((await send(stage, validEvidence(lost, stage))).statusCode).toBe(200);
    }
    expect(await digests()).toHaveLength(1);
    const closed = await send('close', {
      unansweredReason: 'Answered by phone, see the support tickets',
      carryOver: true,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const all = await digests();
    expect(all.map((d) => d.data.occasion)).toEqual(['improve', 'closed']);
    expect(all[1]!.data).toMatchObject({ total: 3, topics: expected.topics });
  });
});
