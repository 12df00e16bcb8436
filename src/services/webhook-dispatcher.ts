import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  type AttemptOutcome,
  type ClaimedDelivery,
  claimDueDeliveries,
  disableWebhook,
  insertAttempt,
  markAttemptFailed,
  markDelivered,
} from '../db/repositories/webhook.repository.ts';
import type { DB } from '../db/schema.ts';
import { appendSystemRecord } from '../db/writer/incident-writer.ts';
import { openSecret } from '../domain/webhooks/secret-box.ts';
import {
  DISABLE_AFTER_MS,
  RETRY_HORIZON_MS,
  retryDelay,
  signedHeaders,
  signingSecrets,
} from '../domain/webhooks/standard-webhooks.ts';
import type { Log } from '../logger.ts';
import { mapLimit } from './map-limit.ts';
import { type AddressGuard, systemResolver } from './webhook-address.ts';
import { postWebhook } from './webhook-http.ts';

export interface DispatcherDeps {
  db: Kysely<DB>;
  clock: Clock;
  log?: Log | undefined;
  timeoutMs?: number;
  /** How long a claimed delivery stays with this worker before another may take it. */
  leaseMs?: number;
  batchSize?: number;
  concurrency?: number;
  random?: () => number;
  /** Opens the stored signing secrets. */
  secretsKey: Buffer;
  /** Where deliveries may go (WEBHOOK_ALLOW_PRIVATE, and a resolver stub in tests). */
  guard?: AddressGuard;
}

/**
 * Delivers outbox events to subscribers, signed as Standard Webhooks, at least once: the same
 * `webhook-id` on every retry, exponential backoff with jitter for 24 hours, then failed. Sending
 * happens outside any transaction; only the outcome is written.
 */
export class WebhookDispatcher {
  constructor(private readonly deps: DispatcherDeps) {}

  async tick(): Promise<{ delivered: number; failed: number }> {
    const now = this.deps.clock();
    const timeoutMs = this.deps.timeoutMs ?? 5_000;
    const claimed = await claimDueDeliveries(
      this.deps.db,
      now,
      this.deps.leaseMs ?? Math.max(3_000, timeoutMs * 3),
      this.deps.batchSize ?? 100,
    );
    const outcomes = await mapLimit(claimed, this.deps.concurrency ?? 16, (d) => this.deliver(d, timeoutMs));
    return { delivered: outcomes.filter(Boolean).length, failed: outcomes.filter((ok) => !ok).length };
  }

  /** Plain signing secrets of a delivery: the previous one too during a rotation's overlap. */
  private secretsFor(d: ClaimedDelivery, at: Date): string[] {
    const stored = signingSecrets(d.secret, d.previousSecret, d.previousSecretUntil, at);
    return stored.map((s) => openSecret(this.deps.secretsKey, s));
  }

  private async deliver(d: ClaimedDelivery, timeoutMs: number): Promise<boolean> {
    const at = this.deps.clock();
    const body = JSON.stringify(d.payload);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await postWebhook(
        d.url,
        {
          'content-type': 'application/json',
          'user-agent': 'fivep-webhooks/1',
          ...signedHeaders(this.secretsFor(d, at), d.id, at, body),
        },
        body,
        { timeoutMs, guard: this.deps.guard ?? { resolve: systemResolver, allowPrivate: false } },
      );
      if (statusCode < 200 || statusCode >= 300) error = `answered ${statusCode}`;
    } catch (err) {
      error = (err as Error).message;
    }
    const outcome: AttemptOutcome = {
      deliveryId: d.id,
      webhookId: d.webhookId,
      at,
      statusCode,
      latencyMs: Math.round(performance.now() - started),
      ok: error === null,
      error,
    };
    await this.deps.db.transaction().execute(async (trx) => {
      await insertAttempt(trx, outcome);
      if (outcome.ok) return markDelivered(trx, outcome);
      const delay = retryDelay(d.attempts + 1, (this.deps.random ?? Math.random)());
      const nextAt =
        at.getTime() + delay - d.createdAt.getTime() > RETRY_HORIZON_MS
          ? null
          : new Date(at.getTime() + delay);
      const failingSince = await markAttemptFailed(trx, outcome, nextAt);
      if (at.getTime() - failingSince.getTime() >= DISABLE_AFTER_MS) {
        const reason = `no successful delivery since ${failingSince.toISOString()}`;
        if (await disableWebhook(trx, d.webhookId, at, reason)) {
          await appendSystemRecord(trx, {
            at,
            actor: 'webhook dispatcher',
            action: 'webhook.disabled',
            data: { webhookId: d.webhookId, url: d.url, reason },
          });
        }
      }
    });
    if (!outcome.ok)
      this.deps.log?.warn({ deliveryId: d.id, webhookId: d.webhookId, error }, 'webhook delivery failed');
    return outcome.ok;
  }
}
