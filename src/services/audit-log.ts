import type { Kysely } from 'kysely';
import { listAuditEntries } from '../db/repositories/audit.repository.ts';
import type { IncidentRow } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { type AuditEntry, type ChainVerdict, verifyAuditChain } from '../domain/audit/audit-chain.ts';

const VERIFY_PAGE = 1_000;

/** An incident's whole chain, oldest first (read in pages). */
export async function readAuditChain(db: Kysely<DB>, incidentId: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let after = 0;
  for (;;) {
    const page = await listAuditEntries(db, incidentId, after, VERIFY_PAGE);
    entries.push(...page);
    if (page.length < VERIFY_PAGE) break;
    after = page.at(-1)!.seq;
  }
  return entries;
}

/** Checks a chain as read against the head recorded on its incident's row. */
export function verifyChainOf(incident: IncidentRow, entries: readonly AuditEntry[]): ChainVerdict {
  return verifyAuditChain(entries, { seq: incident.audit_seq, hash: incident.audit_head_hash });
}

/** Recomputes an incident's whole chain against the head recorded on its row. */
export async function verifyAudit(db: Kysely<DB>, incident: IncidentRow): Promise<ChainVerdict> {
  return verifyChainOf(incident, await readAuditChain(db, incident.id));
}
