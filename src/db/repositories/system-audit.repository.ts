import type { Kysely } from 'kysely';
import type { SystemAuditEntry } from '../../domain/audit/audit-chain.ts';
import type { DB } from '../schema.ts';

/** A page of the system chain, oldest first, after `afterSeq`. */
export async function listSystemAuditEntries(
  db: Kysely<DB>,
  afterSeq: number,
  limit: number,
): Promise<SystemAuditEntry[]> {
  const rows = await db
    .selectFrom('system_audit_entries')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    data: r.data,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}
