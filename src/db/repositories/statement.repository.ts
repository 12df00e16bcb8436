import type { Kysely, Selectable } from 'kysely';
import type { Statement, StatementStage } from '../../domain/statements/statement.types.ts';
import type { DB, StatementsTable } from '../schema.ts';

/** How many of the newest published statements the canned rule compares a text with. */
export const CANNED_SAMPLE = 5_000;

/**
 * Statements published for every other incident: the input of the no-canned-answers rule (drafts and
 * approved statements not yet published do not count). Bounded to the newest `limit`, since a template
 * reused long ago matters less than one reused today.
 */
export async function statementsOfOtherIncidents(
  trx: Kysely<DB>,
  incidentId: string,
  limit = CANNED_SAMPLE,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('statements')
    .select('text')
    .where('status', '=', 'published')
    .where('incident_id', '!=', incidentId)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.text);
}

/** One statement, or null. */
export async function findStatement(db: Kysely<DB>, id: string): Promise<Statement | null> {
  const row = await db.selectFrom('statements').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStatement(row) : null;
}

/** An incident's statements, oldest first. */
export async function listStatements(db: Kysely<DB>, incidentId: string): Promise<Statement[]> {
  const rows = await db
    .selectFrom('statements')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toStatement);
}

export function toStatement(row: Selectable<StatementsTable>): Statement {
  return {
    id: row.id,
    incidentId: row.incident_id,
    stage: row.stage as StatementStage,
    text: row.text,
    language: row.language,
    channels: row.channels,
    status: row.status,
    author: row.author,
    createdAt: row.created_at.toISOString(),
    decisions: row.decisions,
    publishedAt: row.published_at?.toISOString() ?? null,
    checks: row.checks,
    remindAt: row.remind_at?.toISOString() ?? null,
    remindedAt: row.reminded_at?.toISOString() ?? null,
  };
}
