import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { recordMetaEdit, recordMetaRemoval } from '../db/repositories/complaint-meta.repository.ts';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { type MetaChange, readMetaDelivery } from '../domain/integrations/meta-webhook.ts';
import type { ComplaintService } from './complaint.service.ts';

/** Who the audit log names for complaints that arrived by Meta webhook (no API key behind them). */
export const META_ACTOR: Actor = { name: 'meta-webhook', keyId: null, keyName: null };

/** What one delivery came to; Meta only needs the 200, the counts are for logs and tests. */
export interface MetaDeliveryResult {
  created: number;
  duplicates: number;
  edited: number;
  removed: number;
  ignored: string[];
}

/**
 * Turns a verified Meta delivery into complaints through the normal batch ingest (dedupe on
 * (source, externalId), correlation, escalation), and records edits and removals on the complaints.
 * Everything runs inside the request: one ingest group, then at most one statement per edit.
 */
export class MetaInbound {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; complaints: ComplaintService }) {}

  async receive(body: unknown): Promise<MetaDeliveryResult> {
    const changes = readMetaDelivery(body, this.deps.clock());
    const result: MetaDeliveryResult = { created: 0, duplicates: 0, edited: 0, removed: 0, ignored: [] };
    const adds = changes.flatMap((c) => (c.kind === 'add' ? [c.complaint] : []));
    const outcomes = await this.deps.complaints.ingestBatch(
      adds.map((input, i) => ({ input, field: `entry.changes[${i}]` })),
      META_ACTOR,
    );
    for (const [i, outcome] of outcomes.entries()) {
      if ('error' in outcome) result.ignored.push(`${adds[i]!.externalId}: ${outcome.error.message}`);
      else if (outcome.created) result.created++;
      else result.duplicates++;
    }
    // Edits after the additions: a delivery may carry a comment and its edit together.
    for (const change of changes) await this.apply(change, result);
    return result;
  }

  private async apply(change: MetaChange, result: MetaDeliveryResult): Promise<void> {
    if (change.kind === 'ignored') result.ignored.push(change.reason);
    if (change.kind !== 'edit' && change.kind !== 'remove') return;
    const key = { source: change.source, externalId: change.externalId };
    const found =
      change.kind === 'edit'
        ? await recordMetaEdit(this.deps.db, key, change.text, change.at)
        : await recordMetaRemoval(this.deps.db, key, change.at);
    if (!found) result.ignored.push(`${change.kind} of unknown comment ${change.externalId}`);
    else if (change.kind === 'edit') result.edited++;
    else result.removed++;
  }
}
