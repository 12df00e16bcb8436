import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';
import type { ComplaintRow } from './complaint.repository.ts';
import type { IncidentHead } from './incident.repository.ts';

/** Which complaints: every filter of the lists (the same conditions the board and workspace count by). */
export interface ComplaintFilter {
  answered?: boolean | undefined;
  /** Unanswered past its first-reply time at `now` (true), or not (false). */
  overdue?: { is: boolean; now: Date } | undefined;
  source?: string | undefined;
  /** An incident id, or null for complaints attached to none (triage). */
  incidentId?: string | null | undefined;
  /** Only the complaints this API key posted (an integration reads its own). */
  postedBy?: string | undefined;
  /**
   * Words to find: each complaint searched in its own language (websearch syntax); `broad` also finds the
   * words as typed in the text, its platform edit, the author or the order number (an incident's list).
   */
  search?: { text: string; broad: boolean } | undefined;
  /** Moved to a private channel (true) or not (false). */
  movedPrivate?: boolean | undefined;
  /** What the platform reported since: edited or removed there. */
  platformState?: 'edited' | 'removed' | undefined;
  /** Comments under this post or media. */
  postId?: string | undefined;
}

/**
 * The orders of the lists: `oldest` and `newest` by arrival, `due` soonest first-reply time first (those
 * without one last), `urgent` the unanswered soonest due first, then the answered ones.
 */
export type ComplaintOrder = 'oldest' | 'newest' | 'due' | 'urgent';

/** Where the next page starts: the last row's position in the list's order. */
export interface ComplaintPosition {
  receivedAt: Date;
  dueAt: Date | null;
  answered: boolean;
  id: string;
}

/** The first-reply time as the order compares it: none sorts after every time. */
const dueKey = sql<Date>`coalesce(first_reply_due_at, 'infinity'::timestamptz)`;
const dueValue = (d: Date | null) => sql<Date>`${d === null ? 'infinity' : d.toISOString()}::timestamptz`;

/**
 * A page in `order`, keyset-paged after `after`. Arrival orders run on (received_at, id), which the
 * per-filter indexes hold; lists of what waits run on the due time (complaints_awaiting_reply,
 * complaints_unanswered_by_due). An incident's list is short enough for any order.
 */
export async function listComplaints(
  db: Kysely<DB>,
  f: ComplaintFilter & { order: ComplaintOrder; after?: ComplaintPosition | undefined; limit: number },
): Promise<ComplaintRow[]> {
  const a = f.after;
  const q = filtered(db.selectFrom('complaints').selectAll(), f);
  switch (f.order) {
    case 'newest':
      return q
        .$if(a !== undefined, (w) =>
          w.where((eb) => eb(eb.refTuple('received_at', 'id'), '<', eb.tuple(a!.receivedAt, a!.id))),
        )
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(f.limit)
        .execute();
    case 'due':
      return q
        .$if(a !== undefined, (w) =>
          w.where(sql<boolean>`(${dueKey}, id) > (${dueValue(a!.dueAt)}, ${a!.id}::uuid)`),
        )
        .orderBy(dueKey)
        .orderBy('id')
        .limit(f.limit)
        .execute();
    case 'urgent':
      return q
        .$if(a !== undefined, (w) =>
          w.where(
            sql<boolean>`(answered, ${dueKey}, id) > (${a!.answered}, ${dueValue(a!.dueAt)}, ${a!.id}::uuid)`,
          ),
        )
        .orderBy('answered')
        .orderBy(dueKey)
        .orderBy('id')
        .limit(f.limit)
        .execute();
    default:
      return q
        .$if(a !== undefined, (w) =>
          w.where((eb) => eb(eb.refTuple('received_at', 'id'), '>', eb.tuple(a!.receivedAt, a!.id))),
        )
        .orderBy('received_at')
        .orderBy('id')
        .limit(f.limit)
        .execute();
  }
}

/** How many complaints the filter matches (the list's `total`). */
export async function countComplaints(db: Kysely<DB>, f: ComplaintFilter): Promise<number> {
  const row = await filtered(
    db.selectFrom('complaints').select((eb) => eb.fn.countAll<string>().as('n')),
    f,
  ).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** LIKE's own characters in what a person typed, taken literally. */
const literal = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered<Q extends SelectQueryBuilder<DB, 'complaints', object>>(q: Q, f: ComplaintFilter): Q {
  let w = q as SelectQueryBuilder<DB, 'complaints', object>;
  if (f.answered !== undefined) w = w.where('answered', '=', f.answered);
  if (f.source !== undefined) w = w.where('source', '=', f.source);
  if (f.overdue !== undefined) {
    const { is, now } = f.overdue;
    w = w.where((eb) => {
      const late = eb.and([
        eb('answered', '=', false),
        eb('first_reply_due_at', 'is not', null),
        eb('first_reply_due_at', '<', now),
      ]);
      return is ? late : eb.not(late);
    });
  }
  if (f.incidentId === null) w = w.where('incident_id', 'is', null);
  else if (f.incidentId !== undefined) w = w.where('incident_id', '=', f.incidentId);
  if (f.postedBy !== undefined) w = w.where('posted_by_key_id', '=', f.postedBy);
  if (f.movedPrivate !== undefined) {
    w = w.where('private_channel', f.movedPrivate ? 'is not' : 'is', null);
  }
  if (f.platformState === 'edited') w = w.where('meta_edited_at', 'is not', null);
  if (f.platformState === 'removed') w = w.where('meta_removed_at', 'is not', null);
  if (f.postId !== undefined) w = w.where('post_id', '=', f.postId);
  if (f.search !== undefined) {
    // The expression of the complaints_search index; both functions hold the language mapping (a migration).
    const words = sql<boolean>`fivep_search_document(language, text) @@ fivep_search_query(${f.search.text})`;
    const like = literal(f.search.text);
    w = f.search.broad
      ? w.where((eb) =>
          eb.or([
            words,
            eb('text', 'ilike', like),
            eb('meta_edited_text', 'ilike', like),
            eb('author', 'ilike', like),
            eb('order_id', 'ilike', like),
          ]),
        )
      : w.where(words);
  }
  return w as Q;
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
