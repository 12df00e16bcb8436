import { contentHash } from '../canonical-json.ts';
import { type ChainVerdict, GENESIS_HASH, type SystemAuditEntry } from './audit-chain.ts';

/**
 * Recomputes the system chain (what belongs to no incident: webhooks disabled, secrets rotated, unattached
 * complaints redacted), entry by entry as `nextSystemAuditEntry` wrote it. Unlike an incident's chain no
 * row records its head, so removing the newest entries is not visible here; the table's triggers refuse
 * UPDATE, DELETE and TRUNCATE, and the verdict's head is what an operator copies elsewhere to anchor it.
 */
export function verifySystemAuditChain(entries: readonly SystemAuditEntry[]): ChainVerdict {
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
    if (contentHash({ ...content, prevHash }) !== hash)
      return fail(`entry ${expectedSeq} was altered after it was written`);
    prevHash = hash;
  }
  return { valid: true, entries: entries.length };
}
