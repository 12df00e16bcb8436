import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, DeadlineStatus, DeadlinesTable } from '../schema.ts';

export type DeadlineRow = Selectable<DeadlinesTable>;

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

/** Median minutes from opening to the first apology, per playbook, over incidents opened since `since` that apologised. */
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
        .on('d.completed_at', 'is not', null)
        // Met or met late: an apology was published. A dismissed incident's deadline is cancelled.
        .on('d.status', 'in', ['met', 'breached']),
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
