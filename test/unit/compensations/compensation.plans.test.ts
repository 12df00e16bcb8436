import { describe, expect, it } from 'vitest';
import {
  planCompensation,
  planCompensationMove,
} from '../../../src/domain/compensations/compensation.plans.ts';
import type { Compensation } from '../../../src/domain/compensations/compensation.types.ts';
import type { IncidentHeadState } from '../../../src/domain/incidents/incident.change.ts';

const at = new Date('2026-03-02T09:00:00.000Z');
const actor = { name: 'Anna (care)', keyId: 'k1', keyName: 'Anna' };
const row: IncidentHeadState = {
  id: '3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8',
  version: 3,
  auditSeq: 4,
  auditHeadHash: 'a'.repeat(64),
  state: 'compensate',
  severity: 'medium',
  deadlineDueAt: null,
  breached: false,
  tags: [],
};
const item: Compensation = {
  id: '6f1e2d3c-4b5a-4c9d-8e7f-0a1b2c3d4e5f',
  incidentId: row.id,
  complaintId: null,
  recipient: '@kasia_k',
  kind: 'voucher',
  valueMinor: 3001,
  currency: 'PLN',
  description: 'Voucher.',
  status: 'pending_approval',
  createdAt: at.toISOString(),
  history: [
    {
      status: 'pending_approval',
      at: at.toISOString(),
      by: { actor: 'Anna (care)', keyId: 'k1' },
      note: null,
      reference: null,
    },
  ],
};

describe('compensation plans', () => {
  it('should plan an item as one insert, one audit entry on the chain’s head and one compensation.changed', () => {
    const change = planCompensation(row, item, actor, at);
    expect(change).toMatchObject({ incidentId: row.id, expect: { kind: 'held' }, bumpVersion: false });
    const { incidentId: _incidentId, ...stored } = item;
    expect(change.compensations).toEqual([{ op: 'insert', ...stored }]);
    expect(change.audit).toHaveLength(1);
    expect(change.audit[0]).toMatchObject({
      seq: 5,
      prevHash: row.auditHeadHash,
      action: 'compensation.created',
      data: { compensationId: item.id, value: '30.01', currency: 'PLN', status: 'pending_approval' },
    });
    expect(change.events).toMatchObject([
      {
        event: 'compensation.changed',
        payload: { data: { status: 'pending_approval', previousStatus: null, value: '30.01' } },
      },
    ]);
  });

  it('should plan a move guarded on the status it was read in, with its history entry', () => {
    const move = { status: 'offered' as const, note: 'Fine.', reference: null };
    const approver = { name: 'Marek', keyId: 'k2', keyName: 'Marek' };
    const change = planCompensationMove(row, item, move, approver, at);
    expect(change.compensations).toEqual([
      {
        op: 'update',
        id: item.id,
        from: ['pending_approval'],
        status: 'offered',
        entry: {
          status: 'offered',
          at: at.toISOString(),
          by: { actor: 'Marek', keyId: 'k2' },
          note: 'Fine.',
          reference: null,
        },
      },
    ]);
    expect(change.audit[0]).toMatchObject({
      action: 'compensation.status_changed',
      data: { from: 'pending_approval', to: 'offered' },
    });
    expect(change.events[0]!.payload).toMatchObject({
      data: { status: 'offered', previousStatus: 'pending_approval' },
    });
  });
});
