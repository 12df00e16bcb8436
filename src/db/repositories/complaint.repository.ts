import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { ComplaintsTable, DB } from '../schema.ts';

export type ComplaintRow = Selectable<ComplaintsTable>;

export interface NewComplaintRow {
  id: string;
  source: string;
  externalId: string;
  text: string;
  author: string | null;
  url: string | null;
  occurredAt: Date;
  receivedAt: Date;
  orderId: string | null;
  tags: string[];
  incidentId: string | null;
  firstReplyDueAt: Date | null;
  postedByKeyId: string | null;
}

/**
 * Inserts unless (source, external_id) exists; null when it did. `on conflict do nothing` never fails the
 * transaction, so two racing retries both finish: one inserts, the other re-reads the winner.
 */
export async function insertComplaint(
  trx: Transaction<DB>,
  c: NewComplaintRow,
): Promise<ComplaintRow | null> {
  const row = await trx
    .insertInto('complaints')
    .values({
      id: c.id,
      source: c.source,
      external_id: c.externalId,
      text: c.text,
      author: c.author,
      url: c.url,
      occurred_at: c.occurredAt,
      received_at: c.receivedAt,
      order_id: c.orderId,
      tags: JSON.stringify(c.tags),
      incident_id: c.incidentId,
      first_reply_due_at: c.firstReplyDueAt,
      posted_by_key_id: c.postedByKeyId,
    })
    .onConflict((oc) => oc.columns(['source', 'external_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function findComplaintByKey(
  db: Kysely<DB>,
  source: string,
  externalId: string,
): Promise<ComplaintRow | null> {
  const row = await db
    .selectFrom('complaints')
    .selectAll()
    .where('source', '=', source)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row ?? null;
}

export async function findComplaint(db: Kysely<DB>, id: string): Promise<ComplaintRow | null> {
  return (await db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function lockComplaint(trx: Transaction<DB>, id: string): Promise<ComplaintRow | null> {
  const row = await trx
    .selectFrom('complaints')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

export async function updateComplaint(
  trx: Transaction<DB>,
  id: string,
  set: Partial<{
    incident_id: string;
    first_reply_due_at: Date | null;
    answered: boolean;
    answered_at: Date;
    text: string;
    author: string | null;
    redacted_at: Date;
    redaction_reason: string;
  }>,
): Promise<ComplaintRow> {
  return trx.updateTable('complaints').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Records which playbooks' triggers a new complaint matched (the threshold counts these). */
export async function insertMatches(
  trx: Transaction<DB>,
  complaintId: string,
  receivedAt: Date,
  playbookIds: readonly string[],
): Promise<void> {
  if (playbookIds.length === 0) return;
  await trx
    .insertInto('complaint_matches')
    .values(playbookIds.map((p) => ({ playbook_id: p, complaint_id: complaintId, received_at: receivedAt })))
    .execute();
}

const unattachedMatches = (trx: Transaction<DB>, playbookId: string, since: Date) =>
  trx
    .selectFrom('complaint_matches as m')
    .innerJoin('complaints as c', 'c.id', 'm.complaint_id')
    .where('m.playbook_id', '=', playbookId)
    .where('m.received_at', '>', since)
    .where('c.incident_id', 'is', null);

/** Unattached complaints matching a playbook received after `since` (the trigger window). */
export async function countUnattachedMatches(
  trx: Transaction<DB>,
  playbookId: string,
  since: Date,
): Promise<number> {
  const row = await unattachedMatches(trx, playbookId, since)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Attaches those complaints to the incident the threshold opened; returns how many. */
export async function attachUnattachedMatches(
  trx: Transaction<DB>,
  playbookId: string,
  since: Date,
  incidentId: string,
): Promise<number> {
  const ids = unattachedMatches(trx, playbookId, since).select('c.id');
  const result = await trx
    .updateTable('complaints')
    .set({ incident_id: incidentId })
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Adds to the incident's complaint counter; not a change of its decisions, so version and ETag stay. */
export async function addToComplaintCount(
  trx: Transaction<DB>,
  incidentId: string,
  n: number,
): Promise<void> {
  await trx
    .updateTable('incidents')
    .set((eb) => ({ complaint_count: eb('complaint_count', '+', n) }))
    .where('id', '=', incidentId)
    .execute();
}

export async function countIncidentComplaintsSince(
  trx: Transaction<DB>,
  incidentId: string,
  since: Date,
): Promise<number> {
  const row = await trx
    .selectFrom('complaints')
    .select(sql<string>`count(*)`.as('n'))
    .where('incident_id', '=', incidentId)
    .where('received_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The channels an incident's complaints came from: the apology must be published on each. */
export async function complaintSources(trx: Kysely<DB>, incidentId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('complaints')
    .select('source')
    .distinct()
    .where('incident_id', '=', incidentId)
    .orderBy('source')
    .execute();
  return rows.map((r) => r.source);
}

/** Unanswered complaints of an incident, for recomputing first-reply times after a severity change. */
export async function unansweredOfIncident(
  trx: Transaction<DB>,
  incidentId: string,
): Promise<{ id: string; received_at: Date }[]> {
  return trx
    .selectFrom('complaints')
    .select(['id', 'received_at'])
    .where('incident_id', '=', incidentId)
    .where('answered', '=', false)
    .execute();
}

/** Brings first-reply times forward (never later: a promise already made to the customer stands). */
export async function advanceFirstReplyDue(
  trx: Transaction<DB>,
  dues: readonly { id: string; dueAt: Date }[],
): Promise<void> {
  for (let i = 0; i < dues.length; i += 500) {
    const values = sql.join(
      dues.slice(i, i + 500).map((d) => sql`(${d.id}::uuid, ${d.dueAt.toISOString()}::timestamptz)`),
    );
    await sql`update complaints as c
      set first_reply_due_at = least(coalesce(c.first_reply_due_at, v.due), v.due)
      from (values ${values}) as v(id, due) where c.id = v.id`.execute(trx);
  }
}
