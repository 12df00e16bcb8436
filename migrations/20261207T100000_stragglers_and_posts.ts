import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';

/**
 * The desk for a real wave (v1.2). `incidents.stragglers`: complaints that joined the incident since it
 * last entered monitoring or closed (a counter the one writer keeps, reset by the planner on every change
 * of state). `complaints.post_id`: the Facebook post or Instagram media a comment sits under, so a desk
 * can group a wave by post. The writer gains the counter; this migration loads the writer exactly as it
 * stood here (migrations/frozen/, named after this migration), and `down` the one before it.
 */
const frozen = (name: string) => readFileSync(new URL(`./frozen/${name}`, import.meta.url), 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table incidents add column stragglers int not null default 0`.execute(db);
  await sql`alter table complaints add column post_id text`.execute(db);
  await sql`create index complaints_by_post on complaints (incident_id, post_id) where post_id is not null`.execute(
    db,
  );
  await sql.raw(frozen('20261207T100000_apply_incident_changes.sql')).execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  // The older writer does not name the counter: load it first, then drop the columns it never wrote.
  await sql.raw(frozen('20261203T110000_apply_incident_changes.sql')).execute(db);
  await sql`drop index if exists complaints_by_post`.execute(db);
  await sql`alter table complaints drop column if exists post_id`.execute(db);
  await sql`alter table incidents drop column if exists stragglers`.execute(db);
}
