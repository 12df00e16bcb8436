import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';

/**
 * A place in the outbox's stream order: the writing transaction's id, then the row's sequence number
 * (both int8, kept as text). Rows are read only once every transaction older than the oldest one still
 * running has finished, so a transaction that commits after a younger one is still read in its place
 * (migration 20261203T150000).
 */
export interface StreamCursor {
  xid: string;
  seq: string;
}

export interface StreamRow {
  id: string;
  event: string;
  incidentId: string | null;
  payload: Record<string, unknown>;
  cursor: StreamCursor;
}

/** The newest transaction id every older transaction has finished before: rows below it are final. */
const SETTLED = sql<string>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/** The cursor of "now": after every row whose transaction has settled ({0, 0} on an empty outbox). */
export async function streamHead(db: Kysely<DB>): Promise<StreamCursor> {
  const row = await db
    .selectFrom('outbox')
    .select(['stream_xid', 'stream_seq'])
    .where('stream_xid', '<', SETTLED)
    .orderBy('stream_xid', 'desc')
    .orderBy('stream_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { xid: row.stream_xid, seq: row.stream_seq } : { xid: '0', seq: '0' };
}

/**
 * Ids of rows after `after` that are already committed though not yet settled (an older transaction,
 * possibly of another database on the server, still runs): a stream starting from now must skip them.
 */
export async function committedAfter(db: Kysely<DB>, after: StreamCursor, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox')
    .select('id')
    .where(sql<boolean>`(stream_xid, stream_seq) > (${after.xid}::bigint, ${after.seq}::bigint)`)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Where the outbox row `id` stands in the stream, or null when there is no such row. */
export async function streamCursorOf(db: Kysely<DB>, id: string): Promise<StreamCursor | null> {
  const row = await db
    .selectFrom('outbox')
    .select(['stream_xid', 'stream_seq'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { xid: row.stream_xid, seq: row.stream_seq } : null;
}

/**
 * Settled rows after `after` (and at most up to `upTo`), in stream order: one index range scan on
 * outbox_stream_order.
 */
export async function streamRowsAfter(
  db: Kysely<DB>,
  after: StreamCursor,
  limit: number,
  upTo?: StreamCursor,
): Promise<StreamRow[]> {
  let query = db
    .selectFrom('outbox')
    .select(['id', 'event', 'incident_id', 'payload', 'stream_xid', 'stream_seq'])
    .where(sql<boolean>`(stream_xid, stream_seq) > (${after.xid}::bigint, ${after.seq}::bigint)`)
    .where('stream_xid', '<', SETTLED);
  if (upTo) {
    query = query.where(sql<boolean>`(stream_xid, stream_seq) <= (${upTo.xid}::bigint, ${upTo.seq}::bigint)`);
  }
  const rows = await query.orderBy('stream_xid').orderBy('stream_seq').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    event: r.event,
    incidentId: r.incident_id,
    payload: r.payload,
    cursor: { xid: r.stream_xid, seq: r.stream_seq },
  }));
}
