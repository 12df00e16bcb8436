import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, nextAuditEntry, verifyAuditChain } from '../../../src/domain/audit/audit-chain.ts';
import { SCHEDULER_ACTOR } from '../../../src/domain/deadlines/deadline-plans.ts';
import {
  firstReplyBreachEvents,
  planFirstReplyBreaches,
} from '../../../src/domain/deadlines/first-reply-plans.ts';

const at = new Date('2026-03-02T11:00:00.000Z');
const opened = nextAuditEntry(
  { incidentId: 'i-1', seq: 0, hash: GENESIS_HASH },
  { at, actor: SCHEDULER_ACTOR, action: 'incident.opened', fromState: null, toState: 'apologise', data: {} },
);
const incident = {
  id: 'i-1',
  version: 1,
  auditSeq: 1,
  auditHeadHash: opened.hash,
  state: 'apologise',
  severity: 'medium',
  deadlineDueAt: null,
  breached: false,
  tags: [],
};
const complaint = (id: string) => ({ id, incidentId: 'i-1', dueAt: new Date('2026-03-02T10:00:00.000Z') });

describe('planFirstReplyBreaches', () => {
  it('should chain one audit entry per complaint onto the incident head, so the chain still verifies', () => {
    const change = planFirstReplyBreaches(incident, [complaint('c-1'), complaint('c-2')], at);
    expect(change.audit.map((e) => [e.seq, e.action, e.data.complaintId])).toEqual([
      [2, 'complaint.first_reply_breached', 'c-1'],
      [3, 'complaint.first_reply_breached', 'c-2'],
    ]);
    const last = change.audit.at(-1)!;
    expect(verifyAuditChain([opened, ...change.audit], { seq: last.seq, hash: last.hash })).toEqual({
      valid: true,
      entries: 3,
    });
    expect(change.bumpVersion).toBe(false);
    expect(change.events.map((e) => e.event)).toEqual([
      'deadline.breached',
      'complaint.first_reply_breached',
      'deadline.breached',
      'complaint.first_reply_breached',
    ]);
  });

  it('should keep the v1 deadline.breached event of kind first_reply next to the new one', () => {
    const [v1, v11] = firstReplyBreachEvents({ id: 'c-9', incidentId: null, dueAt: null }, at);
    expect(v1!.payload).toMatchObject({
      type: 'deadline.breached',
      data: { kind: 'first_reply', complaintId: 'c-9' },
    });
    expect(v11!.payload).toMatchObject({
      type: 'complaint.first_reply_breached',
      data: { complaintId: 'c-9' },
    });
  });
});
