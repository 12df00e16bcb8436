import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';

/** An incident's complaints counted the ways a desk filters them, per channel. */
export interface ComplaintCountsRow {
  source: string;
  total: number;
  unanswered: number;
  overdue: number;
  moved_private: number;
  edited: number;
  removed: number;
}

/**
 * One statement over the incident's complaints (complaints_by_incident): per channel, all of them, those
 * without a reply, those of them past their first-reply time at `now`, moved private, edited and removed
 * on the platform. The same conditions as the list's filters (complaint-list.repository.ts) and the board.
 */
export async function incidentComplaintCounts(
  db: Kysely<DB>,
  incidentId: string,
  now: Date,
): Promise<ComplaintCountsRow[]> {
  const result = await sql<ComplaintCountsRow>`
    select source, count(*)::int as total,
      count(*) filter (where not answered)::int as unanswered,
      count(*) filter (where not answered and first_reply_due_at < ${now}::timestamptz)::int as overdue,
      count(*) filter (where private_channel is not null)::int as moved_private,
      count(*) filter (where meta_edited_at is not null)::int as edited,
      count(*) filter (where meta_removed_at is not null)::int as removed
    from complaints where incident_id = ${incidentId}
    group by source order by source`.execute(db);
  return result.rows;
}

/** The posts an incident's comments sit under, most commented first: a wave read post by post. */
export async function incidentPosts(
  db: Kysely<DB>,
  incidentId: string,
  limit: number,
): Promise<{ post_id: string; source: string; total: number; unanswered: number }[]> {
  const result = await sql<{ post_id: string; source: string; total: number; unanswered: number }>`
    select post_id, min(source) as source, count(*)::int as total, count(*) filter (where not answered)::int as unanswered
    from complaints where incident_id = ${incidentId} and post_id is not null
    group by post_id order by count(*) desc, post_id limit ${limit}`.execute(db);
  return result.rows;
}
