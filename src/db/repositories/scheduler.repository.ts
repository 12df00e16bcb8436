import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';

/** Deadlines whose reminder time has come; `markReminded` is the once-guard. */
export async function dueReminders(db: Kysely<DB>, now: Date, limit: number) {
  return db
    .selectFrom('deadlines')
    .select(['id', 'incident_id', 'stage', 'due_at'])
    .where('status', '=', 'pending')
    .where('reminded_at', 'is', null)
    .where('remind_at', '<=', now)
    .where('due_at', '>', now)
    .orderBy('remind_at')
    .limit(limit)
    .execute();
}

export async function markReminded(trx: Transaction<DB>, id: string, now: Date): Promise<boolean> {
  const done = await trx
    .updateTable('deadlines')
    .set({ reminded_at: now })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

/** Complaints still unanswered past their first-reply due time; `breachFirstReply` is the once-guard. */
export async function dueFirstReplies(db: Kysely<DB>, now: Date, limit: number) {
  return db
    .selectFrom('complaints')
    .select(['id', 'incident_id', 'first_reply_due_at'])
    .where('answered', '=', false)
    .where('first_reply_breached_at', 'is', null)
    .where('first_reply_due_at', '<=', now)
    .orderBy('first_reply_due_at')
    .limit(limit)
    .execute();
}

export async function breachFirstReply(trx: Transaction<DB>, id: string, now: Date): Promise<boolean> {
  const done = await trx
    .updateTable('complaints')
    .set({ first_reply_breached_at: now })
    .where('id', '=', id)
    .where('answered', '=', false)
    .where('first_reply_breached_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

export interface DueBreach {
  deadline_id: string;
  incident_id: string;
  stage: string;
  due_at: Date;
  state: string;
  severity: string;
  playbook_version: string;
  audit_seq: number;
  audit_head_hash: string;
}

/**
 * Claims a batch of due deadlines together with their incidents. SKIP LOCKED on both rows: another
 * worker's batch or a transition in flight is skipped (next tick), never waited for, so the batch
 * cannot deadlock with anything. One deadline per incident per batch keeps each audit chain linear.
 */
export async function claimDueBreaches(trx: Transaction<DB>, now: Date, limit: number): Promise<DueBreach[]> {
  const rows = await sql<DueBreach>`
    select d.id as deadline_id, d.incident_id, d.stage, d.due_at, i.state, i.severity, i.playbook_version,
           i.audit_seq, i.audit_head_hash
    from deadlines d join incidents i on i.id = d.incident_id
    where d.status = 'pending' and d.due_at <= ${now}
    order by d.due_at
    limit ${limit}
    for update of d, i skip locked
  `.execute(trx);
  const seen = new Set<string>();
  return rows.rows.filter((r) => !seen.has(r.incident_id) && seen.add(r.incident_id));
}

export async function markDeadlinesBreached(trx: Transaction<DB>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('deadlines')
    .set((eb) => ({ status: 'breached', breached_at: eb.ref('due_at') }))
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .execute();
}

/** Writes the new chain heads, flags the incidents breached (their version moves) and adds tags: one statement. */
export async function flagIncidentsBreached(
  trx: Transaction<DB>,
  rows: readonly { id: string; seq: number; hash: string; tag: string | null }[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${r.seq}::int, ${r.hash}::text, ${r.tag}::text)`),
  );
  await sql`
    update incidents i set
      breached = true,
      version = i.version + 1,
      updated_at = ${at},
      audit_seq = v.seq,
      audit_head_hash = v.hash,
      tags = case when v.tag is null or i.tags @> jsonb_build_array(v.tag) then i.tags else i.tags || jsonb_build_array(v.tag) end
    from (values ${values}) as v(id, seq, hash, tag)
    where i.id = v.id
  `.execute(trx);
}

/** After a severity rise (which starts the current deadline's flag afresh), the breach flag again. */
export async function reflagBreached(trx: Transaction<DB>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.updateTable('incidents').set({ breached: true }).where('id', 'in', ids).execute();
}
