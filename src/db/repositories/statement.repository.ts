import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../schema.ts';

export async function insertStatement(
  trx: Transaction<DB>,
  s: { incidentId: string; stage: string; text: string; at: Date },
): Promise<void> {
  await trx
    .insertInto('statements')
    .values({ id: randomUUID(), incident_id: s.incidentId, stage: s.stage, text: s.text, published_at: s.at })
    .execute();
}

/**
 * Statements published for every other incident: the input of the no-canned-answers rule.
 * Bounded to the newest `limit`, since a template reused long ago matters less than one reused today.
 */
export async function statementsOfOtherIncidents(
  trx: Transaction<DB>,
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
