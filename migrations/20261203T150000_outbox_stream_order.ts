import { type Kysely, sql } from 'kysely';

/**
 * The live stream (GET /v1/stream) reads the outbox in an order a reader can resume from without losing a
 * row that committed late. Ids are random UUIDs and `created_at` is the planned event time, neither of which
 * follows commit order. Each row now carries the id of the transaction that wrote it and a sequence number,
 * both filled by column defaults, so the writer function (which names its columns) needs no reload. A reader
 * takes only rows of transactions older than every transaction still running (`pg_snapshot_xmin`), in
 * (stream_xid, stream_seq) order: a transaction that commits after a younger one is not skipped.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table outbox add column stream_xid bigint not null default (pg_current_xact_id()::text::bigint);
    alter table outbox add column stream_seq bigint generated always as identity;
    create index outbox_stream_order on outbox (stream_xid, stream_seq);
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index outbox_stream_order;
    alter table outbox drop column stream_seq;
    alter table outbox drop column stream_xid;
  `.execute(db);
}
