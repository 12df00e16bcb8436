import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionText, apologyText } from '../../fixtures/evidence.fixture.ts';
import { issueKey, type TestKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { apologyBody, decide, draft, openIncident, outboxOf, step } from './statement-helpers.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let writer: TestKey;
let approver: TestKey;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  writer = await issueKey(t, 'manager', 'Anna (PR)');
  approver = await issueKey(t, 'admin', 'Marek (head of care)');
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

describe('publishing statements: inline, by id, and checked first', () => {
  it('should refuse an inline statement where approval is required (422 approval_required)', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'critical');
    const res = await step(t, incidentId, 'apologise', { statement: apologyText(), channels: ['facebook'] });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.statement', rule: 'approval_required' }),
    ]);
    const audit = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit` })).json().items;
    expect(audit).toHaveLength(1);
  });

  it('should approve a draft at once where no approval is required, and keep inline statements working', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'high');
    const drafted = await draft(t, incidentId, apologyBody(), writer);
    expect(drafted.statusCode).toBe(201);
    expect(drafted.json().status).toBe('approved');
    expect(await outboxOf(t, incidentId, 'statement.approval_requested')).toEqual([]);
    clock.advance(60_000);
    const inline = await step(t, incidentId, 'apologise', {
      statement: apologyText(),
      channels: ['facebook'],
    });
    expect(inline.statusCode).toBe(200);
    const list = (await t.app.inject({ url: `/v1/incidents/${incidentId}/statements` })).json().items;
    expect(list.map((s: { status: string }) => s.status)).toEqual(['approved', 'published']);
  });

  it('should refuse a draft approved without a second person once the severity needs one', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'high');
    const drafted = (await draft(t, incidentId, apologyBody())).json();
    expect(drafted.status).toBe('approved');
    const raised = await step(t, incidentId, 'set_severity', { severity: 'critical', reason: 'On the news' });
    expect(raised.statusCode).toBe(200);
    const res = await step(t, incidentId, 'apologise', { statementId: drafted.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.statementId', rule: 'approval_required' }),
    ]);
  });

  it('should refuse a statementId of another stage, another incident or not approved (422)', async () => {
    const { incidentId, statement } = await pending();
    const unapproved = await step(t, incidentId, 'apologise', { statementId: statement.id });
    expect(unapproved.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.statementId', rule: 'statement_not_approved' }),
    ]);

    const other = await pending();
    await decide(t, other.statement.id, { decision: 'approve' }, approver);
    const elsewhere = await step(t, incidentId, 'apologise', { statementId: other.statement.id });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors[0]).toMatchObject({ rule: 'statement_unknown' });

    const admission = await draft(t, other.incidentId, { stage: 'admit', text: admissionText() }, writer);
    expect(admission.statusCode).toBe(201);
    await decide(t, admission.json().id, { decision: 'approve' }, approver);
    const wrongStage = await step(t, other.incidentId, 'apologise', { statementId: admission.json().id });
    expect(wrongStage.statusCode).toBe(422);
    expect(wrongStage.json().errors[0]).toMatchObject({ rule: 'statement_stage' });
    const incident = (await t.app.inject({ url: `/v1/incidents/${other.incidentId}` })).json();
    expect(incident.state).toBe('apologise');
  });

  it('should check a text without storing anything, and refuse to draft one that breaks a rule', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'critical');
    const body = {
      stage: 'apologise',
      text: 'THIS IS NOT OUR FAULT, YOU ORDERED TOO LATE!!!',
      channels: ['x'],
    };
    const checked = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${incidentId}/statements/check`,
      payload: body,
    });
    expect(checked.statusCode).toBe(200);
    const { ok, checks } = checked.json();
    expect(ok).toBe(false);
    const failed = new Set(checks.filter((c: { ok: boolean }) => !c.ok).map((c: { rule: string }) => c.rule));
    expect([...failed]).toEqual(expect.arrayContaining(['min_length', 'apology_phrase', 'tone']));
    expect(checks.map((c: { rule: string }) => c.rule)).toEqual(
      expect.arrayContaining(['blame', 'canned', 'channels']),
    );
    const good = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${incidentId}/statements/check`,
      payload: apologyBody(),
    });
    expect(good.json().ok).toBe(true);

    const refused = await draft(t, incidentId, body, writer);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().type).toBe('/problems/statement-refused');
    expect(refused.json().errors.map((e: { rule: string }) => e.rule)).toEqual(
      expect.arrayContaining(['min_length', 'apology_phrase', 'tone']),
    );
    expect((await t.app.inject({ url: `/v1/incidents/${incidentId}/statements` })).json().items).toEqual([]);
    expect((await t.app.inject({ url: `/v1/incidents/${incidentId}/audit` })).json().items).toHaveLength(1);
  });
});
