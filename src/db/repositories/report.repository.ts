import type { Kysely } from 'kysely';
import type { ComplaintFacts } from '../../domain/reports/complaint-summary.ts';
import type { DB } from '../schema.ts';

/** What the report counts of an incident's complaints, oldest first (only the columns it reads). */
export async function complaintFactsOf(db: Kysely<DB>, incidentId: string): Promise<ComplaintFacts[]> {
  const rows = await db
    .selectFrom('complaints')
    .select(['source', 'received_at', 'answered_at', 'first_reply_breached_at'])
    .where('incident_id', '=', incidentId)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    source: r.source,
    receivedAt: r.received_at.toISOString(),
    answeredAt: r.answered_at?.toISOString() ?? null,
    firstReplyBreached: r.first_reply_breached_at !== null,
  }));
}
