import { sql } from 'kysely';
import { expect } from 'vitest';
import { apologyText } from '../../fixtures/evidence.fixture.ts';
import { bearer, type TestKey } from '../../helpers/keys.ts';
import type { TestApp } from '../../helpers/test-app.ts';

/** Opens an incident through the API (the admin key). */
export async function openIncident(t: TestApp, playbookId: string, severity: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title: 'Statements test', severity },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

/** A fresh apology that passes every rule, on the channel the tests' incidents need (none complained). */
export const apologyBody = (text = apologyText()) => ({ stage: 'apologise', text, channels: ['facebook'] });

/** Drafts with `key` (the admin key when absent). */
export function draft(t: TestApp, incidentId: string, body: Record<string, unknown>, key?: TestKey) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${incidentId}/statements`,
    payload: body,
    ...(key ? { headers: bearer(key.key) } : {}),
  });
}

export function decide(t: TestApp, statementId: string, body: Record<string, unknown>, key?: TestKey) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/statements/${statementId}/decisions`,
    payload: body,
    ...(key ? { headers: bearer(key.key) } : {}),
  });
}

export function step(t: TestApp, incidentId: string, event: string, evidence: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${incidentId}/transitions`,
    payload: { event, evidence },
  });
}

/** This incident's outbox events of one type, oldest first. */
export async function outboxOf(t: TestApp, incidentId: string, event: string) {
  const rows = await sql<{ payload: { data: Record<string, unknown> } }>`
    select payload from outbox where incident_id = ${incidentId} and event = ${event} order by created_at, id
  `.execute(t.database.db);
  return rows.rows.map((r) => r.payload.data);
}
