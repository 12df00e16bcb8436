import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';
import { localTime } from '../../../src/domain/deadlines/time-zone.ts';
import type { Playbook, Stage } from '../../../src/domain/playbooks/playbook.schema.ts';
import { STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { LEGAL_PROOF } from '../../fixtures/evidence.fixture.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import { expectCleanReplays } from '../../helpers/replay.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let payment: Playbook;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  payment = (await shippedPlaybooks()).find((p) => p.playbook.id === 'payment-or-data-incident')!.playbook;
});
afterAll(async () => {
  await t.close();
});

async function open(playbookId = 'payment-or-data-incident', severity = 'high') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title: 'Card payments failing at checkout', severity, actor: 'Anna (PR)' },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as Record<string, any>;
}

async function send(
  id: string,
  event: string,
  evidence?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${id}/transitions`,
    headers,
    payload: { event, ...(evidence ? { evidence } : {}), actor: 'Anna (PR)' },
  });
}

async function walkFiveStages(id: string, playbook: Playbook) {
  for (const stage of STAGES) {
    clock.advance(60_000);
    const res = await send(id, stage, validEvidence(playbook, stage));
    expect(res.statusCode, `${stage}: ${res.body}`).toBe(200);
  }
}

describe('an incident’s whole life over HTTP', () => {
  it('should open in apologise with the stage deadline, Location and ETag', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'payment-or-data-incident', title: 'Checkout outage', severity: 'high' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(res.headers.location).toBe(`/v1/incidents/${body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(body).toMatchObject({ state: 'apologise', version: 1, severity: 'high', complaintCount: 0 });
    const expectedDue = new Date(
      clock().getTime() + parseIsoDuration(payment.stages.apologise.deadlines.high),
    );
    expect(body.deadline).toEqual({
      stage: 'apologise',
      dueAt: expectedDue.toISOString(),
      dueAtLocal: localTime(expectedDue, 'Europe/Warsaw'),
      breached: false,
      paused: false,
    });
    expect(body.allowedEvents).toEqual(
      expect.arrayContaining(['apologise', 'escalate_legal', 'dismiss', 'set_severity']),
    );
  });

  it('should walk the five stages to monitoring, close, verify the chain, meet every deadline and reopen', async () => {
    const incident = await open();
    await walkFiveStages(incident.id, payment);
    const monitoring = (await t.app.inject({ url: `/v1/incidents/${incident.id}` })).json();
    expect(monitoring).toMatchObject({ state: 'monitoring', version: 6, deadline: null });
    expect(monitoring.completedStages).toEqual([...STAGES]);

    // The improve step's changes are open commitments: carried over (test/integration/commitments).
    const closed = await send(incident.id, 'close', { carryOver: true });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'closed', version: 7 });

    const verify = (await t.app.inject({ url: `/v1/incidents/${incident.id}/audit/verify` })).json();
    expect(verify).toEqual({ valid: true, entries: 7 });

    const deadlines = (await t.app.inject({ url: `/v1/incidents/${incident.id}/deadlines` })).json().items;
    expect(deadlines.map((d: { stage: Stage }) => d.stage)).toEqual([...STAGES]);
    expect(
      deadlines.every((d: { status: string; completedAt: string }) => d.status === 'met' && d.completedAt),
    ).toBe(true);

    const reopened = await send(incident.id, 'reopen', { reason: 'New complaints: refunds never arrived' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ state: payment.reopenTo, version: 8 });
    expect(reopened.json().completedStages).not.toContain(payment.reopenTo);
    expect(reopened.json().deadline.stage).toBe(payment.reopenTo);
  });

  it('should record the actor and each step in the audit log, seq 1, 2, 3 without gaps', async () => {
    const incident = await open();
    await send(incident.id, 'apologise', validEvidence(payment, 'apologise'));
    const audit = (await t.app.inject({ url: `/v1/incidents/${incident.id}/audit` })).json();
    expect(audit.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2]);
    expect(audit.items[0]).toMatchObject({
      action: 'incident.opened',
      actor: 'Anna (PR)',
      fromState: null,
      toState: 'apologise',
      prevHash: '',
    });
    expect(audit.items[1]).toMatchObject({
      action: 'incident.apologise',
      fromState: 'apologise',
      toState: 'admit',
    });
    expect(audit.items[1].prevHash).toBe(audit.items[0].hash);
    expect(audit.nextCursor).toBeNull();

    const firstPage = (await t.app.inject({ url: `/v1/incidents/${incident.id}/audit?limit=1` })).json();
    expect(firstPage.items).toHaveLength(1);
    const secondPage = (
      await t.app.inject({ url: `/v1/incidents/${incident.id}/audit?limit=1&cursor=${firstPage.nextCursor}` })
    ).json();
    expect(secondPage.items[0].seq).toBe(2);
  });

  it('should pause the deadline in legal and resume it with the time that was left', async () => {
    const incident = await open();
    const dueAt = new Date(incident.deadline.dueAt).getTime();
    clock.advance(10 * 60_000);
    const paused = await send(incident.id, 'escalate_legal', {
      reason: 'A customer published forged screenshots',
      customerAtFault: LEGAL_PROOF,
    });
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ state: 'legal', legalReturnTo: 'apologise' });
    expect(paused.json().deadline).toMatchObject({
      stage: 'apologise',
      dueAt: null,
      paused: true,
      breached: false,
    });
    const left = dueAt - clock().getTime();

    clock.advance(5 * 3_600_000); // far beyond the original due time: a paused deadline never breaches
    expect((await t.app.inject({ url: `/v1/incidents/${incident.id}` })).json().deadline.breached).toBe(
      false,
    );
    const rows = (await t.app.inject({ url: `/v1/incidents/${incident.id}/deadlines` })).json().items;
    expect(rows[0].status).toBe('paused');

    const resumed = await send(incident.id, 'resume');
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json().state).toBe('apologise');
    expect(new Date(resumed.json().deadline.dueAt).getTime()).toBe(clock().getTime() + left);
  });

  it('should recompute the current deadline on set_severity', async () => {
    const incident = await open('payment-or-data-incident', 'low');
    const res = await send(incident.id, 'set_severity', {
      severity: 'critical',
      reason: 'Card data exposed',
    });
    expect(res.statusCode).toBe(200);
    const expected =
      new Date(incident.openedAt).getTime() + parseIsoDuration(payment.stages.apologise.deadlines.critical);
    expect(res.json()).toMatchObject({ state: 'apologise', severity: 'critical' });
    expect(new Date(res.json().deadline.dueAt).getTime()).toBe(expected);
  });

  it('should dismiss an incident and cancel its deadline', async () => {
    const incident = await open();
    const res = await send(incident.id, 'dismiss', { reason: 'Duplicate of an incident already open' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'dismissed', deadline: null });
    const rows = (await t.app.inject({ url: `/v1/incidents/${incident.id}/deadlines` })).json().items;
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['cancelled']);
  });

  it('should report a deadline passed while pending as breached', async () => {
    const incident = await open();
    clock.advance(parseIsoDuration(payment.stages.apologise.deadlines.high) + 1);
    const res = (await t.app.inject({ url: `/v1/incidents/${incident.id}` })).json();
    expect(res.deadline.breached).toBe(true);
    const breachedList = (await t.app.inject({ url: `/v1/incidents?breached=true&limit=200` })).json().items;
    expect(breachedList.map((i: { id: string }) => i.id)).toContain(incident.id);
    const rows = (await t.app.inject({ url: `/v1/deadlines?status=breached&limit=200` })).json().items;
    expect(rows.find((r: { incidentId: string }) => r.incidentId === incident.id)).toMatchObject({
      status: 'breached',
    });
  });
});

// Last in the file: every incident the walks above left, re-derived from its audit chain alone.
describe('POST /v1/incidents/{id}/replay after the lifecycle', () => {
  it('should re-derive every incident of this file exactly under its own playbook version', async () => {
    expect(await expectCleanReplays(t)).toBeGreaterThan(5);
  });
});
