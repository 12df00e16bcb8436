import type { Kysely, Transaction } from 'kysely';
import { insertAuditEntry, listAuditEntries } from '../db/repositories/audit.repository.ts';
import type { IncidentRow } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import {
  type AuditEntry,
  type ChainVerdict,
  hashAuditEntry,
  verifyAuditChain,
} from '../domain/audit/audit-chain.ts';

/** Who acted: the name given in the request and, once keys exist, the key behind it. */
export interface Actor {
  name: string;
  keyId: string | null;
  keyName: string | null;
}

export interface AuditRecord {
  at: Date;
  actor: Actor;
  action: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
}

/** The next entry of an incident's chain: content, link to the previous head, and its hash. */
export function auditEntryFor(
  incident: { id: string; auditSeq: number; auditHeadHash: string },
  record: AuditRecord,
): AuditEntry {
  const content = {
    incidentId: incident.id,
    seq: incident.auditSeq + 1,
    at: record.at.toISOString(),
    actor: record.actor.name,
    keyId: record.actor.keyId,
    keyName: record.actor.keyName,
    action: record.action,
    fromState: record.fromState,
    toState: record.toState,
    // Round-trip through JSON so the hash covers exactly what jsonb will hand back.
    data: JSON.parse(JSON.stringify(record.data)) as Record<string, unknown>,
  };
  return {
    ...content,
    prevHash: incident.auditHeadHash,
    hash: hashAuditEntry(content, incident.auditHeadHash),
  };
}

/**
 * Appends one entry to an incident's chain. The caller holds the incident row lock and writes the
 * returned head (seq, hash) back onto the incident in the same transaction.
 */
export async function appendAudit(
  trx: Transaction<DB>,
  incident: { id: string; auditSeq: number; auditHeadHash: string },
  record: AuditRecord,
): Promise<AuditEntry> {
  const entry = auditEntryFor(incident, record);
  await insertAuditEntry(trx, entry);
  return entry;
}

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
