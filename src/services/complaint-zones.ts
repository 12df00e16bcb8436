import type { Kysely } from 'kysely';
import type { ComplaintRow } from '../db/repositories/complaint.repository.ts';
import { matchedPlaybookIds } from '../db/repositories/complaint-list.repository.ts';
import { findIncidentHeads } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { type Playbook, playbookTimeZone } from '../domain/playbooks/playbook.schema.ts';
import { type Complaint, toComplaint } from './complaint-view.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

/** The default first-reply policy (FIRST_REPLY_DEFAULT) belongs to no playbook and has no zone of its own. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** The zone a complaint placed with `playbook` (its incident's, or the one it matched) is shown in. */
export const zoneOf = (playbook: Playbook | undefined): string =>
  playbook ? playbookTimeZone(playbook) : DEFAULT_TIME_ZONE;

/**
 * Complaints as the API shows them, each first-reply time also in local time: the zone of its incident's
 * playbook (the version it runs under), else of the playbook it matched (the first by id when several
 * did), else UTC. Two reads for the whole list, whatever its length; definitions come from the registry.
 * Inside a transaction pass it as `db` (the embedded database has one session).
 */
export async function viewComplaints(
  db: Kysely<DB>,
  playbooks: PlaybookRegistry,
  rows: readonly ComplaintRow[],
): Promise<Complaint[]> {
  if (rows.length === 0) return [];
  const attached = rows.flatMap((r) => r.incident_id ?? []);
  const loose = rows.filter((r) => r.incident_id === null).map((r) => r.id);
  const heads = await findIncidentHeads(db, attached);
  const matched = await matchedPlaybookIds(db, loose);
  const byIncident = new Map<string, string>();
  for (const head of heads) {
    byIncident.set(head.id, zoneOf(await playbooks.definition(head.playbook_version, db)));
  }
  const zone = (r: ComplaintRow): string => {
    if (r.incident_id !== null) return byIncident.get(r.incident_id) ?? DEFAULT_TIME_ZONE;
    const ids = matched.get(r.id) ?? [];
    return zoneOf(ids.map((id) => playbooks.get(id)?.playbook).find((p) => p !== undefined));
  };
  return rows.map((r) => toComplaint(r, zone(r)));
}

/** One complaint as the API shows it (see {@link viewComplaints}). */
export async function viewComplaint(
  db: Kysely<DB>,
  playbooks: PlaybookRegistry,
  row: ComplaintRow,
): Promise<Complaint> {
  return (await viewComplaints(db, playbooks, [row]))[0]!;
}
