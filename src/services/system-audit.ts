import type { Kysely } from 'kysely';
import { listSystemAuditEntries } from '../db/repositories/system-audit.repository.ts';
import type { DB } from '../db/schema.ts';
import type { ChainVerdict, SystemAuditEntry } from '../domain/audit/audit-chain.ts';
import { verifySystemAuditChain } from '../domain/audit/system-audit-chain.ts';

const VERIFY_PAGE = 1_000;

/** The system audit chain: what happened that belongs to no incident. */
export class SystemAudit {
  constructor(private readonly deps: { db: Kysely<DB> }) {}

  page(afterSeq: number, limit: number): Promise<SystemAuditEntry[]> {
    return listSystemAuditEntries(this.deps.db, afterSeq, limit);
  }

  /** Recomputes the whole chain; the head (seq and hash of the newest entry) is for anchoring it elsewhere. */
  async verify(): Promise<ChainVerdict & { head: { seq: number; hash: string } | null }> {
    const entries: SystemAuditEntry[] = [];
    for (;;) {
      const page = await this.page(entries.at(-1)?.seq ?? 0, VERIFY_PAGE);
      entries.push(...page);
      if (page.length < VERIFY_PAGE) break;
    }
    const last = entries.at(-1);
    return { ...verifySystemAuditChain(entries), head: last ? { seq: last.seq, hash: last.hash } : null };
  }
}
