import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  disableWebhook,
  findWebhook,
  insertWebhook,
  listAttempts,
  listWebhooks,
  type WebhookRow,
} from '../db/repositories/webhook.repository.ts';
import {
  anyEncryptedSecret,
  listPlainSecrets,
  replaceSecret,
  rotateSecret,
} from '../db/repositories/webhook-secret.repository.ts';
import type { DB } from '../db/schema.ts';
import { appendSystemRecord } from '../db/writer/incident-writer.ts';
import type { WebhookEvent } from '../domain/events.ts';
import { decryptSecret, encryptSecret } from '../domain/webhooks/secret-box.ts';
import { ROTATION_OVERLAP_MS, SECRET_PREFIX } from '../domain/webhooks/standard-webhooks.ts';
import { NotFoundError } from '../errors.ts';
import { type AddressGuard, checkWebhookUrl } from './webhook-address.ts';

function present(w: WebhookRow) {
  return {
    id: w.id,
    url: w.url,
    events: w.events as WebhookEvent[],
    createdAt: w.created_at.toISOString(),
    disabledAt: w.disabled_at?.toISOString() ?? null,
    disabledReason: w.disabled_reason,
    previousSecretValidUntil: w.previous_secret ? (w.previous_secret_until?.toISOString() ?? null) : null,
  };
}

const newSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;

/**
 * Webhook subscriptions. The secret is needed to sign, so it is stored, encrypted under SECRETS_KEY; it is
 * shown only at creation (and rotation).
 */
export class WebhookService {
  constructor(
    private readonly deps: { db: Kysely<DB>; clock: Clock; guard: AddressGuard; secretsKey: Buffer },
  ) {}

  /**
   * At start: encrypts secrets stored in plain text before encryption existed (a migration cannot: it
   * has no key), then proves SECRETS_KEY opens the stored ones, so a wrong key stops the start with one
   * line instead of failing every delivery.
   */
  async prepareSecrets(): Promise<{ encrypted: number }> {
    const { db, secretsKey } = this.deps;
    const plain = await listPlainSecrets(db);
    for (const row of plain)
      await replaceSecret(db, row.id, row.secret, encryptSecret(secretsKey, row.secret));
    const sample = await anyEncryptedSecret(db);
    try {
      if (sample) decryptSecret(secretsKey, sample);
    } catch {
      throw new Error(
        'SECRETS_KEY does not open the stored webhook secrets: start with the key they were encrypted with.',
      );
    }
    return { encrypted: plain.length };
  }

  async create(url: string, events: WebhookEvent[]) {
    await checkWebhookUrl(url, this.deps.guard);
    const secret = newSecret();
    const stored = encryptSecret(this.deps.secretsKey, secret);
    const row = await insertWebhook(this.deps.db, { url, events, secret: stored, at: this.deps.clock() });
    return { ...present(row), secret };
  }

  /**
   * A new secret, shown once; the replaced one keeps signing next to it for ROTATION_OVERLAP_MS (several
   * `v1,` signatures, as Standard Webhooks allows), then only the new one signs. A second rotation within
   * the overlap drops the oldest: at most two secrets sign. Recorded on the system audit chain.
   */
  async rotateSecret(id: string) {
    const at = this.deps.clock();
    const until = new Date(at.getTime() + ROTATION_OVERLAP_MS);
    const secret = newSecret();
    const stored = encryptSecret(this.deps.secretsKey, secret);
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const rotated = await rotateSecret(trx, id, stored, until);
      if (!rotated) return null;
      await appendSystemRecord(trx, {
        at,
        actor: 'webhooks',
        action: 'webhook.secret_rotated',
        data: { webhookId: id, previousSecretValidUntil: until.toISOString() },
      });
      return rotated;
    });
    if (!row) throw new NotFoundError('webhook', id);
    return { ...present(row), secret };
  }

  async list() {
    return (await listWebhooks(this.deps.db)).map(present);
  }

  async remove(id: string): Promise<void> {
    const found = await findWebhook(this.deps.db, id);
    if (!found) throw new NotFoundError('webhook', id);
    await this.deps.db
      .transaction()
      .execute((trx) => disableWebhook(trx, id, this.deps.clock(), 'unsubscribed'));
  }

  async attempts(id: string, after: { at: Date; id: string } | undefined, limit: number) {
    if (!(await findWebhook(this.deps.db, id))) throw new NotFoundError('webhook', id);
    const rows = await listAttempts(this.deps.db, id, after, limit);
    return rows.map((a) => ({
      attemptId: a.id,
      deliveryId: a.delivery_id,
      event: a.event,
      deliveryStatus: a.delivery_status as 'pending' | 'delivered' | 'failed',
      at: a.at.toISOString(),
      statusCode: a.status_code,
      latencyMs: a.latency_ms,
      ok: a.ok,
      error: a.error,
    }));
  }
}
