import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import { shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

export const DAY = 86_400_000;

export async function playbook(id: string): Promise<Playbook> {
  return (await shippedPlaybooks()).find((p) => p.playbook.id === id)!.playbook;
}

export async function openIncident(t: TestApp, playbookId = 'delivery-delay', severity = 'high') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title: 'Commitments test', severity },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export function send(t: TestApp, id: string, event: string, evidence?: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${id}/transitions`,
    payload: { event, ...(evidence ? { evidence } : {}) },
  });
}

/** Walks the five stages; `changes` replaces the improve step's (each becomes a commitment). */
export async function walkToMonitoring(
  t: TestApp,
  id: string,
  pb: Playbook,
  changes?: readonly Record<string, unknown>[],
): Promise<void> {
  for (const stage of STAGES) {
    const evidence = validEvidence(pb, stage);
    const res = await send(
      t,
      id,
      stage,
      stage === 'improve' && changes ? { ...evidence, changes } : evidence,
    );
    expect(res.statusCode, `${stage}: ${res.body}`).toBe(200);
  }
}

export const commitmentsOf = async (t: TestApp, id: string) =>
  (await t.app.inject({ url: `/v1/incidents/${id}/commitments` })).json().items as Record<string, any>[];

export const auditOf = async (t: TestApp, id: string) =>
  (await t.app.inject({ url: `/v1/incidents/${id}/audit?limit=200` })).json().items as Record<string, any>[];

export function setStatus(t: TestApp, id: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/v1/commitments/${id}/status`, payload: body });
}

/** This incident's outbox events of one type, oldest first. */
export async function outboxOf(t: TestApp, incidentId: string, event: string) {
  const rows = await sql<{ payload: { data: Record<string, unknown> } }>`
    select payload from outbox where incident_id = ${incidentId} and event = ${event} order by created_at, id
  `.execute(t.database.db);
  return rows.rows.map((r) => r.payload.data);
}
