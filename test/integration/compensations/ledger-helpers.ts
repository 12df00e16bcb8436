import { expect } from 'vitest';
import { bearer, type TestKey } from '../../helpers/keys.ts';
import type { TestApp } from '../../helpers/test-app.ts';

export { openIncident, outboxOf } from '../statements/statement-helpers.ts';

/** An offer body: a voucher of `value` (a decimal string). */
export const offerBody = (value: string, extra: Record<string, unknown> = {}) => ({
  kind: 'voucher',
  value,
  description: 'Voucher for the next order.',
  ...extra,
});

/** Offers with `key` (the admin key when absent). */
export function offer(t: TestApp, incidentId: string, body: Record<string, unknown>, key?: TestKey) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${incidentId}/compensations`,
    payload: body,
    ...(key ? { headers: bearer(key.key) } : {}),
  });
}

export function move(t: TestApp, compensationId: string, body: Record<string, unknown>, key?: TestKey) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/compensations/${compensationId}/status`,
    payload: body,
    ...(key ? { headers: bearer(key.key) } : {}),
  });
}

export async function ledgerOf(t: TestApp, incidentId: string, key?: TestKey) {
  const res = await t.app.inject({
    url: `/v1/incidents/${incidentId}/compensations`,
    ...(key ? { headers: bearer(key.key) } : {}),
  });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    items: { id: string; status: string; value: string; history: unknown[] }[];
    totals: { offered: string; accepted: string; fulfilled: string; currency: string };
  };
}

/** Stored values of an incident's ledger, summed by the database in minor units (not through the API). */
export async function storedTotal(t: TestApp, incidentId: string): Promise<number> {
  const { sql } = await import('kysely');
  const { rows } = await sql<{ total: string }>`
    select coalesce(sum(value_minor), 0) as total from compensations
    where incident_id = ${incidentId} and status not in ('declined', 'cancelled')`.execute(t.database.db);
  return Number(rows[0]!.total);
}
