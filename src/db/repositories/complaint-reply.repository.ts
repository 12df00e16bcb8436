import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ComplaintRepliesTable, DB } from '../schema.ts';

export type ReplyRow = Selectable<ComplaintRepliesTable>;

export async function insertReply(
  trx: Transaction<DB>,
  r: Omit<ReplyRow, 'created_at'> & { created_at: Date },
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
