import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/domain/audit/audit-chain.ts';
import { planDeadlineBreach, SCHEDULER_ACTOR } from '../../../src/domain/deadlines/deadline-plans.ts';
import {
  type IncidentHeadState,
  openIncident,
  planOpening,
  planRecord,
  planStep,
} from '../../../src/domain/incidents/index.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';
import { later, step, stepOk, T0, walk } from './incident.helpers.ts';

const playbook = makePlaybook();
const actor = { name: 'Ola', keyId: null, keyName: null };

function opened() {
  const o = openIncident(playbook, { severity: 'medium', now: T0 });
  const change = planOpening(
    {
      id: '00000000-0000-4000-8000-000000000001',
      playbookId: playbook.id,
      playbookVersion: 'v1',
      title: 'Late parcels',
      summary: null,
      severity: 'medium',
      opened: o,
      reminderAt: 0.8,
    },
    actor,
    T0,
  );
  const head: IncidentHeadState = {
    id: change.incidentId,
    version: 1,
    auditSeq: 1,
    auditHeadHash: change.audit[0]!.hash,
    state: o.view.state,
    severity: 'medium',
    deadlineDueAt: new Date(o.view.deadline!.dueAt!),
    breached: false,
    tags: [],
  };
  return { o, change, head };
}

describe('incident change plans', () => {
  it('should open with the row, the first deadline, one chained entry and incident.opened', () => {
    const { change } = opened();
    expect(change.expect.kind).toBe('new');
    expect(change.deadlines).toHaveLength(1);
    expect(change.events.map((e) => e.event)).toEqual(['incident.opened']);
    expect(verifyAuditChain(change.audit, { seq: 1, hash: change.audit[0]!.hash }).valid).toBe(true);
  });

  it('should plan a severity rise as transitioned and escalated, guarded on the version read, a new due time clearing the flag', () => {
    const { o, head } = opened();
    const outcome = step(playbook, o.snapshot, 'set_severity', {
      now: later(T0, 1000),
      evidence: { severity: 'critical', reason: 'volume' },
    });
    if (!outcome.ok) throw new Error('refused');
    const change = planStep(
      { ...head, breached: true },
      { event: 'set_severity', ...outcome, deadlineBefore: o.view.deadline, reminderAt: 0.8 },
      actor,
      later(T0, 1000),
      'version',
    );
    expect(change.expect).toEqual({ kind: 'version', version: 1, auditSeq: 1 });
    expect(change.events.map((e) => e.event)).toEqual(['incident.transitioned', 'incident.escalated']);
    expect(change.breached).toBe(false);
    expect(change.audit[0]!.prevHash).toBe(head.auditHeadHash);
  });

  it('should keep the breach flag on a rise the breach caused', () => {
    const { o, head } = opened();
    const outcome = step(playbook, o.snapshot, 'set_severity', {
      evidence: { severity: 'high', reason: 'late' },
    });
    if (!outcome.ok) throw new Error('refused');
    const step_ = { event: 'set_severity', ...outcome, deadlineBefore: o.view.deadline, reminderAt: 0.8 };
    expect(planStep(head, { ...step_, causedByBreach: true }, actor, T0, 'held').breached).toBe(true);
  });

  it('should record without moving the version, and tag a breach once', () => {
    const { head } = opened();
    const record = planRecord(head, { action: 'complaint.redacted', data: {}, actor, at: T0 });
    expect(record).toMatchObject({ bumpVersion: false, expect: { kind: 'held' } });
    expect(record.audit[0]!.seq).toBe(2);
    const due = {
      deadlineId: 'd',
      stage: 'apologise',
      dueAt: later(T0, 1),
      incident: { ...head, tags: ['on-call'] },
    };
    expect(planDeadlineBreach(due, 'on-call', T0).tags).toEqual(['on-call']);
    expect(planDeadlineBreach(due, 'legal', T0).tags).toEqual(['on-call', 'legal']);
    expect(planDeadlineBreach(due, null, T0).audit[0]!.actor).toBe(SCHEDULER_ACTOR.name);
  });

  it('should add feedback.digest with the topics read for it when the step enters improve, and refuse to plan one without', () => {
    const { head } = opened();
    const before = walk(playbook, ['apologise', 'admit']);
    const outcome = stepOk(playbook, before, 'counteract');
    expect(outcome.view.state).toBe('improve');
    const feedback = {
      total: 2,
      topics: [{ topic: 'refund', count: 1, channels: { x: 1 }, sample: ['c1'] }],
    };
    const accepted = { event: 'counteract', ...outcome, deadlineBefore: null, reminderAt: 0.8 };
    const row = { ...head, state: 'counteract' };
    const change = planStep(row, { ...accepted, feedback }, actor, T0, 'held');
    const digest = change.events.find((e) => e.event === 'feedback.digest');
    expect(digest?.payload).toEqual({
      type: 'feedback.digest',
      timestamp: T0.toISOString(),
      data: { incidentId: head.id, occasion: 'improve', ...feedback },
    });
    expect(() => planStep(row, accepted, actor, T0, 'held')).toThrow(/feedback.digest/);
  });
});
