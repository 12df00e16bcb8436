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
  /** ISO 639-1 or `und`, detected at ingest (src/domain/complaints/complaint.language.ts). */
  language: string;
  /** From the playbook's topic keywords (src/domain/complaints/complaint.topics.ts). */
  topics: string[];
  /** The post or media a comment sits under, when the channel says. */
  postId: string | null;
}

/**
 * Inserts many at once, skipping every (source, external_id) that exists: `on conflict do nothing` never
 * fails the transaction, so racing retries all finish and the losers re-read the winner. Returns the rows
 * written. Rows go in key order: two groups inserting overlapping keys wait on each other in the
 * same order and cannot deadlock. One JSON parameter carries them all (no bind-parameter limit, and
 * serialised natively); only the ids come back, the rows are what was sent plus the columns' defaults.
 */
export async function insertComplaints(
  trx: Transaction<DB>,
  rows: readonly NewComplaintRow[],
): Promise<ComplaintRow[]> {
  if (rows.length === 0) return [];
  const sorted = rows
    .map((c) => ({ c, key: keyOf(c) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((k) => k.c);
  const json = JSON.stringify(sorted.map(columnsOf));
  const result = await sql<{ id: string }>`
    insert into complaints (id, source, external_id, text, author, url, occurred_at, received_at, order_id,
      tags, incident_id, first_reply_due_at, posted_by_key_id, language, topics, post_id)
    select * from json_to_recordset(${json}::json) as x(id uuid, source text, external_id text, text text,
      author text, url text, occurred_at timestamptz, received_at timestamptz, order_id text, tags jsonb,
      incident_id uuid, first_reply_due_at timestamptz, posted_by_key_id uuid, language text, topics text[],
      post_id text)
    on conflict (source, external_id) do nothing
    returning id`.execute(trx);
  const written = new Set(result.rows.map((r) => r.id));
  return rows
    .filter((c) => written.has(c.id))
    .map((c) => ({
      ...columnsOf(c),
      answered: false,
      answered_at: null,
      redacted_at: null,
      redaction_reason: null,
      first_reply_reminded_at: null,
      first_reply_breached_at: null,
      private_channel: null,
      private_channel_at: null,
      meta_edited_text: null,
      meta_edited_at: null,
      meta_removed_at: null,
    }));
}

/** A new complaint's columns, as the table names them. */
function columnsOf(c: NewComplaintRow) {
  return {
    id: c.id,
    source: c.source,
    external_id: c.externalId,
    text: c.text,
    author: c.author,
    url: c.url,
    occurred_at: c.occurredAt,
    received_at: c.receivedAt,
    order_id: c.orderId,
    tags: c.tags,
    incident_id: c.incidentId,
    first_reply_due_at: c.firstReplyDueAt,
    posted_by_key_id: c.postedByKeyId,
    language: c.language,
    topics: c.topics,
    post_id: c.postId,
  };
}

/** One string per (source, externalId), the natural key. */
export const complaintKey = (source: string, externalId: string): string => `${source}\u0000${externalId}`;
const keyOf = (c: { source: string; externalId: string }) => complaintKey(c.source, c.externalId);
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The stored complaints among these (source, externalId) keys, in one indexed read. */
export async function findComplaintsByKeys(
  db: Kysely<DB>,
  keys: readonly { source: string; externalId: string }[],
): Promise<ComplaintRow[]> {
  if (keys.length === 0) return [];
  const result = await sql<ComplaintRow>`
    select c.* from complaints c
    join unnest(${keys.map((k) => k.source)}::text[], ${keys.map((k) => k.externalId)}::text[])
      as k(source, external_id)
      on c.source = k.source and c.external_id = k.external_id`.execute(db);
  return result.rows;
}

export async function findComplaints(db: Kysely<DB>, ids: readonly string[]): Promise<ComplaintRow[]> {
  if (ids.length === 0) return [];
  const result =
    await sql<ComplaintRow>`select * from complaints where id = any(${[...ids]}::uuid[])`.execute(db);
  return result.rows;
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

/** These complaints locked until the transaction ends, in id order (two bulk attaches cannot deadlock). */
export async function lockComplaints(trx: Transaction<DB>, ids: readonly string[]): Promise<ComplaintRow[]> {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('complaints')
    .selectAll()
    .where('id', '=', sql<string>`any(${[...new Set(ids)]}::uuid[])`)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Attaches complaints to an incident with each one's first-reply time, in one statement. */
export async function attachComplaints(
  trx: Transaction<DB>,
  incidentId: string,
  rows: readonly { id: string; dueAt: Date | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update complaints as c set incident_id = ${incidentId}, first_reply_due_at = a.due
    from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.dueAt?.toISOString() ?? null)}::timestamptz[])
      as a(id, due)
    where c.id = a.id`.execute(trx);
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
    private_channel: string;
    private_channel_at: Date;
  }>,
): Promise<ComplaintRow> {
  return trx.updateTable('complaints').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Records which playbooks' triggers new complaints matched (the threshold counts these), in one statement. */
export async function insertMatchesMany(
  trx: Transaction<DB>,
  rows: readonly { complaintId: string; playbookId: string; receivedAt: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into complaint_matches (playbook_id, complaint_id, received_at)
    select * from unnest(${rows.map((r) => r.playbookId)}::text[], ${rows.map((r) => r.complaintId)}::uuid[],
      ${rows.map((r) => r.receivedAt.toISOString())}::timestamptz[])`.execute(trx);
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

/** Attaches those complaints to the incident the threshold opened; returns their ids. */
export async function attachUnattachedMatches(
  trx: Transaction<DB>,
  playbookId: string,
  since: Date,
  incidentId: string,
): Promise<string[]> {
  const ids = unattachedMatches(trx, playbookId, since).select('c.id');
  const rows = await trx
    .updateTable('complaints')
    .set({ incident_id: incidentId })
    .where('id', 'in', ids)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * An incident's complaints received after `since`, counted only up to `limit` (per query, one statement):
 * volume escalation needs to know whether a threshold was crossed, not how large the incident grew, so
 * the work stays bounded by the rule while an incident collects hundreds of thousands of complaints.
 */
export async function countRecentComplaints(
  trx: Transaction<DB>,
  queries: readonly { incidentId: string; since: Date; limit: number }[],
): Promise<number[]> {
  if (queries.length === 0) return [];
  const result = await sql<{ n: number }>`
    select (select count(*)::int from (
        select 1 from complaints c where c.incident_id = q.id and c.received_at > q.since limit q.lim
      ) as s) as n
    from unnest(${queries.map((q) => q.incidentId)}::uuid[],
      ${queries.map((q) => q.since.toISOString())}::timestamptz[], ${queries.map((q) => q.limit)}::int[])
      with ordinality as q(id, since, lim, i)
    order by q.i`.execute(trx);
  return result.rows.map((r) => Number(r.n));
}

/**
 * An incident's complaints without a reply (the first reply is always public): how many, and the first
 * few, oldest first. The same `answered` flag the lists, the board and the workspace count by.
 */
export async function unansweredComplaints(
  db: Kysely<DB>,
  incidentId: string,
  limit: number,
): Promise<{ count: number; firstIds: string[] }> {
  const rows = await sql<{ id: string; total: string }>`
    select c.id, count(*) over () as total from complaints c
    where c.incident_id = ${incidentId} and c.answered = false
    order by c.received_at, c.id
    limit ${limit}`.execute(db);
  return { count: Number(rows.rows[0]?.total ?? 0), firstIds: rows.rows.map((r) => r.id) };
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

/**
 * When an incident's unanswered complaints were received, each time once: complaints arrive in groups
 * that share their receipt time, so recomputing first-reply times after a severity change needs one due
 * time per group, not per complaint.
 */
export async function unansweredReceiptTimes(
  trx: Transaction<DB>,
  incidentId: string,
): Promise<{ at: Date; exact: string }[]> {
  // `exact` in the database's own text form: a Date keeps milliseconds, a timestamptz microseconds.
  const rows = await sql<{ at: Date; exact: string }>`
    select distinct received_at as at, received_at::text as exact from complaints
    where incident_id = ${incidentId} and answered = false`.execute(trx);
  return rows.rows;
}

/**
 * Brings first-reply times of an incident's unanswered complaints forward, by receipt time (never later: a
 * promise already made to the customer stands). Rows already due sooner are not rewritten.
 */
export async function advanceFirstReplyDue(
  trx: Transaction<DB>,
  incidentId: string,
  dues: readonly { receivedAt: string; dueAt: Date }[],
): Promise<void> {
  if (dues.length === 0) return;
  await sql`update complaints as c set first_reply_due_at = v.due
    from unnest(${dues.map((d) => d.receivedAt)}::timestamptz[],
      ${dues.map((d) => d.dueAt.toISOString())}::timestamptz[]) as v(received_at, due)
    where c.incident_id = ${incidentId} and c.answered = false and c.received_at = v.received_at
      and (c.first_reply_due_at is null or v.due < c.first_reply_due_at)`.execute(trx);
}

/** Sets first-reply times outright: for complaints this transaction stored, no promise was made yet. */
export async function setFirstReplyDue(
  trx: Transaction<DB>,
  dues: readonly { id: string; dueAt: Date | null }[],
): Promise<void> {
  if (dues.length === 0) return;
  await sql`update complaints as c set first_reply_due_at = v.due
    from unnest(${dues.map((d) => d.id)}::uuid[], ${dues.map((d) => d.dueAt?.toISOString() ?? null)}::timestamptz[])
      as v(id, due)
    where c.id = v.id`.execute(trx);
}
