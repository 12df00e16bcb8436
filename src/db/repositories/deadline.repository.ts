import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Effect } from '../../domain/incidents/incident.types.ts';
import type { DB, DeadlineStatus, DeadlinesTable } from '../schema.ts';

export type DeadlineRow = Selectable<DeadlinesTable>;

/** The machine's deadline effects: the changes this repository applies to deadline rows. */
export type DeadlineChange = Extract<Effect, { type: `deadline_${string}` }>;

/**
 * Applies the machine's deadline effects to the rows, in order, inside the step's transaction.
 * `reminderAt` is the playbook's fraction of a deadline's span after which `deadline.approaching` fires.
 */
export async function applyDeadlineChanges(
  trx: Transaction<DB>,
  incidentId: string,
  changes: readonly DeadlineChange[],
  reminderAt = 0.8,
): Promise<void> {
  // Wall-clock fraction of the span from the stage's start to the (possibly shifted) due time.
  const remindAt = (due: string | null) =>
    due === null ? null : sql<Date>`started_at + (${due}::timestamptz - started_at) * ${reminderAt}::float8`;
  for (const c of changes) {
    if (c.type === 'deadline_started') {
      const start = new Date(c.startedAt).getTime();
      const remind = new Date(start + (new Date(c.dueAt).getTime() - start) * reminderAt);
      await trx
        .insertInto('deadlines')
        .values({
          id: randomUUID(),
          incident_id: incidentId,
          stage: c.stage,
          started_at: c.startedAt,
          due_at: c.dueAt,
          status: 'pending',
          remind_at: remind,
        })
        .execute();
      continue;
    }
    const open = trx
      .updateTable('deadlines')
      .where('incident_id', '=', incidentId)
      .where('stage', '=', c.stage)
      .where('status', 'in', ['pending', 'paused']);
    switch (c.type) {
      case 'deadline_met':
        // Completed late still counts as a breach: the row keeps when it was due. A row the worker
        // already marked breached is completed too.
        await trx
          .updateTable('deadlines')
          .where('incident_id', '=', incidentId)
          .where('stage', '=', c.stage)
          .where((eb) =>
            eb.or([
              eb('status', 'in', ['pending', 'paused']),
              eb.and([eb('status', '=', 'breached'), eb('completed_at', 'is', null)]),
            ]),
          )
          .set({
            completed_at: c.at,
            status: sql<DeadlineStatus>`case when due_at is not null and due_at < ${c.at}::timestamptz then 'breached' else 'met' end`,
            breached_at: sql<Date | null>`case when due_at < ${c.at}::timestamptz then coalesce(breached_at, due_at) else breached_at end`,
          })
          .execute();
        break;
      case 'deadline_paused':
        await open
          .set({ status: 'paused', paused_at: c.at, remaining_ms: c.remainingMs, due_at: null })
          .execute();
        break;
      case 'deadline_resumed':
        await open
          .set({
            status: 'pending',
            paused_at: null,
            remaining_ms: null,
            due_at: c.dueAt,
            remind_at: remindAt(c.dueAt),
          })
          .execute();
        break;
      case 'deadline_rescheduled':
        await open
          .set({ due_at: c.dueAt, remaining_ms: c.remainingMs, remind_at: remindAt(c.dueAt) })
          .execute();
        break;
      case 'deadline_cancelled':
        await open.set({ status: 'cancelled', completed_at: c.at }).execute();
        break;
    }
  }
}

export async function listIncidentDeadlines(db: Kysely<DB>, incidentId: string): Promise<DeadlineRow[]> {
  return db
    .selectFrom('deadlines')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('started_at')
    .orderBy('id')
    .execute();
}

export interface DeadlineFilter {
  /** As the API reports it: a pending row past its due time reads as breached. */
  status?: DeadlineStatus | undefined;
  dueBefore?: Date | undefined;
  after?: { dueAt: Date; id: string } | undefined;
  now: Date;
  limit: number;
}

/** Deadlines across incidents, soonest due first. */
export async function listDeadlines(db: Kysely<DB>, f: DeadlineFilter): Promise<DeadlineRow[]> {
  let q = db.selectFrom('deadlines').selectAll().where('due_at', 'is not', null);
  if (f.status === 'pending') q = q.where('status', '=', 'pending').where('due_at', '>=', f.now);
  else if (f.status === 'breached') {
    q = q.where((eb) =>
      eb.or([
        eb('status', '=', 'breached'),
        eb.and([eb('status', '=', 'pending'), eb('due_at', '<', f.now)]),
      ]),
    );
  } else if (f.status) q = q.where('status', '=', f.status);
  if (f.dueBefore) q = q.where('due_at', '<', f.dueBefore);
  if (f.after) {
    const { dueAt, id } = f.after;
    q = q.where((eb) => eb(eb.refTuple('due_at', 'id'), '>', eb.tuple(dueAt, id)));
  }
  return q.orderBy('due_at').orderBy('id').limit(f.limit).execute();
}

export interface DeadlineStats {
  dueWithinHour: number;
  breached: number;
}

export async function deadlineStats(db: Kysely<DB>, now: Date): Promise<DeadlineStats> {
  const inHour = new Date(now.getTime() + 3_600_000);
  const row = await db
    .selectFrom('deadlines')
    .select([
      sql<string>`count(*) filter (where status = 'pending' and due_at >= ${now} and due_at < ${inHour})`.as(
        'soon',
      ),
      sql<string>`count(*) filter (where status = 'breached' or (status = 'pending' and due_at < ${now}))`.as(
        'late',
      ),
    ])
    .executeTakeFirstOrThrow();
  return { dueWithinHour: Number(row.soon), breached: Number(row.late) };
}

/** Median minutes from opening to the first apology, per playbook, for incidents opened since `since`. */
export async function medianTimeToApology(
  db: Kysely<DB>,
  since: Date,
): Promise<{ playbookId: string; medianMinutes: number; incidents: number }[]> {
  const rows = await db
    .selectFrom('incidents as i')
    .innerJoin('deadlines as d', (j) =>
      j
        .onRef('d.incident_id', '=', 'i.id')
        .on('d.stage', '=', 'apologise')
        .on('d.completed_at', 'is not', null),
    )
    .select([
      'i.playbook_id',
      sql<number>`percentile_cont(0.5) within group (order by extract(epoch from (d.completed_at - i.opened_at)) / 60)`.as(
        'median',
      ),
      sql<string>`count(distinct i.id)`.as('n'),
    ])
    .where('i.opened_at', '>=', since)
    .groupBy('i.playbook_id')
    .orderBy('i.playbook_id')
    .execute();
  return rows.map((r) => ({
    playbookId: r.playbook_id,
    medianMinutes: Number(r.median),
    incidents: Number(r.n),
  }));
}
