import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { AuditEntry } from '../../domain/audit/audit-chain.ts';
import type { DB } from '../schema.ts';
import type { DeadlineChange } from './deadline.repository.ts';
import type { IncidentChange, IncidentRow } from './incident.repository.ts';
import type { OutboxEvent } from './outbox.repository.ts';

/** Everything one stepped event writes, decided in memory beforehand. */
export interface TransitionWrite {
  incidentId: string;
  /** The row as it was read: the write applies only if version and audit head are still these. */
  expected: { version: number; auditSeq: number };
  change: IncidentChange;
  audit: AuditEntry;
  deadlines: readonly DeadlineChange[];
  /** The playbook's fraction of a deadline's span after which `deadline.approaching` fires. */
  reminderAt: number;
  statements: readonly { stage: string; text: string; at: Date }[];
  events: readonly OutboxEvent[];
}

/**
 * Writes stepped events with one call of `fivep_apply_transitions` (migration 20261130T092000): one round
 * trip, atomic on its own or inside the caller's transaction. Per event: its deadline rows, statements,
 * audit entry, outbox events with their webhook deliveries, and its incident row with `version + 1`, but
 * only if the row still has the expected version and audit head (rows are locked in id order). An event
 * whose row changed — a concurrent change won — writes nothing and is missing from the result.
 */
export async function writeTransitions(
  db: Kysely<DB>,
  writes: readonly TransitionWrite[],
): Promise<Map<string, IncidentRow>> {
  if (writes.length === 0) return new Map();
  if (new Set(writes.map((w) => w.incidentId)).size !== writes.length) {
    throw new Error('writeTransitions: at most one event per incident per call');
  }
  const payload = writes.map((w) => ({
    ...w,
    // Ids are chosen here so the rows and the payload delivered to subscribers agree.
    events: w.events.map((e) => ({ id: randomUUID(), event: e.event, payload: e.payload, at: e.at })),
  }));
  const result = await sql<IncidentRow>`
    select id, playbook_id, playbook_version, title, summary, severity, state, version, opened_at,
      updated_at, deadline_stage, deadline_due_at, breached, complaint_count, audit_seq, audit_head_hash,
      tags, view, null::jsonb as snapshot
    from fivep_apply_transitions(${JSON.stringify(payload)}::jsonb)
  `.execute(db);
  return new Map(result.rows.map((r) => [r.id, r]));
}
