import { type Actor, nextAuditEntry } from '../audit/audit-chain.ts';
import { outboxEvent } from '../events.ts';
import { chainHeadOf, type IncidentChange, type IncidentHeadState } from '../incidents/incident.change.ts';
import type {
  Compensation,
  CompensationHistoryEntry,
  CompensationPerson,
  CompensationStatus,
} from './compensation.types.ts';
import { formatMinor } from './money.ts';

export const compensationPersonOf = (actor: Actor): CompensationPerson => ({
  actor: actor.name,
  keyId: actor.keyId,
});

/** A change of the ledger only: audited on the incident's chain, the version (ETag) stays. */
function ledgerChange(
  row: IncidentHeadState,
  at: Date,
  actor: Actor,
  record: { action: string; data: Record<string, unknown> },
): Pick<
  IncidentChange,
  'incidentId' | 'at' | 'expect' | 'bumpVersion' | 'audit' | 'deadlines' | 'statements'
> {
  const entry = nextAuditEntry(chainHeadOf(row), {
    ...record,
    at,
    actor,
    fromState: row.state,
    toState: row.state,
  });
  return {
    incidentId: row.id,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    audit: [entry],
    deadlines: [],
    statements: [],
  };
}

/** The `compensation.changed` event: the item as it now stands and where it came from. */
function changed(item: Compensation, previous: CompensationStatus | null, by: CompensationPerson, at: Date) {
  return outboxEvent('compensation.changed', at, {
    incidentId: item.incidentId,
    compensationId: item.id,
    complaintId: item.complaintId,
    kind: item.kind,
    value: formatMinor(item.valueMinor, item.currency),
    currency: item.currency,
    status: item.status,
    previousStatus: previous,
    by,
  });
}

/**
 * A new item that passed the playbook's limits (checked under the incident's row lock): stored with its
 * first history entry, audited with its value, and announced.
 */
export function planCompensation(
  row: IncidentHeadState,
  item: Compensation,
  actor: Actor,
  at: Date,
): IncidentChange {
  const { incidentId: _incidentId, ...stored } = item;
  return {
    ...ledgerChange(row, at, actor, {
      action: 'compensation.created',
      data: {
        compensationId: item.id,
        complaintId: item.complaintId,
        recipient: item.recipient,
        kind: item.kind,
        value: formatMinor(item.valueMinor, item.currency),
        currency: item.currency,
        description: item.description,
        status: item.status,
      },
    }),
    compensations: [{ op: 'insert', ...stored }],
    events: [changed(item, null, compensationPersonOf(actor), at)],
  };
}

/**
 * A status move the machine allows (compensation.moves.ts): the row moves only from the status it was read
 * in under the lock, with its history entry appended; audited and announced.
 */
export function planCompensationMove(
  row: IncidentHeadState,
  item: Compensation,
  move: { status: CompensationStatus; note: string | null; reference: string | null },
  actor: Actor,
  at: Date,
): IncidentChange {
  const entry: CompensationHistoryEntry = {
    status: move.status,
    at: at.toISOString(),
    by: compensationPersonOf(actor),
    note: move.note,
    reference: move.reference,
  };
  const moved: Compensation = { ...item, status: move.status, history: [...item.history, entry] };
  return {
    ...ledgerChange(row, at, actor, {
      action: 'compensation.status_changed',
      data: {
        compensationId: item.id,
        from: item.status,
        to: move.status,
        note: move.note,
        reference: move.reference,
      },
    }),
    compensations: [{ op: 'update', id: item.id, from: [item.status], status: move.status, entry }],
    events: [changed(moved, item.status, entry.by, at)],
  };
}
