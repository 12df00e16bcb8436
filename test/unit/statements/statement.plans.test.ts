import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyAuditChain } from '../../../src/domain/audit/audit-chain.ts';
import type { IncidentHeadState } from '../../../src/domain/incidents/index.ts';
import {
  planApprovalReminders,
  planDecision,
  planDraft,
} from '../../../src/domain/statements/statement.plans.ts';
import type { Statement } from '../../../src/domain/statements/statement.types.ts';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const actor = { name: 'Anna (PR)', keyId: '33333333-3333-4333-8333-333333333333', keyName: 'PR' };
const head: IncidentHeadState = {
  id: '11111111-1111-4111-8111-111111111111',
  version: 1,
  auditSeq: 0,
  auditHeadHash: GENESIS_HASH,
  state: 'apologise',
  severity: 'critical',
  deadlineDueAt: new Date('2026-03-02T10:00:00.000Z'),
  breached: false,
  tags: [],
};
const statement: Statement = {
  id: '22222222-2222-4222-8222-222222222222',
  incidentId: head.id,
  stage: 'apologise',
  text: 'We are sorry.',
  language: 'en',
  channels: ['facebook'],
  status: 'pending_approval',
  author: { actor: actor.name, keyId: actor.keyId },
  createdAt: T0.toISOString(),
  decisions: [],
  publishedAt: null,
  checks: [],
  remindAt: '2026-03-02T09:30:00.000Z',
  remindedAt: null,
};

describe('statement change plans', () => {
  it('should draft under the held lock: the row inserted, audited with its text, approval requested, version kept', () => {
    const change = planDraft(head, statement, actor, T0);
    expect(change).toMatchObject({ expect: { kind: 'held' }, bumpVersion: false, deadlines: [] });
    expect(change.statements).toEqual([
      expect.objectContaining({ op: 'insert', id: statement.id, status: 'pending_approval' }),
    ]);
    expect(change.audit[0]).toMatchObject({ action: 'statement.drafted', data: { text: statement.text } });
    expect(change.events.map((e) => e.event)).toEqual(['statement.approval_requested']);
    expect(planDraft(head, { ...statement, status: 'approved' }, actor, T0).events).toEqual([]);
  });

  it('should decide with an update guarded on pending_approval, the decision appended and the reminder dropped', () => {
    const draft = planDraft(head, statement, actor, T0);
    const next = { ...head, auditSeq: 1, auditHeadHash: draft.audit[0]!.hash };
    const change = planDecision(next, statement, { decision: 'reject', note: 'Too vague' }, actor, T0);
    expect(change.statements).toEqual([
      {
        op: 'update',
        id: statement.id,
        from: ['pending_approval'],
        set: { status: 'rejected', remindAt: null },
        decision: {
          by: { actor: actor.name, keyId: actor.keyId },
          decision: 'reject',
          note: 'Too vague',
          at: T0.toISOString(),
        },
      },
    ]);
    expect(change.events[0]).toMatchObject({
      event: 'statement.decided',
      payload: { data: { decision: 'reject' } },
    });
    const chain = [...draft.audit, ...change.audit];
    expect(verifyAuditChain(chain, { seq: 2, hash: chain[1]!.hash })).toEqual({ valid: true, entries: 2 });
  });

  it('should remind every due statement of an incident in one change that leaves the chain alone', () => {
    const change = planApprovalReminders(head.id, [statement, { ...statement, id: head.id }], T0);
    expect(change.audit).toEqual([]);
    expect(change.statements.map((s) => s.op === 'update' && s.set)).toEqual([
      { remindedAt: T0.toISOString() },
      { remindedAt: T0.toISOString() },
    ]);
    expect(change.events.map((e) => e.payload.data)).toEqual([
      expect.objectContaining({ statementId: statement.id, reminder: true }),
      expect.objectContaining({ statementId: head.id, reminder: true }),
    ]);
  });
});
