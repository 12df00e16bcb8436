import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/**
 * Statements published for every other incident: the input of the no-canned-answers rule.
 * Bounded to the newest `limit`, since a template reused long ago matters less than one reused today.
 */
export async function statementsOfOtherIncidents(
  trx: Kysely<DB>,
  incidentId: string,
  limit = 5_000,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('statements')
    .select('text')
    .where('incident_id', '!=', incidentId)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.text);
}
