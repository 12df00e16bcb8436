import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { LEGAL_PROOF } from '../../fixtures/evidence.fixture.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let delivery: Playbook;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  delivery = (await shippedPlaybooks()).find((p) => p.playbook.id === 'delivery-delay')!.playbook;
});
afterAll(async () => {
  await t.close();
});

async function openIncident(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title: 'Parcels stuck in the depot', severity: 'medium' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

let n = 0;
async function complaint(incidentId?: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source: 'facebook',
      externalId: `pf-${++n}`,
      text: `Where is my parcel ${n}?`,
      ...(incidentId ? { incidentId } : {}),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const reply = (id: string, visibility: 'public' | 'private', text: string) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${id}/replies`,
    payload: { channel: visibility === 'public' ? 'facebook' : 'messenger', visibility, text },
  });
const movePrivate = (id: string, channel = 'dm') =>
  t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${id}/move-private`,
    payload: { channel, note: 'The address needs checking: asked for it in a direct message.' },
  });
const send = (id: string, event: string, evidence?: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${id}/transitions`,
    payload: { event, ...(evidence ? { evidence } : {}) },
  });

describe('public first, then private', () => {
  it('should refuse a private reply and a move before any public reply, with 409 problems', async () => {
    const c = await complaint();
    for (const res of [
      await reply(c, 'private', 'Please send us your order number.'),
      await movePrivate(c),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().type).toContain('/problems/public-reply-first');
      expect(res.json().detail).toContain('answer it publicly first');
    }
    const stored = (await t.app.inject({ url: `/v1/complaints?answered=false&limit=200` })).json().items;
    expect(stored.find((x: { id: string }) => x.id === c)).toMatchObject({
      answered: false,
      privateChannel: null,
    });
  });

  it('should take a private reply and a move after a public one, recorded on the complaint and the incident chain', async () => {
    const incidentId = await openIncident();
    const c = await complaint(incidentId);
    expect(
      (await reply(c, 'public', 'We are sorry, we are checking your parcel right now.')).statusCode,
    ).toBe(201);
    expect((await reply(c, 'private', 'Could you send us the order number here?')).statusCode).toBe(201);
    clock.advance(60_000);
    const moved = await movePrivate(c, 'email');
    expect(moved.statusCode).toBe(200);
    expect(moved.json().privateChannel).toEqual({ channel: 'email', at: clock().toISOString() });
    const again = await movePrivate(c, 'email');
    expect(again.json()).toEqual(moved.json());
    const audit = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit?limit=100` })).json().items;
    const records = audit.filter((e: { action: string }) => e.action === 'complaint.moved_private');
    expect(records).toHaveLength(1);
    expect(records[0].data).toMatchObject({ complaintId: c, channel: 'email' });
    expect((await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json().valid).toBe(true);
  });

  it('should store each of ten replies posted at once to one complaint exactly once', async () => {
    const c = await complaint();
    expect((await reply(c, 'public', 'We are sorry, we are on it.')).statusCode).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        reply(c, 'private', `Private note number ${i} about your parcel.`),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(10);
  });
});

async function toMonitoring(id: string) {
  for (const stage of STAGES) {
    clock.advance(60_000);
    const res = await send(id, stage, validEvidence(delivery, stage));
    expect(res.statusCode, `${stage}: ${res.body}`).toBe(200);
  }
}

describe('close and legal under the v1.1 rules', () => {
  it('should refuse close while an attached complaint has no public reply, naming it, and allow it with a reason', async () => {
    const id = await openIncident();
    const unanswered = await complaint(id);
    const answered = await complaint(id);
    expect((await reply(answered, 'public', 'We are sorry, your parcel leaves today.')).statusCode).toBe(201);
    await toMonitoring(id);
    const refused = await send(id, 'close');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ count: 1, complaintIds: [unanswered] });
    expect(refused.json().type).toContain('/problems/unanswered-complaints');
    const reason = 'The customer deleted the comment; we answered by phone.';
    const closed = await send(id, 'close', { unansweredReason: reason, carryOver: true });
    expect(closed.statusCode, closed.body).toBe(200);
    const audit = (await t.app.inject({ url: `/v1/incidents/${id}/audit?limit=100` })).json().items;
    expect(audit.at(-1)).toMatchObject({
      action: 'incident.close',
      data: { evidence: { unansweredReason: reason } },
    });
  });

  it('should escalate to legal only with the customer’s fault and its proof', async () => {
    const id = await openIncident();
    const without = await send(id, 'escalate_legal', { reason: 'A customer threatens to sue.' });
    expect(without.statusCode).toBe(422);
    expect(without.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.customerAtFault', rule: 'required' }),
    ]);
    const noProof = await send(id, 'escalate_legal', {
      reason: 'A customer threatens to sue.',
      customerAtFault: { summary: 'Forged receipts', evidence: [] },
    });
    expect(noProof.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.customerAtFault.evidence' }),
    ]);
    const ok = await send(id, 'escalate_legal', {
      reason: 'A customer threatens to sue.',
      customerAtFault: LEGAL_PROOF,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().state).toBe('legal');
  });
});
