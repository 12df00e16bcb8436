import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey, type TestKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { apologyBody, decide, draft, openIncident, outboxOf, step } from './statement-helpers.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let writer: TestKey;
let approver: TestKey;
let otherManager: TestKey;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  writer = await issueKey(t, 'manager', 'Anna (PR)');
  approver = await issueKey(t, 'admin', 'Marek (head of care)');
  otherManager = await issueKey(t, 'manager', 'Ola (care)');
});
afterAll(async () => {
  await t.close();
});

/** A critical incident with an apology drafted by the writer key, pending approval. */
async function pending(playbookId = 'delivery-delay') {
  const incidentId = await openIncident(t, playbookId, 'critical');
  const res = await draft(t, incidentId, apologyBody(), writer);
  expect(res.statusCode).toBe(201);
  return { incidentId, statement: res.json() };
}

describe('statements and approval', () => {
  it('should take a statement from draft through approval to published by the apology', async () => {
    const { incidentId, statement } = await pending();
    expect(statement).toMatchObject({
      incidentId,
      stage: 'apologise',
      status: 'pending_approval',
      language: 'en',
      channels: ['facebook'],
      author: { actor: 'Anna (PR)', keyId: writer.id },
      decisions: [],
      publishedAt: null,
    });
    expect(statement.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);

    clock.advance(60_000);
    const approved = await decide(
      t,
      statement.id,
      { decision: 'approve', note: 'Fine to publish.' },
      approver,
    );
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decisions: [{ by: { keyId: approver.id }, decision: 'approve', note: 'Fine to publish.' }],
    });

    const stepped = await step(t, incidentId, 'apologise', { statementId: statement.id });
    expect(stepped.statusCode).toBe(200);
    expect(stepped.json().state).toBe('admit');

    const list = (await t.app.inject({ url: `/v1/incidents/${incidentId}/statements` })).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: statement.id,
      status: 'published',
      publishedAt: clock().toISOString(),
    });

    expect(await outboxOf(t, incidentId, 'statement.approval_requested')).toMatchObject([
      { statementId: statement.id, stage: 'apologise', reminder: false },
    ]);
    expect(await outboxOf(t, incidentId, 'statement.decided')).toMatchObject([
      { statementId: statement.id, decision: 'approve', status: 'approved', by: { keyId: approver.id } },
    ]);
    const audit = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit` })).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'incident.opened',
      'statement.drafted',
      'statement.decided',
      'incident.apologise',
    ]);
    expect(audit[2]).toMatchObject({
      keyId: approver.id,
      data: { decision: 'approve', note: 'Fine to publish.' },
    });
    expect(audit[3].data.evidence).toMatchObject({ statementId: statement.id, statement: statement.text });
    const verdict = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json();
    expect(verdict).toEqual({ valid: true, entries: 4 });
  });

  it('should reject a statement, and then refuse to publish it', async () => {
    const { incidentId, statement } = await pending();
    const rejected = await decide(t, statement.id, { decision: 'reject', note: 'Too vague' }, approver);
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().status).toBe('rejected');
    const stepped = await step(t, incidentId, 'apologise', { statementId: statement.id });
    expect(stepped.statusCode).toBe(422);
    expect(stepped.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.statementId', rule: 'statement_not_approved' }),
    ]);
  });

  it('should refuse the author’s own key (403 self-approval) and a role the playbook does not name (403)', async () => {
    const { statement } = await pending();
    const self = await decide(t, statement.id, { decision: 'approve' }, writer);
    expect(self.statusCode).toBe(403);
    expect(self.json().type).toBe('/problems/self-approval');

    // payment-or-data-incident lets only admin keys approve at critical.
    const data = await pending('payment-or-data-incident');
    const manager = await decide(t, data.statement.id, { decision: 'approve' }, otherManager);
    expect(manager.statusCode).toBe(403);
    expect(manager.json()).toMatchObject({ type: '/problems/approver-not-allowed', allowedRoles: ['admin'] });
    const list = (await t.app.inject({ url: `/v1/incidents/${data.incidentId}/statements` })).json().items;
    expect(list[0].status).toBe('pending_approval');
  });

  it('should answer 409 for a statement already decided', async () => {
    const { statement } = await pending();
    expect((await decide(t, statement.id, { decision: 'approve' }, approver)).statusCode).toBe(200);
    const again = await decide(t, statement.id, { decision: 'reject', note: 'Too late' }, otherManager);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().type).toBe('/problems/statement-decided');
  });

  it('should let exactly one of two approvers deciding at once decide, the other getting 409', async () => {
    for (let round = 0; round < 3; round++) {
      const { incidentId, statement } = await pending();
      const answers = await Promise.all([
        decide(t, statement.id, { decision: 'approve' }, approver),
        decide(t, statement.id, { decision: 'reject', note: 'Too late' }, otherManager),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const list = (await t.app.inject({ url: `/v1/incidents/${incidentId}/statements` })).json().items;
      expect(list[0].decisions).toHaveLength(1);
      expect(await outboxOf(t, incidentId, 'statement.decided')).toHaveLength(1);
      const verdict = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json();
      expect(verdict).toEqual({ valid: true, entries: 3 });
    }
  });

  it('should list pending approvals as tasks on /next for a dashboard key too', async () => {
    const { incidentId, statement } = await pending();
    const dashboard = await issueKey(t, 'dashboard');
    const res = await t.app.inject({
      url: `/v1/incidents/${incidentId}/next`,
      headers: { authorization: `Bearer ${dashboard.key}` },
    });
    expect(res.statusCode).toBe(200);
    const incident = (await t.app.inject({ url: `/v1/incidents/${incidentId}` })).json();
    expect(res.json().tasks).toEqual([
      {
        kind: 'approve_statement',
        id: statement.id,
        dueAt: incident.deadline.dueAt,
        dueAtLocal: incident.deadline.dueAtLocal,
        overdue: false,
      },
    ]);
    await decide(t, statement.id, { decision: 'approve' }, approver);
    expect((await t.app.inject({ url: `/v1/incidents/${incidentId}/next` })).json().tasks).toEqual([]);
  });
});
