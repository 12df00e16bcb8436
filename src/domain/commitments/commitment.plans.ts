import { randomUUID } from 'node:crypto';
import { type Actor, nextAuditEntry } from '../audit/audit-chain.ts';
import { SCHEDULER_ACTOR } from '../deadlines/deadline-plans.ts';
import { type OutboxEvent, outboxEvent } from '../events.ts';
import { chainHeadOf, type IncidentChange, type IncidentHeadState } from '../incidents/incident.change.ts';
import { movesInto } from './commitment.moves.ts';
import type { Commitment, CommitmentSource, CommitmentWrite, SettableStatus } from './commitment.types.ts';

type Insert = Extract<CommitmentWrite, { op: 'insert' }>;

/**
 * When `commitment.approaching` fires: as for stage deadlines, the playbook's `escalation.reminderAt`
 * fraction of the span from the promise to its due time (0.8: a 10-day promise is reminded on day 8).
 * A promise due at once (or already past) gets none: the miss follows at the next tick.
 */
export function commitmentRemindAt(createdAt: Date, dueAt: Date, reminderAt: number): string | null {
  const span = dueAt.getTime() - createdAt.getTime();
  if (span <= 0) return null;
  return new Date(createdAt.getTime() + Math.floor(span * reminderAt)).toISOString();
}

/** A new commitment row (ids chosen here, so the plan names it in its audit entry and event). */
export function newCommitment(
  input: { description: string; owner: string; dueAt: string; source: CommitmentSource },
  at: Date,
  reminderAt: number,
): Insert {
  return {
    op: 'insert',
    id: randomUUID(),
    description: input.description,
    owner: input.owner,
    dueAt: new Date(input.dueAt).toISOString(),
    source: input.source,
    createdAt: at.toISOString(),
    remindAt: commitmentRemindAt(at, new Date(input.dueAt), reminderAt),
  };
}

/** The `improve` step's `changes[]` (validated, plain dates resolved) as commitments. */
export function improveCommitments(changes: unknown, at: Date, reminderAt: number): Insert[] {
  if (!Array.isArray(changes)) return [];
  return (changes as { description: string; owner: string; dueAt: string }[]).map((c) =>
    newCommitment({ ...c, source: 'improve' }, at, reminderAt),
  );
}

type CommitmentFacts = Pick<Commitment, 'id' | 'description' | 'owner' | 'dueAt' | 'source'>;

const eventData = (incidentId: string, c: CommitmentFacts, status: string) => ({
  incidentId,
  commitmentId: c.id,
  description: c.description,
  owner: c.owner,
  dueAt: c.dueAt,
  source: c.source,
  status,
});

/** An audited change of commitments only: the chain grows, the version (ETag) stays. The caller holds the lock. */
function commitmentChange(
  row: IncidentHeadState,
  at: Date,
  actor: Actor,
  records: readonly { action: string; data: Record<string, unknown> }[],
  commitments: CommitmentWrite[],
  events: OutboxEvent[],
): IncidentChange {
  let head = chainHeadOf(row);
  const audit = records.map((record) => {
    const entry = nextAuditEntry(head, { ...record, at, actor, fromState: row.state, toState: row.state });
    head = { incidentId: row.id, seq: entry.seq, hash: entry.hash };
    return entry;
  });
  return {
    incidentId: row.id,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    audit,
    deadlines: [],
    statements: [],
    commitments,
    events,
  };
}

/** A commitment added by hand: stored, audited, `commitment.changed` outboxed. */
export function planCommitmentAdded(
  row: IncidentHeadState,
  c: Insert,
  actor: Actor,
  at: Date,
): IncidentChange {
  const data = eventData(row.id, c, 'open');
  return commitmentChange(
    row,
    at,
    actor,
    [{ action: 'commitment.added', data }],
    [c],
    [outboxEvent('commitment.changed', at, data)],
  );
}

/** A person sets an open commitment done or cancelled (the caller checked the move): guarded on `open`. */
export function planCommitmentStatus(
  row: IncidentHeadState,
  c: CommitmentFacts,
  input: { status: SettableStatus; note: string | null },
  actor: Actor,
  at: Date,
): IncidentChange {
  const doneAt = input.status === 'done' ? at.toISOString() : null;
  const data = { ...eventData(row.id, c, input.status), note: input.note, doneAt };
  const write: CommitmentWrite = {
    op: 'update',
    id: c.id,
    from: movesInto(input.status),
    set: { status: input.status, doneAt, note: input.note },
  };
  return commitmentChange(
    row,
    at,
    actor,
    [{ action: `commitment.${input.status}`, data }],
    [write],
    [outboxEvent('commitment.changed', at, data)],
  );
}

/**
 * Open commitments of one incident whose reminder time came: each marked reminded (once) and
 * `commitment.approaching` outboxed. Nothing an auditor needs changed: the chain and the row stay.
 */
export function planCommitmentReminders(
  incidentId: string,
  due: readonly CommitmentFacts[],
  at: Date,
): IncidentChange {
  return {
    incidentId,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    audit: [],
    deadlines: [],
    statements: [],
    commitments: due.map((c) => ({
      op: 'update' as const,
      id: c.id,
      from: ['open' as const],
      set: { remindedAt: at.toISOString() },
    })),
    events: due.map((c) => outboxEvent('commitment.approaching', at, eventData(incidentId, c, 'open'))),
  };
}

/**
 * Open commitments of one incident past their due time: each marked missed, audited on the incident's chain
 * as the system (one entry per commitment, chained in order) and `commitment.missed` outboxed. The claim
 * holds the rows; the update is guarded on `open` all the same.
 */
export function planCommitmentMisses(
  row: IncidentHeadState,
  due: readonly CommitmentFacts[],
  at: Date,
): IncidentChange {
  const records = due.map((c) => ({ action: 'commitment.missed', data: eventData(row.id, c, 'missed') }));
  return commitmentChange(
    row,
    at,
    SCHEDULER_ACTOR,
    records,
    due.map((c) => ({ op: 'update', id: c.id, from: movesInto('missed'), set: { status: 'missed' } })),
    records.map((r) => outboxEvent('commitment.missed', at, r.data)),
  );
}
