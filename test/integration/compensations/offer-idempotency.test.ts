import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';
import { ledgerOf, offerBody, openIncident, outboxOf, storedTotal } from './ledger-helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const offerWithKey = (incidentId: string, body: Record<string, unknown>, key: string, auth = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${incidentId}/compensations`,
    headers: { 'idempotency-key': key, ...auth },
    payload: body,
  });

describe('POST /v1/incidents/{id}/compensations with an Idempotency-Key', () => {
  it('should make one offer of a retried request and replay its first answer', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    const first = await offerWithKey(incidentId, offerBody('25.00'), 'offer-retry-1');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retried = await offerWithKey(incidentId, offerBody('25.00'), 'offer-retry-1');
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.json()).toEqual(first.json());

    const ledger = await ledgerOf(t, incidentId);
    expect(ledger.items.map((i) => i.id)).toEqual([first.json().id]);
    expect(await storedTotal(t, incidentId)).toBe(2500);
    expect(await outboxOf(t, incidentId, 'compensation.changed')).toHaveLength(1);
  });

  it('should refuse the same key with another body (422) and keep keys apart per API key', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    expect((await offerWithKey(incidentId, offerBody('10.00'), 'offer-2')).statusCode).toBe(201);
    const changed = await offerWithKey(incidentId, offerBody('12.00'), 'offer-2');
    expect(changed.statusCode).toBe(422);
    expect(changed.json().type).toBe('/problems/idempotency-key-reused');
    // Another key's Idempotency-Key of the same text is its own.
    const manager = await issueKey(t, 'manager', 'second desk');
    const other = await offerWithKey(incidentId, offerBody('10.00'), 'offer-2', bearer(manager.key));
    expect(other.statusCode).toBe(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect((await ledgerOf(t, incidentId)).items).toHaveLength(2);
  });

  it('should still make a new offer for each request without the header', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'medium');
    for (let i = 0; i < 2; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${incidentId}/compensations`,
        payload: offerBody('5.00'),
      });
      expect(res.statusCode).toBe(201);
    }
    expect((await ledgerOf(t, incidentId)).items).toHaveLength(2);
  });
});
