import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { DB, IncidentsTable } from '../schema.ts';

export type IncidentRow = Selectable<IncidentsTable>;

/**
 * Locks the incident row for the rest of the transaction; every change to an incident goes through here.
 * FOR NO KEY UPDATE (what an UPDATE of the row takes anyway) still serialises all changes to an incident,
 * but not the foreign-key checks of rows inserted elsewhere that point at it: complaint ingest stores
 * complaints before it takes its incident locks, and FOR UPDATE would then deadlock it with a transition.
 */
export async function lockIncident(trx: Transaction<DB>, id: string): Promise<IncidentRow | null> {
  const row = await trx
    .selectFrom('incidents')
    .selectAll()
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
  return row ?? null;
}

/** What complaint ingest needs of an incident to place complaints in it. */
export type IncidentHead = Pick<
  IncidentRow,
  'id' | 'playbook_version' | 'severity' | 'state' | 'complaint_count' | 'stragglers'
>;

/** The heads of these incidents, without locking them (the unknown ones are absent). */
export async function findIncidentHeads(db: Kysely<DB>, ids: readonly string[]): Promise<IncidentHead[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('incidents')
    .select(['id', 'playbook_version', 'severity', 'state', 'complaint_count', 'stragglers'])
    .where('id', '=', sql<string>`any(${[...new Set(ids)]}::uuid[])`)
    .execute();
}

/**
 * Columns for reading: the snapshot (the largest column) only for rows without a stored view, since
 * the view is all a read needs.
 */
export function incidentReadColumns(db: Kysely<DB>) {
  return db
    .selectFrom('incidents')
    .select([
      'id',
      'playbook_id',
      'playbook_version',
      'title',
      'summary',
      'severity',
      'state',
      'version',
      'opened_at',
      'updated_at',
      'deadline_stage',
      'deadline_due_at',
      'breached',
      'complaint_count',
      'stragglers',
      'audit_seq',
      'audit_head_hash',
      'tags',
      'view',
      sql<Record<string, unknown>>`case when view is null then snapshot end`.as('snapshot'),
    ]);
}

export async function findIncident(db: Kysely<DB>, id: string): Promise<IncidentRow | null> {
  return (await incidentReadColumns(db).where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Whole rows, snapshots included, without a lock: the input of optimistic steps. */
export async function findIncidentsForStep(db: Kysely<DB>, ids: readonly string[]): Promise<IncidentRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute();
}

/** Several incidents in one read (coalesced GETs); absent ids are simply missing from the result. */
export async function findIncidents(db: Kysely<DB>, ids: readonly string[]): Promise<IncidentRow[]> {
  if (ids.length === 0) return [];
  return incidentReadColumns(db).where('id', 'in', ids).execute();
}

/** Versions of several incidents in one index read (coalesced conditional GETs). */
export async function findIncidentVersions(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('incidents').select(['id', 'version']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.version]));
}

export interface IncidentFilter {
  state?: string | undefined;
  severity?: string | undefined;
  playbookId?: string | undefined;
  /** true: the current deadline has passed; false: it has not (or there is none). */
  breached?: boolean | undefined;
  updatedSince?: Date | undefined;
  /** Keyset position: rows strictly after (older than) this one. */
  after?: { updatedAt: Date; id: string } | undefined;
  now: Date;
  limit: number;
}

/** Newest change first; keyset pagination on (updated_at, id), stable while rows change. */
export async function listIncidents(db: Kysely<DB>, f: IncidentFilter): Promise<IncidentRow[]> {
  let q = incidentReadColumns(db);
  // The filtered columns that have an (…, updated_at desc, id desc) index lead the ORDER BY: that changes
  // nothing in the result (they are constant) but matches that index's order, so the planner reads one
  // page from it. Left to itself it often walks incidents_by_update and filters, misled by rows that
  // cluster in time (10,000 rows read for 50 on the bench's seed). A single leading column is compared
  // with `= any(array[…])` because PostgreSQL drops an ORDER BY column that `=` pins to a constant, and
  // the hint with it; (state, severity) has its own index, which the planner picks with plain `=` (and
  // would scan out of order with two arrays).
  const leading = leadingColumns(f);
  const hinted = leading.length === 1 ? leading[0] : undefined;
  for (const [column, value] of [
    ['state', f.state],
    ['severity', f.severity],
    ['playbook_id', f.playbookId],
  ] as const) {
    if (value === undefined) continue;
    q =
      column === hinted
        ? q.where(sql<boolean>`${sql.ref(column)} = any(array[${value}::text])`)
        : q.where(column, '=', value);
  }
  if (f.breached === true) q = q.where('deadline_due_at', '<', f.now);
  if (f.breached === false) {
    q = q.where((eb) => eb.or([eb('deadline_due_at', 'is', null), eb('deadline_due_at', '>=', f.now)]));
  }
  if (f.updatedSince) q = q.where('updated_at', '>', f.updatedSince);
  if (f.after) {
    const { updatedAt, id } = f.after;
    q = q.where((eb) => eb(eb.refTuple('updated_at', 'id'), '<', eb.tuple(updatedAt, id)));
  }
  for (const column of leading) q = q.orderBy(column);
  return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

/** The equality filters with an (…, updated_at desc, id desc) index, most selective first. */
function leadingColumns(f: IncidentFilter): ('state' | 'severity' | 'playbook_id')[] {
  if (f.state && f.severity) return ['state', 'severity'];
  if (f.playbookId) return ['playbook_id'];
  if (f.state) return ['state'];
  if (f.severity) return ['severity'];
  return [];
}

export interface IncidentCounts {
  byState: Record<string, number>;
  bySeverity: Record<string, number>;
}

export async function countIncidents(db: Kysely<DB>): Promise<IncidentCounts> {
  const rows = await db
    .selectFrom('incidents')
    .select(['state', 'severity', sql<string>`count(*)`.as('n')])
    .groupBy(['state', 'severity'])
    .execute();
  const byState: Record<string, number> = {};
  const bySeverity: Record<string, number> = {};
  for (const r of rows) {
    byState[r.state] = (byState[r.state] ?? 0) + Number(r.n);
    bySeverity[r.severity] = (bySeverity[r.severity] ?? 0) + Number(r.n);
  }
  return { byState, bySeverity };
}
