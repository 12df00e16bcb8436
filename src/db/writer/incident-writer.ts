import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Kysely, sql, type Transaction } from 'kysely';
import { nextSystemAuditEntry } from '../../domain/audit/audit-chain.ts';
import type { OutboxEvent } from '../../domain/events.ts';
import type { IncidentChange } from '../../domain/incidents/incident.change.ts';
import type { IncidentRow } from '../repositories/incident.repository.ts';
import type { DB } from '../schema.ts';

/** The source of `fivep_apply_incident_changes`, which a migration loads (see the file's header). */
export const WRITER_SQL_FILE = new URL('./apply-incident-changes.sql', import.meta.url);
export const readWriterSql = (): string => readFileSync(WRITER_SQL_FILE, 'utf8');

type WrittenListener = (rows: Iterable<{ id: string; version: number }>) => void;
const writtenListeners = new Set<WrittenListener>();

/**
 * Hears every incident row this process's writer writes, as it writes (before commit): the version
 * cache (services/incident-versions.ts) keeps the new versions, so this process never answers 304 for
 * an ETag its own write has just made old. Returns the function that stops listening.
 */
export function onIncidentsWritten(listener: WrittenListener): () => void {
  writtenListeners.add(listener);
  return () => writtenListeners.delete(listener);
}

/**
 * Applies planned changes, for one incident or many, with one call of `fivep_apply_incident_changes`:
 * one round trip, atomic on its own or inside the caller's transaction. A change expecting a version
 * whose row has moved writes nothing and is missing from the result; every other change applies.
 * `events` are outbox events that belong to no incident change (a first reply breached on a complaint).
 * Returns the incident rows written (without the snapshot, which callers already have).
 */
export async function applyIncidentChanges(
  db: Kysely<DB>,
  changes: readonly IncidentChange[],
  events: readonly OutboxEvent[] = [],
): Promise<Map<string, IncidentRow>> {
  if (changes.length === 0 && events.length === 0) return new Map();
  if (new Set(changes.map((c) => c.incidentId)).size !== changes.length) {
    // One statement per table cannot order two changes of one row: the caller makes two calls.
    throw new Error('applyIncidentChanges: at most one change per incident per call');
  }
  if (events.length === 0 && changes.every(onlyCounts)) return addComplaintCounts(db, changes);
  const input = { changes: changes.map(toJson), events: events.map(eventJson) };
  const result = await sql<IncidentRow>`
    select id, playbook_id, playbook_version, title, summary, severity, state, version, opened_at,
      updated_at, deadline_stage, deadline_due_at, breached, complaint_count, stragglers, audit_seq, audit_head_hash,
      tags, view, null::jsonb as snapshot
    from fivep_apply_incident_changes(${JSON.stringify(input)}::jsonb)
  `.execute(db);
  for (const listener of writtenListeners) listener(result.rows);
  return new Map(result.rows.map((r) => [r.id, r]));
}

/** A change that only adds to the complaint counter: what complaint ingest sends for every group. */
const onlyCounts = (c: IncidentChange) =>
  c.expect.kind === 'held' &&
  c.machine === undefined &&
  !c.bumpVersion &&
  c.breached === undefined &&
  c.tags === undefined &&
  c.resetStragglers === undefined &&
  c.audit.length === 0 &&
  c.deadlines.length === 0 &&
  c.statements.length === 0 &&
  (c.compensations?.length ?? 0) === 0 &&
  (c.commitments ?? []).length === 0 &&
  c.events.length === 0;

/**
 * Counter-only changes in one statement, rows locked in id order as the function locks them; there is no
 * rule here to keep in step with the function. Why not the function: measured with `npm run bench`,
 * complaint ingest after a transitions load ran 25–30 % slower through it (complaints-single 0.23 against
 * 0.30–0.34 × the insert floor with this statement).
 */
async function addComplaintCounts(
  db: Kysely<DB>,
  changes: readonly IncidentChange[],
): Promise<Map<string, IncidentRow>> {
  const ids = changes.map((c) => c.incidentId);
  const result = await sql<IncidentRow>`
    with locked as materialized (
      select id from incidents where id = any(${[...ids].sort()}::uuid[]) order by id for no key update
    )
    update incidents as i set complaint_count = i.complaint_count + a.n, stragglers = i.stragglers + a.s
    from locked join unnest(${ids}::uuid[], ${changes.map((c) => c.complaintsAdded ?? 0)}::int[],
      ${changes.map((c) => c.stragglersAdded ?? 0)}::int[]) as a(id, n, s)
      on a.id = locked.id
    where i.id = locked.id
    returning i.id, i.playbook_id, i.playbook_version, i.title, i.summary, i.severity, i.state, i.version,
      i.opened_at, i.updated_at, i.deadline_stage, i.deadline_due_at, i.breached, i.complaint_count, i.stragglers,
      i.audit_seq, i.audit_head_hash, i.tags, i.view, null::jsonb as snapshot`.execute(db);
  return new Map(result.rows.map((r) => [r.id, r]));
}

/** The change as the function reads it: flat guard, the new chain head, and ids for the outbox rows. */
function toJson(c: IncidentChange) {
  const { expect, audit, events, ...rest } = c;
  const head = audit.at(-1);
  return {
    ...rest,
    expect: expect.kind,
    ...(expect.kind === 'version' ? { version: expect.version, auditSeq: expect.auditSeq } : {}),
    ...(expect.kind === 'new' ? { insert: expect.row } : {}),
    // Whether the incident row itself changes (and so is locked): a reminder only marks its deadline.
    touchesRow:
      expect.kind === 'new' ||
      c.machine !== undefined ||
      c.bumpVersion ||
      audit.length > 0 ||
      (c.complaintsAdded ?? 0) > 0 ||
      (c.stragglersAdded ?? 0) > 0 ||
      c.resetStragglers !== undefined ||
      c.breached !== undefined ||
      c.tags !== undefined,
    ...(head ? { head: { seq: head.seq, hash: head.hash } } : {}),
    audit,
    events: events.map(eventJson),
  };
}

// Ids are chosen here so the outbox rows and their webhook deliveries agree.
const eventJson = (e: OutboxEvent) => ({ ...e, id: randomUUID() });

/** The system chain's writers take turns on this transaction-level advisory lock ("5P system audit"). */
const SYSTEM_AUDIT_LOCK = 5_050_506;

/**
 * Appends to the system audit chain (events that belong to no incident: a webhook subscription disabled),
 * inside the caller's transaction. The lock serialises writers so `seq` has no gaps.
 */
export async function appendSystemRecord(
  trx: Transaction<DB>,
  record: { at: Date; actor: string; action: string; data: Record<string, unknown> },
): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SYSTEM_AUDIT_LOCK})`.execute(trx);
  const head = await trx
    .selectFrom('system_audit_entries')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const entry = nextSystemAuditEntry(head ?? null, record);
  await trx
    .insertInto('system_audit_entries')
    .values({
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      data: JSON.stringify(entry.data),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
}
