import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { contentHash } from '../domain/canonical-json.ts';

/**
 * Appends to the audit chain of events that belong to no incident (a webhook subscription disabled).
 * A transaction-level advisory lock serialises writers so `seq` has no gaps.
 */
export async function appendSystemAudit(
  trx: Transaction<DB>,
  entry: { at: Date; actor: string; action: string; data: Record<string, unknown> },
): Promise<void> {
  await sql`select pg_advisory_xact_lock(5050506)`.execute(trx);
  const head = await trx
    .selectFrom('system_audit_entries')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? '';
  const content = {
    seq,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    data: JSON.parse(JSON.stringify(entry.data)) as Record<string, unknown>,
  };
  await trx
    .insertInto('system_audit_entries')
    .values({
      ...content,
      data: JSON.stringify(content.data),
      prev_hash: prevHash,
      hash: contentHash({ ...content, prevHash }),
    })
    .execute();
}
