import type { Actor, AuditEntry, ChainHead } from '../audit/audit-chain.ts';
import { nextAuditEntry } from '../audit/audit-chain.ts';
import type { CommitmentWrite } from '../commitments/commitment.types.ts';
import type { CompensationWrite } from '../compensations/compensation.types.ts';
import type { DeadlineWrite } from '../deadlines/deadline-writes.ts';
import type { OutboxEvent } from '../events.ts';
import type { Severity } from '../playbooks/playbook.schema.ts';
import type { StatementWrite } from '../statements/statement.types.ts';
import type { IncidentView, PersistedIncident } from './incident.types.ts';

/**
 * Every change of an incident, as data: what the one writer (src/db/writer/) applies in one transaction.
 * Planned purely from what was read and the clock; nothing here knows SQL.
 */
export interface IncidentChange {
  incidentId: string;
  at: Date;
  /**
   * When the change applies. `new` inserts the row; `version` applies only while the row still has this
   * version and audit head (an optimistic step: otherwise nothing is written); `held` applies as it is,
   * because the caller holds the row lock or the change commutes with any other (a counter, a reminder).
   */
  expect:
    | { kind: 'new'; row: NewIncident }
    | { kind: 'version'; version: number; auditSeq: number }
    | { kind: 'held' };
  /** The columns that follow from the machine; absent when the machine did not move. */
  machine?: MachineColumns;
  /** The current deadline's breach flag and the tags, when they change. */
  breached?: boolean;
  tags?: readonly string[];
  /** Moves the version (the ETag) and `updated_at`: every change a client conditions on. */
  bumpVersion: boolean;
  /** Complaints that joined the incident (a counter, not a decision: the version stays). */
  complaintsAdded?: number;
  /** Of those, the ones that joined while it was in monitoring or closed (stragglers). */
  stragglersAdded?: number;
  /** The state changed: the straggler counter starts again from zero (before `stragglersAdded`). */
  resetStragglers?: true;
  /** Appended to the incident's chain in order; the last one is the new head. */
  audit: readonly AuditEntry[];
  deadlines: readonly DeadlineWrite[];
  statements: readonly StatementWrite[];
  events: readonly OutboxEvent[];
  // --- compensation ledger (src/domain/compensations/) ---
  /** Compensation rows: absent or empty when the ledger does not change. */
  compensations?: readonly CompensationWrite[];
  // --- end compensation ledger ---
  // --- commitments (v1.1, public commitments) ---
  /** Commitment rows: inserts, and status moves guarded on the statuses they may move from. */
  commitments?: readonly CommitmentWrite[];
  // --- end commitments ---
}

/** What an opened incident is, beyond the machine's columns. */
export interface NewIncident {
  playbookId: string;
  playbookVersion: string;
  title: string;
  summary: string | null;
}

/** The incident columns that follow from the machine: what dashboards filter on, and the machine itself. */
export interface MachineColumns {
  state: string;
  severity: Severity;
  snapshot: PersistedIncident;
  view: IncidentView;
  deadlineStage: string | null;
  deadlineDueAt: string | null;
}

export function machineColumns(view: IncidentView, snapshot: PersistedIncident): MachineColumns {
  return {
    state: view.state,
    severity: view.severity,
    snapshot,
    view,
    deadlineStage: view.deadline?.stage ?? null,
    deadlineDueAt: view.deadline?.dueAt ?? null,
  };
}

/** What a change needs to know of the incident as it stands. */
export interface IncidentHeadState {
  id: string;
  version: number;
  auditSeq: number;
  auditHeadHash: string;
  state: string;
  severity: string;
  deadlineDueAt: Date | null;
  breached: boolean;
  tags: readonly string[];
}

export const chainHeadOf = (row: IncidentHeadState): ChainHead => ({
  incidentId: row.id,
  seq: row.auditSeq,
  hash: row.auditHeadHash,
});

/** The flag means "the current deadline was breached": a deadline with another due time starts clean. */
export function breachedAfter(
  row: Pick<IncidentHeadState, 'deadlineDueAt' | 'breached'>,
  deadlineDueAt: string | null,
): boolean {
  const before = row.deadlineDueAt?.getTime() ?? null;
  const after = deadlineDueAt === null ? null : Date.parse(deadlineDueAt);
  return before === after ? row.breached : false;
}

/**
 * Audit-only records (complaints attached by hand, a redaction): the chain grows, the version does not
 * move, since nothing a client conditions on (If-Match) changed. The caller holds the row lock.
 */
export function planRecords(
  row: IncidentHeadState,
  records: readonly { action: string; data: Record<string, unknown>; actor: Actor; at: Date }[],
): IncidentChange {
  const audit: AuditEntry[] = [];
  let head = chainHeadOf(row);
  for (const record of records) {
    const entry = nextAuditEntry(head, { ...record, fromState: row.state, toState: row.state });
    audit.push(entry);
    head = { incidentId: row.id, seq: entry.seq, hash: entry.hash };
  }
  return {
    incidentId: row.id,
    at: records.at(-1)?.at ?? new Date(0),
    expect: { kind: 'held' },
    bumpVersion: false,
    audit,
    deadlines: [],
    statements: [],
    events: [],
  };
}

/** One audit-only record (see {@link planRecords}). */
export function planRecord(
  row: IncidentHeadState,
  record: { action: string; data: Record<string, unknown>; actor: Actor; at: Date },
): IncidentChange {
  return planRecords(row, [record]);
}

/** Complaints joining an incident whose row the caller locks with the write: only the counter moves. */
export function planComplaintsAdded(incidentId: string, added: number, at: Date): IncidentChange {
  return {
    incidentId,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    complaintsAdded: added,
    audit: [],
    deadlines: [],
    statements: [],
    events: [],
  };
}
