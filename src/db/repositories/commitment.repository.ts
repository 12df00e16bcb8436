import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Commitment, CommitmentStatus } from '../../domain/commitments/commitment.types.ts';
import type { IncidentHeadState } from '../../domain/incidents/incident.change.ts';
import type { CommitmentsTable, DB } from '../schema.ts';

/** One commitment, or null. */
export async function findCommitment(db: Kysely<DB>, id: string): Promise<Commitment | null> {
  const row = await db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCommitment(row) : null;
}

/** An incident's commitments, oldest first. */
export async function incidentCommitments(db: Kysely<DB>, incidentId: string): Promise<Commitment[]> {
  const rows = await db
    .selectFrom('commitments')
    .selectAll()
    .where('incident_id', '=', incidentId)
    // Those of one improve step share their creation time: listed by due time, as given.
    .orderBy('created_at')
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(toCommitment);
}

export interface CommitmentFilter {
  status?: CommitmentStatus | undefined;
  dueBefore?: Date | undefined;
  after?: { dueAt: Date; id: string } | undefined;
  limit: number;
}

/** Commitments across incidents, soonest due first, keyset on (due_at, id) (commitments_by_due). */
export async function listCommitments(db: Kysely<DB>, f: CommitmentFilter): Promise<Commitment[]> {
  let q = db.selectFrom('commitments').selectAll();
  if (f.status !== undefined) q = q.where('status', '=', f.status);
  if (f.dueBefore !== undefined) q = q.where('due_at', '<', f.dueBefore);
  const after = f.after;
  if (after) q = q.where((eb) => eb(eb.refTuple('due_at', 'id'), '>', eb.tuple(after.dueAt, after.id)));
  const rows = await q.orderBy('due_at').orderBy('id').limit(f.limit).execute();
  return rows.map(toCommitment);
}

/** The open commitments of each incident, soonest due first (what `close` checks and `next` lists). */
export async function openCommitments(
  db: Kysely<DB>,
  incidentIds: readonly string[],
): Promise<Map<string, { id: string; dueAt: Date }[]>> {
  const rows = await db
    .selectFrom('commitments')
    .select(['id', 'incident_id', 'due_at'])
    .where('incident_id', '=', sql<string>`any(${[...new Set(incidentIds)]}::uuid[])`)
    .where('status', '=', 'open')
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  const byIncident = new Map<string, { id: string; dueAt: Date }[]>();
  for (const r of rows) {
    byIncident.set(r.incident_id, [...(byIncident.get(r.incident_id) ?? []), { id: r.id, dueAt: r.due_at }]);
  }
  return byIncident;
}

/**
 * Claims, for the rest of the transaction, open commitments whose reminder time came, not reminded yet and
 * not yet due (index commitments_to_remind). SKIP LOCKED: what one worker claimed no other sees, and a
 * status change in flight is skipped (next tick), never waited for.
 */
export async function claimCommitmentReminders(
  trx: Transaction<DB>,
  now: Date,
  limit: number,
): Promise<Commitment[]> {
  const rows = await sql<Selectable<CommitmentsTable>>`
    select * from commitments
    where status = 'open' and reminded_at is null and remind_at <= ${now} and due_at > ${now}
    order by remind_at
    limit ${limit}
    for update skip locked
  `.execute(trx);
  return rows.rows.map(toCommitment);
}

/** An overdue commitment the worker claimed, with its incident's head (both rows locked by the claim). */
export interface MissedCommitment {
  commitment: Commitment;
  incident: IncidentHeadState;
}

/**
 * Claims open commitments past their due time together with their incidents (a miss is audited on the
 * incident's chain), soonest due first. SKIP LOCKED on both: another worker's batch or an incident change
 * in flight is skipped (next tick), so a claim never waits and what one worker claimed no other sees.
 */
export async function claimMissedCommitments(
  trx: Transaction<DB>,
  now: Date,
  limit: number,
): Promise<MissedCommitment[]> {
  const rows = await sql<
    Selectable<CommitmentsTable> & {
      version: number;
      state: string;
      severity: string;
      audit_seq: number;
      audit_head_hash: string;
      deadline_due_at: Date | null;
      breached: boolean;
      tags: string[] | null;
    }
  >`
    select c.*, i.version, i.state, i.severity, i.audit_seq, i.audit_head_hash, i.deadline_due_at,
      i.breached, i.tags
    from commitments c join incidents i on i.id = c.incident_id
    where c.status = 'open' and c.due_at <= ${now}
    order by c.due_at, c.id
    limit ${limit}
    for update of c, i skip locked
  `.execute(trx);
  return rows.rows.map((r) => ({
    commitment: toCommitment(r),
    incident: {
      id: r.incident_id,
      version: r.version,
      auditSeq: r.audit_seq,
      auditHeadHash: r.audit_head_hash,
      state: r.state,
      severity: r.severity,
      deadlineDueAt: r.deadline_due_at,
      breached: r.breached,
      tags: r.tags ?? [],
    },
  }));
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function toCommitment(r: Selectable<CommitmentsTable>): Commitment {
  return {
    id: r.id,
    incidentId: r.incident_id,
    description: r.description,
    owner: r.owner,
    dueAt: r.due_at.toISOString(),
    status: r.status,
    source: r.source,
    doneAt: iso(r.done_at),
    note: r.note,
    createdAt: r.created_at.toISOString(),
    remindAt: iso(r.remind_at),
    remindedAt: iso(r.reminded_at),
  };
}
