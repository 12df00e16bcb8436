import type { Kysely } from 'kysely';
import { listAuditEntries } from '../db/repositories/audit.repository.ts';
import type { IncidentRow } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { type AuditEntry, type ChainVerdict, verifyAuditChain } from '../domain/audit/audit-chain.ts';

const VERIFY_PAGE = 1_000;

/** Recomputes an incident's whole chain against the head recorded on its row. */
export async function verifyAudit(db: Kysely<DB>, incident: IncidentRow): Promise<ChainVerdict> {
  const entries: AuditEntry[] = [];
  let after = 0;
  for (;;) {
    const page = await listAuditEntries(db, incident.id, after, VERIFY_PAGE);
    entries.push(...page);
    if (page.length < VERIFY_PAGE) break;
    after = page.at(-1)!.seq;
  }
  return verifyAuditChain(entries, { seq: incident.audit_seq, hash: incident.audit_head_hash });
}
