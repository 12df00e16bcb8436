import { sql, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';

/** A monitored incident the worker may close by itself, with when it went quiet. */
export interface QuietIncident {
  id: string;
  playbookVersion: string;
  quietSince: Date;
}

/**
 * Claims, for the rest of the transaction, incidents in monitoring unchanged since `cutoff` whose `close`
 * nothing would stop (every attached complaint publicly answered, no open commitment), oldest first, with
 * when each went quiet: it entered monitoring, or a complaint arrived later. SKIP LOCKED: a change in
 * flight or another worker's claim is skipped (next tick), never waited for. The step checks the close
 * rules again under this lock; the filters here only keep blocked incidents from filling every batch.
 * `updated_at` moves with every version change, so an incident changed since `cutoff` is not due yet.
 */
export async function claimQuietMonitoring(
  trx: Transaction<DB>,
  cutoff: Date,
  limit: number,
): Promise<QuietIncident[]> {
  const rows = await sql<{
    id: string;
    playbook_version: string;
    entered: Date | null;
    last_complaint: Date | null;
  }>`
    select i.id, i.playbook_version,
      (select max(a.at) from audit_entries a where a.incident_id = i.id and a.to_state = 'monitoring'
        and a.from_state is distinct from 'monitoring') as entered,
      (select max(c.received_at) from complaints c where c.incident_id = i.id) as last_complaint
    from incidents i
    where i.state = 'monitoring' and i.updated_at <= ${cutoff}
      and not exists (select 1 from commitments m where m.incident_id = i.id and m.status = 'open')
      and not exists (select 1 from complaints c where c.incident_id = i.id and c.answered = false)
    order by i.updated_at, i.id
    limit ${limit}
    for no key update of i skip locked
  `.execute(trx);
  return rows.rows.flatMap((r) => {
    if (r.entered === null) return [];
    const quietSince =
      r.last_complaint !== null && r.last_complaint > r.entered ? r.last_complaint : r.entered;
    return [{ id: r.id, playbookVersion: r.playbook_version, quietSince }];
  });
}

/**
 * The newest closed incident of each playbook with when it closed (its chain's last entry into `closed`):
 * what a new complaint may reopen within the playbook's `reopenWindow`.
 */
export async function lastClosedIncidentsOf(
  trx: Transaction<DB>,
  playbookIds: readonly string[],
): Promise<
  {
    id: string;
    playbook_id: string;
    playbook_version: string;
    severity: string;
    state: string;
    complaint_count: number;
    stragglers: number;
    closed_at: Date | null;
  }[]
> {
  if (playbookIds.length === 0) return [];
  const rows = await sql<{
    id: string;
    playbook_id: string;
    playbook_version: string;
    severity: string;
    state: string;
    complaint_count: number;
    stragglers: number;
    closed_at: Date | null;
  }>`
    select distinct on (i.playbook_id) i.id, i.playbook_id, i.playbook_version, i.severity, i.state,
      i.complaint_count, i.stragglers,
      (select max(a.at) from audit_entries a where a.incident_id = i.id and a.to_state = 'closed'
        and a.from_state is distinct from 'closed') as closed_at
    from incidents i
    where i.playbook_id = any(${[...playbookIds]}::text[]) and i.state = 'closed'
    order by i.playbook_id, i.updated_at desc
  `.execute(trx);
  return rows.rows;
}

/** When the incident last entered `state` (records made while in it do not count), or null. */
export async function enteredStateAt(
  trx: Transaction<DB>,
  incidentId: string,
  state: string,
): Promise<Date | null> {
  const row = await trx
    .selectFrom('audit_entries')
    .select('at')
    .where('incident_id', '=', incidentId)
    .where('to_state', '=', state)
    .where((eb) => eb.or([eb('from_state', 'is', null), eb('from_state', '!=', state)]))
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}
