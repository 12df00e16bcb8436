import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';
import type { ComplaintRow } from './complaint.repository.ts';
import type { IncidentHead } from './incident.repository.ts';

export interface ComplaintFilter {
  answered?: boolean | undefined;
  /** Unanswered past its first-reply time at `now` (true), or not (false). */
  overdue?: { is: boolean; now: Date } | undefined;
  source?: string | undefined;
  /** An incident id, or null for complaints attached to none (triage). */
  incidentId?: string | null | undefined;
  /** Only the complaints this API key posted (an integration reads its own). */
  postedBy?: string | undefined;
  /** Words to find, each complaint searched in its own language (websearch syntax). */
  search?: string | undefined;
  /** Soonest first-reply time first (no time last), for lists of what waits; else oldest first. */
  soonestDue?: boolean | undefined;
  after?: { receivedAt: Date; id: string } | { dueAt: Date | null; id: string } | undefined;
  limit: number;
}

/**
 * Oldest first, keyset on (received_at, id): a waiting complaint never drops off a page because newer
 * ones arrived, and each filter has a partial index in that order. Lists of what waits for a reply run
 * soonest due first instead, keyset on (first_reply_due_at, id) (indexes complaints_awaiting_reply and
 * complaints_unanswered_by_due).
 */
export async function listComplaints(db: Kysely<DB>, f: ComplaintFilter): Promise<ComplaintRow[]> {
  let q = db.selectFrom('complaints').selectAll();
  if (f.answered !== undefined) q = q.where('answered', '=', f.answered);
  if (f.source !== undefined) q = q.where('source', '=', f.source);
  if (f.overdue !== undefined) {
    const { is, now } = f.overdue;
    q = q.where((eb) => {
      const late = eb.and([
        eb('answered', '=', false),
        eb('first_reply_due_at', 'is not', null),
        eb('first_reply_due_at', '<', now),
      ]);
      return is ? late : eb.not(late);
    });
  }
  if (f.incidentId === null) q = q.where('incident_id', 'is', null);
  else if (f.incidentId !== undefined) q = q.where('incident_id', '=', f.incidentId);
  if (f.postedBy !== undefined) q = q.where('posted_by_key_id', '=', f.postedBy);
  // The expression of the complaints_search index; both functions hold the language mapping (a migration).
  if (f.search !== undefined) {
    q = q.where(sql<boolean>`fivep_search_document(language, text) @@ fivep_search_query(${f.search})`);
  }
  const after = f.after;
  if (f.soonestDue) {
    // Ascending order puts the complaints without a due time last; the keyset says so in words.
    if (after && 'dueAt' in after) {
      const { dueAt, id } = after;
      q = q.where((eb) =>
        dueAt === null
          ? eb.and([eb('first_reply_due_at', 'is', null), eb('id', '>', id)])
          : eb.or([
              eb('first_reply_due_at', '>', dueAt),
              eb.and([eb('first_reply_due_at', '=', dueAt), eb('id', '>', id)]),
              eb('first_reply_due_at', 'is', null),
            ]),
      );
    }
    return q.orderBy('first_reply_due_at').orderBy('id').limit(f.limit).execute();
  }
  if (after && 'receivedAt' in after) {
    const { receivedAt, id } = after;
    q = q.where((eb) => eb(eb.refTuple('received_at', 'id'), '>', eb.tuple(receivedAt, id)));
  }
  return q.orderBy('received_at').orderBy('id').limit(f.limit).execute();
}

/**
 * The newest incident of each playbook that is still open for complaints: any state but closed and
 * dismissed (monitoring included: the caller decides between reopening and starting anew).
 */
export async function openIncidentsOf(
  trx: Transaction<DB>,
  playbookIds: readonly string[],
): Promise<(IncidentHead & { playbook_id: string })[]> {
  if (playbookIds.length === 0) return [];
  return trx
    .selectFrom('incidents')
    .select(['id', 'playbook_id', 'playbook_version', 'severity', 'state', 'complaint_count', 'stragglers'])
    .distinctOn('playbook_id')
    .where('playbook_id', 'in', playbookIds)
    .where('state', 'not in', ['closed', 'dismissed'])
    .orderBy('playbook_id')
    .orderBy('opened_at', 'desc')
    .execute();
}

/** The playbooks whose triggers each of these complaints matched at ingest (none for the unmatched). */
export async function matchedPlaybookIds(
  db: Kysely<DB>,
  complaintIds: readonly string[],
): Promise<Map<string, string[]>> {
  const matched = new Map<string, string[]>();
  if (complaintIds.length === 0) return matched;
  const rows = await db
    .selectFrom('complaint_matches')
    .select(['complaint_id', 'playbook_id'])
    .where('complaint_id', '=', sql<string>`any(${[...new Set(complaintIds)]}::uuid[])`)
    .orderBy('playbook_id')
    .execute();
  for (const r of rows) matched.set(r.complaint_id, [...(matched.get(r.complaint_id) ?? []), r.playbook_id]);
  return matched;
}
