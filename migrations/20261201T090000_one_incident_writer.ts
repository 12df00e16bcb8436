import { type Kysely, sql } from 'kysely';
import { readWriterSql } from '../src/db/writer/incident-writer.ts';
import { up as createApplyTransitions } from './20261130T092000_apply_transitions_function.ts';

/**
 * One writer for every change of an incident: `fivep_apply_incident_changes`, loaded from its source file
 * src/db/writer/apply-incident-changes.sql, replaces `fivep_apply_transitions` (transitions only, with
 * deadline rules of its own). A later change of that file comes with a new migration that loads it again.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists fivep_apply_transitions(jsonb)`.execute(db);
  await sql.raw(readWriterSql()).execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function fivep_apply_incident_changes(jsonb)`.execute(db);
  await createApplyTransitions(db);
}
