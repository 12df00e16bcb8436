import { randomUUID } from 'node:crypto';
import { type Kysely, type RawBuilder, sql } from 'kysely';
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
 * Whether {@link writeTransitions} can apply these deadline changes in one statement: its sub-statements
 * share one snapshot, so two updates of the same stage's row would not see each other (PostgreSQL
 * applies only one). The machine never emits that today; the caller falls back to step-by-step if it does.
 */
export function fitsOneStatement(changes: readonly DeadlineChange[]): boolean {
  const updated = changes.filter((c) => c.type !== 'deadline_started').map((c) => c.stage);
  return new Set(updated).size === updated.length;
}

/**
 * Writes stepped events in ONE statement (one round trip; atomic on its own or inside the caller's
 * transaction): per event its deadline rows, statements, audit entry, outbox events with their webhook
 * deliveries, and its incident row with `version + 1`. Each event's writes are guarded by its incident
 * row still having the expected version and audit head (rows locked `for update`, in id order); an event
 * whose row changed — a concurrent change won — writes nothing and is missing from the result. At most
 * one event per incident: two would both match the same expected version.
 */
export async function writeTransitions(
  db: Kysely<DB>,
  writes: readonly TransitionWrite[],
): Promise<Map<string, IncidentRow>> {
  if (writes.length === 0) return new Map();
  if (new Set(writes.map((w) => w.incidentId)).size !== writes.length) {
    throw new Error('writeTransitions: at most one event per incident per statement');
  }
  const ids = sql.join(writes.map((w) => sql`${w.incidentId}::uuid`));
  const ctes: RawBuilder<unknown>[] = [
    sql`guard as (
      select id, version, audit_seq from incidents where id in (${ids}) order by id for update)`,
  ];
  writes.forEach((w, i) => ctes.push(...writeCtes(w, i)));
  const updated = sql.join(
    writes.map((_, i) => sql`select * from ${sql.raw(`u${i}`)}`),
    sql` union all `,
  );
  const result = await sql<IncidentRow>`with ${sql.join(ctes)} ${updated}`.execute(db);
  return new Map(result.rows.map((r) => [r.id, r]));
}

/** The CTEs of one event; `ok<i>` is its incident's id when the row is as expected, else empty. */
function writeCtes(w: TransitionWrite, i: number): RawBuilder<unknown>[] {
  const id = w.incidentId;
  const ok = sql.raw(`ok${i}`);
  const name = (prefix: string, j = -1) => sql.raw(j < 0 ? `${prefix}${i}` : `${prefix}${i}_${j}`);
  const ctes: RawBuilder<unknown>[] = [
    sql`${ok} as (select id from guard where id = ${id}::uuid
      and version = ${w.expected.version}::int and audit_seq = ${w.expected.auditSeq}::int)`,
  ];
  w.deadlines.forEach((c, j) => {
    ctes.push(sql`${name('d', j)} as (${deadlineStatement(id, c, w.reminderAt, ok)})`);
  });
  w.statements.forEach((s, j) => {
    ctes.push(sql`${name('s', j)} as (
      insert into statements (id, incident_id, stage, text, published_at)
      select ${randomUUID()}::uuid, ${ok}.id, ${s.stage}::text, ${s.text}::text, ${s.at.toISOString()}::timestamptz
      from ${ok})`);
  });
  const a = w.audit;
  ctes.push(sql`${name('a')} as (
    insert into audit_entries
      (incident_id, seq, at, actor, key_id, key_name, action, from_state, to_state, data, prev_hash, hash)
    select ${ok}.id, ${a.seq}::int, ${a.at}::timestamptz, ${a.actor}::text, ${a.keyId}::uuid, ${a.keyName}::text,
      ${a.action}::text, ${a.fromState}::text, ${a.toState}::text, ${JSON.stringify(a.data)}::jsonb,
      ${a.prevHash}::text, ${a.hash}::text
    from ${ok})`);
  if (w.events.length > 0) {
    const events = sql.join(
      w.events.map(
        (e) =>
          sql`(${randomUUID()}::uuid, ${e.event}::text, ${e.incidentId}::uuid, ${JSON.stringify(e.payload)}::jsonb, ${e.at.toISOString()}::timestamptz)`,
      ),
    );
    const ev = name('e');
    ctes.push(sql`${ev} (id, event, incident_id, payload, created_at) as (values ${events})`);
    ctes.push(sql`${name('o')} as (
      insert into outbox (id, event, incident_id, payload, created_at)
      select e.id, e.event, e.incident_id, e.payload, e.created_at from ${ev} e, ${ok})`);
    ctes.push(sql`${name('w')} as (
      insert into webhook_deliveries (id, webhook_id, outbox_id, event, status, attempts, next_attempt_at, created_at)
      select gen_random_uuid(), wh.id, e.id, e.event, 'pending', 0, e.created_at, e.created_at
      from ${ev} e, ${ok}, webhooks wh
      where wh.disabled_at is null and wh.events @> jsonb_build_array(e.event))`);
  }
  const c = w.change;
  ctes.push(sql`${name('u')} as (
    update incidents set
      state = ${c.state}::text,
      severity = ${c.severity}::text,
      snapshot = ${JSON.stringify(c.snapshot)}::jsonb,
      view = ${JSON.stringify(c.view)}::jsonb,
      version = incidents.version + 1,
      updated_at = ${c.at.toISOString()}::timestamptz,
      deadline_stage = ${c.deadlineStage}::text,
      deadline_due_at = ${c.deadlineDueAt}::timestamptz,
      -- The flag means "the current deadline was breached"; a new deadline starts clean.
      breached = case when ${c.deadlineDueAt}::timestamptz is distinct from incidents.deadline_due_at
        then false else incidents.breached end,
      audit_seq = ${c.auditSeq}::int,
      audit_head_hash = ${c.auditHeadHash}::text
    from ${ok}
    where incidents.id = ${ok}.id
    returning incidents.id, incidents.playbook_id, incidents.playbook_version, incidents.title,
      incidents.summary, incidents.severity, incidents.state, incidents.version, incidents.opened_at,
      incidents.updated_at, incidents.deadline_stage, incidents.deadline_due_at, incidents.breached,
      incidents.complaint_count, incidents.audit_seq, incidents.audit_head_hash, incidents.tags,
      incidents.view, null::jsonb as snapshot)`);
  return ctes;
}

