import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditEntry } from '../../domain/audit/audit-chain.ts';
import type { AuditEntriesTable, DB } from '../schema.ts';

export async function insertAuditEntry(trx: Transaction<DB>, e: AuditEntry): Promise<void> {
  await insertAuditEntries(trx, [e]);
}

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

export async function insertAuditEntries(
  trx: Transaction<DB>,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto('audit_entries')
    .values(
      entries.map((e) => ({
        incident_id: e.incidentId,
        seq: e.seq,
        at: e.at,
        actor: e.actor,
        key_id: e.keyId,
        key_name: e.keyName,
        action: e.action,
        from_state: e.fromState,
        to_state: e.toState,
        data: JSON.stringify(e.data),
        prev_hash: e.prevHash,
        hash: e.hash,
      })),
    )
    .execute();
}
