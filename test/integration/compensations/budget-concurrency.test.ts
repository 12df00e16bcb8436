import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, buildTestApp, type TestApp } from '../../helpers/test-app.ts';
import { ledgerOf, offerBody, openIncident, outboxOf, storedTotal } from './ledger-helpers.ts';

let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await buildTestApp();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

/** One offer over a real socket, so the 20 requests are in flight together. */
async function post(incidentId: string, value: string) {
  const res = await fetch(`${base}/v1/incidents/${incidentId}/compensations`, {
    method: 'POST',
    headers: { ...adminAuth, 'content-type': 'application/json' },
    body: JSON.stringify(offerBody(value)),
  });
  return { status: res.status, body: (await res.json()) as { errors?: { rule: string }[] } };
}

describe('the budget under concurrent offers', () => {
  it('should accept exactly the offers that fit when 20 arrive at once, refuse the rest with rule budget, and never store more', async () => {
    // social-media-backlash at low severity: ceiling 20, budget 300: 15 items of 20.00 fit, 20 do not.
    const incidentId = await openIncident(t, 'social-media-backlash', 'low');
    const results = await Promise.all(Array.from({ length: 20 }, () => post(incidentId, '20.00')));

    const accepted = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 422);
    expect(accepted).toHaveLength(15);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.body.errors?.map((e) => e.rule)).toEqual(['budget']);
    expect(await storedTotal(t, incidentId)).toBe(30_000);
    expect((await ledgerOf(t, incidentId)).totals.offered).toBe('300.00');
    expect(await outboxOf(t, incidentId, 'compensation.changed')).toHaveLength(15);
    // Every offer took its turn on the chain: it stays linear and valid.
    const verdict = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json();
    expect(verdict.valid).toBe(true);
  });

  it('should keep the total within the budget for offers of different values racing each other', async () => {
    const incidentId = await openIncident(t, 'social-media-backlash', 'low');
    // 20 values from 11.00 to 19.96, all under the ceiling of 20, together 302.30: more than the budget.
    const values = Array.from(
      { length: 20 },
      (_, i) => `${11 + (i % 9)}.${String((i * 37) % 100).padStart(2, '0')}`,
    );
    const results = await Promise.all(values.map((v) => post(incidentId, v)));
    const total = await storedTotal(t, incidentId);
    expect(total).toBeLessThanOrEqual(30_000);
    const minor = (v: string) => Math.round(Number(v) * 100);
    const acceptedSum = values.filter((_, i) => results[i]!.status === 201).reduce((n, v) => n + minor(v), 0);
    expect(acceptedSum).toBe(total);
    // Each refused offer really did not fit at its turn: it would have crossed the budget even at the end.
    const refused = values.filter((_, i) => results[i]!.status === 422);
    expect(refused.length).toBeGreaterThan(0);
    for (const i of results.keys()) {
      if (results[i]!.status === 422) expect(results[i]!.body.errors?.map((e) => e.rule)).toEqual(['budget']);
    }
    const smallestRefused = Math.min(...refused.map(minor));
    expect(total + smallestRefused).toBeGreaterThan(30_000);
  });
});
