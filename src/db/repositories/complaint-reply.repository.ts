import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Delivery } from '../../domain/complaints/reply-delivery.ts';
import type { ComplaintRepliesTable, DB } from '../schema.ts';

export type ReplyRow = Selectable<ComplaintRepliesTable>;
type DeliveryColumns = 'delivery_status' | 'delivery_external_id' | 'delivery_url' | 'delivery_at';

export async function insertReply(
  trx: Transaction<DB>,
  r: Omit<ReplyRow, 'created_at' | DeliveryColumns> & { created_at: Date },
): Promise<ReplyRow> {
  return trx.insertInto('complaint_replies').values(r).returningAll().executeTakeFirstOrThrow();
}

/** An earlier reply with the same normalised text on another complaint (the canned-reply rule), if any. */
export async function replyTextElsewhere(
  trx: Transaction<DB>,
  textKey: string,
  complaintId: string,
): Promise<string | null> {
  const row = await trx
    .selectFrom('complaint_replies')
    .select('text')
    .where('text_key', '=', textKey)
    .where('complaint_id', '!=', complaintId)
    .limit(1)
    .executeTakeFirst();
  return row?.text ?? null;
}

/** A reply to another complaint of the incident, with what identifies that complaint's customer. */
export interface IncidentReply {
  complaintId: string;
  text: string;
  author: string | null;
  orderId: string | null;
}

/**
 * The newest replies to the incident's other complaints, at most `limit` (the canned-reply rule compares a
 * new reply with each; a template in use shows among the newest).
 */
export async function incidentRepliesElsewhere(
  trx: Transaction<DB>,
  incidentId: string,
  complaintId: string,
  limit: number,
): Promise<IncidentReply[]> {
  const rows = await sql<{
    complaint_id: string;
    text: string;
    author: string | null;
    order_id: string | null;
  }>`
    select r.complaint_id, r.text, c.author, c.order_id
    from complaints c join complaint_replies r on r.complaint_id = c.id
    where c.incident_id = ${incidentId} and c.id <> ${complaintId}
    order by r.created_at desc
    limit ${limit}`.execute(trx);
  return rows.rows.map((r) => ({
    complaintId: r.complaint_id,
    text: r.text,
    author: r.author,
    orderId: r.order_id,
  }));
}

/** How many public replies a complaint has (public first: a private one needs at least one). */
export async function countPublicReplies(trx: Transaction<DB>, complaintId: string): Promise<number> {
  const row = await trx
    .selectFrom('complaint_replies')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('complaint_id', '=', complaintId)
    .where('visibility', '=', 'public')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listReplies(db: Kysely<DB>, complaintId: string): Promise<ReplyRow[]> {
  return db
    .selectFrom('complaint_replies')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The replies of several complaints in one read, each complaint's oldest first. */
export async function listRepliesOf(db: Kysely<DB>, complaintIds: readonly string[]): Promise<ReplyRow[]> {
  if (complaintIds.length === 0) return [];
  return db
    .selectFrom('complaint_replies')
    .selectAll()
    .where('complaint_id', '=', sql<string>`any(${[...new Set(complaintIds)]}::uuid[])`)
    .orderBy('complaint_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A reply of this complaint, locked until the transaction ends (delivery reports take turns). */
export async function lockReply(
  trx: Transaction<DB>,
  complaintId: string,
  replyId: string,
): Promise<ReplyRow | null> {
  const row = await trx
    .selectFrom('complaint_replies')
    .selectAll()
    .where('id', '=', replyId)
    .where('complaint_id', '=', complaintId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

export async function updateReplyDelivery(
  trx: Transaction<DB>,
  replyId: string,
  d: Delivery,
): Promise<ReplyRow> {
  return trx
    .updateTable('complaint_replies')
    .set({
      delivery_status: d.status,
      delivery_external_id: d.externalId,
      delivery_url: d.url,
      delivery_at: d.at,
    })
    .where('id', '=', replyId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
