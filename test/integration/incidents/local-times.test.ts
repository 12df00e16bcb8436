import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTime } from '../../../src/domain/deadlines/time-zone.ts';
import type { Playbook, Stage } from '../../../src/domain/playbooks/playbook.schema.ts';
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

async function openAtImprove(): Promise<string> {
  const opened = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title: 'Parcels stuck at the hub', severity: 'medium' },
  });
  const id = opened.json().id as string;
  for (const stage of ['apologise', 'admit', 'counteract'] as Stage[]) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: stage, evidence: validEvidence(delivery, stage) },
    });
    expect(res.statusCode).toBe(200);
  }
  return id;
}

describe('local times in the playbook time zone', () => {
  it('should show the deadline in Warsaw time beside UTC, and name the zone', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'Late parcels', severity: 'high' },
    });
    const incident = res.json();
    expect(incident.timeZone).toBe('Europe/Warsaw');
    expect(incident.deadline.dueAtLocal).toBe(localTime(incident.deadline.dueAt, 'Europe/Warsaw'));
    expect(incident.deadline.dueAtLocal).toMatch(/\+01:00$/);
    const read = (await t.app.inject({ url: `/v1/incidents/${incident.id}` })).json();
    expect(read.deadline.dueAtLocal).toBe(incident.deadline.dueAtLocal);
    await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: {
        source: 'email',
        externalId: `tz-${incident.id}`,
        text: 'Where is my parcel?',
        incidentId: incident.id,
      },
    });
    const next = (await t.app.inject({ url: `/v1/incidents/${incident.id}/next` })).json();
    expect(next.deadline.dueAtLocal).toBe(incident.deadline.dueAtLocal);
    const task = next.tasks.find((x: { kind: string }) => x.kind === 'reply');
    expect(task.dueAtLocal).toBe(localTime(task.dueAt, 'Europe/Warsaw'));
  });

  it('should read a plain due date as the end of that day in Warsaw', async () => {
    const id = await openAtImprove();
    const evidence = validEvidence(delivery, 'improve') as { changes: { dueAt: string }[] };
    evidence.changes[0]!.dueAt = '2027-01-15';
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: 'improve', evidence },
    });
    expect(res.statusCode).toBe(200);
    const audit = (await t.app.inject({ url: `/v1/incidents/${id}/audit` })).json();
    const improved = audit.items.find((e: { action: string }) => e.action === 'incident.improve');
    expect(improved.data.evidence.changes[0].dueAt).toBe('2027-01-15T22:59:59.999Z');
  });

  it('should refuse a due date that is neither a date nor a date-time, saying which forms work', async () => {
    const id = await openAtImprove();
    const evidence = validEvidence(delivery, 'improve') as { changes: { dueAt: string }[] };
    evidence.changes[0]!.dueAt = '15.01.2027';
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: 'improve', evidence },
    });
    expect(res.statusCode).toBe(422);
    const error = res.json().errors.find((e: { field: string }) => e.field === 'evidence.changes[0].dueAt');
    expect(error.message).toContain('2027-01-15');
  });
});
