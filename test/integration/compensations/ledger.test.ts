import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPENSATION_MOVES } from '../../../src/domain/compensations/compensation.moves.ts';
import {
  COMPENSATION_STATUSES,
  type CompensationStatus,
} from '../../../src/domain/compensations/compensation.types.ts';
import { bearer, issueKey, type TestKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { ledgerOf, move, offer, offerBody, openIncident, outboxOf, storedTotal } from './ledger-helpers.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let author: TestKey;
let approver: TestKey;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  author = await issueKey(t, 'manager', 'Anna (care)');
  approver = await issueKey(t, 'admin', 'Marek (head of care)');
});
afterAll(async () => {
  await t.close();
});

// delivery-delay at medium severity: ceiling 40, approval above 30, budget 1500 (PLN).
describe('POST /v1/incidents/{id}/compensations', () => {
  it('should offer an item within the limits at once, audited, announced and listed with exact totals', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const res = await offer(t, incidentId, offerBody('19.99', { recipient: '@kasia_k' }), author);
    expect(res.statusCode).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({
      incidentId,
      complaintId: null,
      recipient: '@kasia_k',
      kind: 'voucher',
      value: '19.99',
      currency: 'PLN',
      status: 'offered',
      createdAt: clock().toISOString(),
      history: [{ status: 'offered', by: { actor: 'Anna (care)', keyId: author.id }, note: null }],
    });
    clock.advance(1000);
    expect((await offer(t, incidentId, offerBody('0.01'), author)).statusCode).toBe(201);

    const ledger = await ledgerOf(t, incidentId);
    expect(ledger.items.map((i) => i.value)).toEqual(['19.99', '0.01']);
    // 19.99 + 0.01 is exactly 20.00: no float anywhere on the way.
    expect(ledger.totals).toEqual({ offered: '20.00', accepted: '0.00', fulfilled: '0.00', currency: 'PLN' });
    expect(await storedTotal(t, incidentId)).toBe(2000);

    const events = await outboxOf(t, incidentId, 'compensation.changed');
    expect(events).toMatchObject([
      { compensationId: item.id, status: 'offered', previousStatus: null, value: '19.99', currency: 'PLN' },
      { status: 'offered', value: '0.01' },
    ]);
    const audit = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit` })).json().items;
    const created = audit.filter((e: { action: string }) => e.action === 'compensation.created');
    expect(created).toHaveLength(2);
    expect(created[0]).toMatchObject({ keyId: author.id, data: { compensationId: item.id, value: '19.99' } });
    const verdict = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json();
    expect(verdict.valid).toBe(true);
  });

  it('should refuse an item above the ceiling at the incident’s severity with rule ceiling, and take one at it', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const res = await offer(t, incidentId, offerBody('40.01'), author);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: '/problems/compensation-refused',
      errors: [{ field: 'value', rule: 'ceiling' }],
    });
    expect(res.json().detail).toContain('40.00 PLN');
    // The same value passes where the severity allows more (critical: 150).
    const critical = await openIncident(t, 'delivery-delay', 'critical');
    expect((await offer(t, critical, offerBody('40.01'), author)).statusCode).toBe(201);
    expect((await offer(t, incidentId, offerBody('30.00'), author)).json().status).toBe('offered');
    expect(await storedTotal(t, incidentId)).toBe(3000);
  });

  it('should answer the refusal in Polish when asked', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${incidentId}/compensations`,
      payload: offerBody('41'),
      headers: { ...bearer(author.key), 'accept-language': 'pl' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-language']).toBe('pl');
    expect(res.json().errors[0].message).toContain('najwyżej 40.00 PLN');
  });

  it('should refuse another currency, too many decimals and a complaint of another incident', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const eur = await offer(t, incidentId, offerBody('10.00', { currency: 'EUR' }), author);
    expect(eur.statusCode).toBe(422);
    expect(eur.json().errors).toMatchObject([{ field: 'currency', rule: 'currency' }]);
    const digits = await offer(t, incidentId, offerBody('10.001'), author);
    expect(digits.statusCode).toBe(422);
    expect(digits.json().errors).toMatchObject([{ field: 'value', rule: 'value' }]);
    const float = await offer(t, incidentId, { ...offerBody('1'), value: 10.5 }, author);
    expect(float.statusCode).toBe(400);
    const foreign = await offer(
      t,
      incidentId,
      offerBody('10.00', { complaintId: '0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10' }),
      author,
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors).toMatchObject([{ field: 'complaintId', rule: 'exists' }]);
    expect((await ledgerOf(t, incidentId)).items).toEqual([]);
  });

  it('should refuse the item that would take the total above the budget, counting neither declined nor cancelled items', async () => {
    // social-media-backlash at low severity: ceiling 20, budget 300.
    const incidentId = await openIncident(t, 'social-media-backlash', 'low');
    const ids: string[] = [];
    for (let i = 0; i < 14; i++) ids.push((await offer(t, incidentId, offerBody('20'), author)).json().id);
    expect((await offer(t, incidentId, offerBody('19.99'), author)).statusCode).toBe(201);
    const over = await offer(t, incidentId, offerBody('0.02'), author);
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ errors: [{ field: 'value', rule: 'budget' }] });
    expect(over.json().detail).toContain('0.01 PLN of it is left');
    expect((await offer(t, incidentId, offerBody('0.01'), author)).statusCode).toBe(201);
    expect(await storedTotal(t, incidentId)).toBe(30_000);

    expect((await move(t, ids[0]!, { status: 'declined' }, approver)).statusCode).toBe(200);
    expect((await move(t, ids[1]!, { status: 'cancelled' }, approver)).statusCode).toBe(200);
    expect((await offer(t, incidentId, offerBody('20'), author)).statusCode).toBe(201);
    expect((await offer(t, incidentId, offerBody('20'), author)).statusCode).toBe(201);
    expect((await offer(t, incidentId, offerBody('0.01'), author)).json().errors[0].rule).toBe('budget');
  });
});

