import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry } from '../../domain/audit/audit-chain.ts';
import type { AuditEntriesTable, DB } from '../schema.ts';

/** A page of the chain, oldest first, after `afterSeq`. */
export async function listAuditEntries(
  db: Kysely<DB>,
  incidentId: string,
  afterSeq: number,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_entries')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}

function toEntry(r: Selectable<AuditEntriesTable>): AuditEntry {
  return {
    incidentId: r.incident_id,
    seq: r.seq,
    at: r.at.toISOString(),
    actor: r.actor,
    keyId: r.key_id,
    keyName: r.key_name,
    action: r.action,
    fromState: r.from_state,
    toState: r.to_state,
    data: r.data,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** The newest `limit` entries of the chain, newest first (what a timeline shows). */
export async function newestAuditEntries(
  db: Kysely<DB>,
  incidentId: string,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_entries')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}
