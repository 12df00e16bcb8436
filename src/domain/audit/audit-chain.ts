import { contentHash } from '../canonical-json.ts';

/** What an audit entry says; the hash covers all of it plus the previous entry's hash. */
export interface AuditContent {
  incidentId: string;
  seq: number;
  at: string;
  actor: string;
  keyId: string | null;
  keyName: string | null;
  action: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
}

export interface AuditEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

/** Who acted: the name given in the request and, once keys exist, the key behind it. */
export interface Actor {
  name: string;
  keyId: string | null;
  keyName: string | null;
}

/** What a change records on an incident's chain, before it is linked and hashed. */
export interface AuditRecord {
  at: Date;
  actor: Actor;
  action: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
}

/** Where an incident's chain stands: the newest entry's seq and hash (0 and '' before the first). */
export interface ChainHead {
  incidentId: string;
  seq: number;
  hash: string;
}

/** The next entry of an incident's chain: content, link to the previous head, and its hash. */
export function nextAuditEntry(head: ChainHead, record: AuditRecord): AuditEntry {
  const content: AuditContent = {
    incidentId: head.incidentId,
    seq: head.seq + 1,
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
  return { ...content, prevHash: head.hash, hash: hashAuditEntry(content, head.hash) };
}

/** An entry of the system chain: events that belong to no incident (a webhook subscription disabled). */
export interface SystemAuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** The next entry of the system chain after `head` (null before the first). */
export function nextSystemAuditEntry(
  head: { seq: number; hash: string } | null,
  record: { at: Date; actor: string; action: string; data: Record<string, unknown> },
): SystemAuditEntry {
  const content = {
    seq: (head?.seq ?? 0) + 1,
    at: record.at.toISOString(),
    actor: record.actor,
    action: record.action,
    data: JSON.parse(JSON.stringify(record.data)) as Record<string, unknown>,
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  return { ...content, prevHash, hash: contentHash({ ...content, prevHash }) };
}

/** The chain's hash before its first entry. */
export const GENESIS_HASH = '';

/** SHA-256 over the canonical JSON of the entry's content and the previous hash. */
export function hashAuditEntry(content: AuditContent, prevHash: string): string {
  return contentHash({ ...content, prevHash });
}

export type ChainVerdict =
  | { valid: true; entries: number }
  | { valid: false; entries: number; firstInvalidSeq: number; reason: string };

/**
 * Recomputes the chain. `head` is what the incident row says its newest entry is, so entries removed
 * from the end (or a TRUNCATE, which skips row triggers) are caught too.
 */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  head: { seq: number; hash: string },
): ChainVerdict {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = index + 1;
    const fail = (reason: string): ChainVerdict => ({
      valid: false,
      entries: entries.length,
      firstInvalidSeq: expectedSeq,
      reason,
    });
    if (entry.seq !== expectedSeq)
      return fail(`entry ${expectedSeq} is missing (found ${entry.seq} in its place)`);
    if (entry.prevHash !== prevHash) return fail(`entry ${expectedSeq} does not link to the entry before it`);
    const { hash, prevHash: _prev, ...content } = entry;
    if (hashAuditEntry(content, prevHash) !== hash)
      return fail(`entry ${expectedSeq} was altered after it was written`);
    prevHash = hash;
  }
  if (entries.length < head.seq) {
    return {
      valid: false,
      entries: entries.length,
      firstInvalidSeq: entries.length + 1,
      reason: `entries ${entries.length + 1}..${head.seq} were removed`,
    };
  }
  if (entries.length > head.seq || prevHash !== head.hash) {
    return {
      valid: false,
      entries: entries.length,
      firstInvalidSeq: Math.min(head.seq + 1, entries.length),
      reason: 'the newest entry does not match the head recorded on the incident',
    };
  }
  return { valid: true, entries: entries.length };
}