describe('compensation.changed for webhook subscribers', () => {
  it('should queue a delivery to each subscription of the event for every create and move', async () => {
    const hook = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: 'http://127.0.0.1:9/ledger', events: ['compensation.changed'] },
    });
    expect(hook.statusCode).toBe(201);
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const item = (await offer(t, incidentId, offerBody('10'), author)).json();
    expect((await move(t, item.id, { status: 'accepted' }, approver)).statusCode).toBe(200);
    const { sql } = await import('kysely');
    const { rows } = await sql<{ event: string }>`
      select d.event from webhook_deliveries d join outbox o on o.id = d.outbox_id
      where d.webhook_id = ${hook.json().id} and o.incident_id = ${incidentId}`.execute(t.database.db);
    expect(rows.map((r) => r.event)).toEqual(['compensation.changed', 'compensation.changed']);
    const del = await t.app.inject({ method: 'DELETE', url: `/v1/webhooks/${hook.json().id}` });
    expect(del.statusCode).toBeLessThan(300);
  });
});

describe('approval of a compensation above the threshold', () => {
  it('should wait for another key, refuse the author’s own key with 403 self-approval, and list it in next', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const item = (await offer(t, incidentId, offerBody('30.01'), author)).json();
    expect(item.status).toBe('pending_approval');

    const next = (await t.app.inject({ url: `/v1/incidents/${incidentId}/next` })).json();
    expect(next.tasks).toContainEqual(
      expect.objectContaining({ kind: 'approve_compensation', id: item.id, overdue: false }),
    );
    expect(await outboxOf(t, incidentId, 'compensation.changed')).toMatchObject([
      { compensationId: item.id, status: 'pending_approval' },
    ]);

    const self = await move(t, item.id, { status: 'offered' }, author);
    expect(self.statusCode).toBe(403);
    expect(self.json().type).toBe('/problems/self-approval');
    const dashboard = await issueKey(t, 'dashboard');
    expect((await move(t, item.id, { status: 'offered' }, dashboard)).statusCode).toBe(403);
    const integration = await issueKey(t, 'integration');
    expect((await move(t, item.id, { status: 'offered' }, integration)).statusCode).toBe(403);
    expect((await offer(t, incidentId, offerBody('1'), integration)).statusCode).toBe(403);
    expect((await ledgerOf(t, incidentId, dashboard)).items[0]!.status).toBe('pending_approval');

    clock.advance(60_000);
    const approved = await move(t, item.id, { status: 'offered', note: 'Fine: a week late.' }, approver);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'offered',
      history: [
        { status: 'pending_approval', by: { keyId: author.id } },
        {
          status: 'offered',
          by: { keyId: approver.id },
          note: 'Fine: a week late.',
          at: clock().toISOString(),
        },
      ],
    });
    const after = (await t.app.inject({ url: `/v1/incidents/${incidentId}/next` })).json();
    expect(after.tasks.some((task: { kind: string }) => task.kind === 'approve_compensation')).toBe(false);
    // A second approval finds it approved.
    expect((await move(t, item.id, { status: 'offered' }, approver)).statusCode).toBe(409);
  });

  it('should let the author cancel a pending item', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const item = (await offer(t, incidentId, offerBody('35'), author)).json();
    expect(
      (await move(t, item.id, { status: 'cancelled', note: 'Wrong order.' }, author)).json().status,
    ).toBe('cancelled');
  });
});

