import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import { readWriterSql } from '../src/db/writer/incident-writer.ts';

/**
 * The writer gains the compensation ledger's ops (insert an item; a status move guarded on the status it
 * was read in, its history entry appended), as planned in `IncidentChange.compensations`. Reloads
 * src/db/writer/apply-incident-changes.sql; `down` restores the function as 20261202T091000 loaded it,
 * kept verbatim in migrations/frozen/ because the source file has moved on.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(readWriterSql()).execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  const frozen = new URL('./frozen/20261202T091000_apply_incident_changes.sql', import.meta.url);
  await sql.raw(readFileSync(frozen, 'utf8')).execute(db);
}