/** One deadline effect as a data-modifying statement guarded by the incident row (same rules as applyDeadlineChanges). */
function deadlineStatement(
  incidentId: string,
  c: DeadlineChange,
  reminderAt: number,
  ok: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const remindAt = (due: string | null) =>
    due === null
      ? sql`null::timestamptz`
      : sql`started_at + (${due}::timestamptz - started_at) * ${reminderAt}::float8`;
  const row = sql`incident_id = ${incidentId}::uuid and stage = ${c.stage}::text
    and exists (select 1 from ${ok})`;
  const open = sql`${row} and status in ('pending', 'paused')`;
  switch (c.type) {
    case 'deadline_started': {
      const start = new Date(c.startedAt).getTime();
      const remind = new Date(start + (new Date(c.dueAt).getTime() - start) * reminderAt);
      return sql`insert into deadlines (id, incident_id, stage, started_at, due_at, status, remind_at)
        select ${randomUUID()}::uuid, ${ok}.id, ${c.stage}::text, ${c.startedAt}::timestamptz,
          ${c.dueAt}::timestamptz, 'pending', ${remind.toISOString()}::timestamptz
        from ${ok}`;
    }
    case 'deadline_met':
      // Completed late still counts as a breach: the row keeps when it was due. A row the worker
      // already marked breached is completed too.
      return sql`update deadlines set
          completed_at = ${c.at}::timestamptz,
          status = case when due_at is not null and due_at < ${c.at}::timestamptz then 'breached' else 'met' end,
          breached_at = case when due_at < ${c.at}::timestamptz then coalesce(breached_at, due_at) else breached_at end
        where ${row} and (status in ('pending', 'paused') or (status = 'breached' and completed_at is null))`;
    case 'deadline_paused':
      return sql`update deadlines set status = 'paused', paused_at = ${c.at}::timestamptz,
          remaining_ms = ${c.remainingMs}::bigint, due_at = null
        where ${open}`;
    case 'deadline_resumed':
      return sql`update deadlines set status = 'pending', paused_at = null, remaining_ms = null,
          due_at = ${c.dueAt}::timestamptz, remind_at = ${remindAt(c.dueAt)}
        where ${open}`;
    case 'deadline_rescheduled':
      return sql`update deadlines set due_at = ${c.dueAt}::timestamptz, remaining_ms = ${c.remainingMs}::bigint,
          remind_at = ${remindAt(c.dueAt)}
        where ${open}`;
    case 'deadline_cancelled':
      return sql`update deadlines set status = 'cancelled', completed_at = ${c.at}::timestamptz where ${open}`;
  }
}