describe('POST /v1/compensations/{id}/status', () => {
  // defective-product at critical severity: ceiling 3000, approval above 1000, budget 150000.
  const PATHS: Record<CompensationStatus, CompensationStatus[]> = {
    pending_approval: [],
    offered: [],
    accepted: ['accepted'],
    declined: ['declined'],
    fulfilled: ['accepted', 'fulfilled'],
    cancelled: ['cancelled'],
  };

  /** A fresh item brought to `status` by the approver's key. */
  async function itemIn(incidentId: string, status: CompensationStatus): Promise<string> {
    const value = status === 'pending_approval' ? '1500.00' : '10.00';
    const created = (await offer(t, incidentId, offerBody(value), author)).json();
    for (const step of PATHS[status]) {
      expect((await move(t, created.id, { status: step }, approver)).statusCode).toBe(200);
    }
    return created.id;
  }

  it('should accept exactly the moves of the table and answer 409 to every other, from every status', async () => {
    const incidentId = await openIncident(t, 'defective-product', 'critical');
    let moves = 0;
    for (const from of COMPENSATION_STATUSES) {
      for (const to of COMPENSATION_STATUSES) {
        const id = await itemIn(incidentId, from);
        const res = await move(t, id, { status: to, note: `${from} → ${to}`, reference: 'REF-1' }, approver);
        const where = `${from} → ${to}: ${res.body.slice(0, 200)}`;
        if (COMPENSATION_MOVES[from].includes(to)) {
          moves++;
          expect(res.statusCode, where).toBe(200);
          expect(res.json().status).toBe(to);
          expect(res.json().history.at(-1)).toMatchObject({
            status: to,
            note: `${from} → ${to}`,
            reference: 'REF-1',
          });
        } else {
          expect(res.statusCode, where).toBe(409);
          expect(res.json()).toMatchObject({
            type: '/problems/compensation-move-not-allowed',
            compensationStatus: from,
            allowedStatuses: COMPENSATION_MOVES[from],
          });
        }
      }
    }
    expect(moves).toBe(6);
    const audit = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit?limit=200` })).json();
    const moved = audit.items.filter((e: { action: string }) => e.action === 'compensation.status_changed');
    // Each accepted move and each move on the way to a starting status, nothing for a refused one.
    const onTheWay =
      COMPENSATION_STATUSES.reduce((n, s) => n + PATHS[s].length, 0) * COMPENSATION_STATUSES.length;
    expect(moved.length).toBe(onTheWay + moves);
    const events = await outboxOf(t, incidentId, 'compensation.changed');
    expect(events.length).toBe(COMPENSATION_STATUSES.length ** 2 + onTheWay + moves);
    expect((await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json().valid).toBe(true);
  });

  it('should sum what stands offered, accepted and fulfilled', async () => {
    const incidentId = await openIncident(t, 'defective-product', 'critical');
    await itemIn(incidentId, 'offered');
    await itemIn(incidentId, 'accepted');
    await itemIn(incidentId, 'fulfilled');
    await itemIn(incidentId, 'fulfilled');
    await itemIn(incidentId, 'declined');
    await itemIn(incidentId, 'pending_approval');
    expect((await ledgerOf(t, incidentId)).totals).toEqual({
      offered: '10.00',
      accepted: '10.00',
      fulfilled: '20.00',
      currency: 'PLN',
    });
  });

  it('should answer 404 for an unknown item and incident', async () => {
    const unknown = '0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10';
    expect((await move(t, unknown, { status: 'accepted' })).statusCode).toBe(404);
    expect((await offer(t, unknown, offerBody('1'))).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/v1/incidents/${unknown}/compensations` })).statusCode).toBe(404);
  });
});
