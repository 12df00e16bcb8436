import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema.ts';
import type { WebhookRow } from './webhook.repository.ts';

/** The signing secrets of subscriptions: rotation and the start-up encryption of plain rows. */

/**
 * Rotation: the current secret becomes the previous one (valid until `until`), `to` the current one.
 * One statement, so the previous value is whatever was current at that instant.
 */
export async function rotateSecret(
  trx: Transaction<DB>,
  id: string,
  to: string,
  until: Date,
): Promise<WebhookRow | null> {
  const row = await trx
    .updateTable('webhooks')
    .set((eb) => ({ previous_secret: eb.ref('secret'), previous_secret_until: until, secret: to }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Rows whose secret is still plain text (written before secrets were encrypted). */
export async function listPlainSecrets(db: Kysely<DB>): Promise<{ id: string; secret: string }[]> {
  return db.selectFrom('webhooks').select(['id', 'secret']).where('secret', 'not like', 'v1:%').execute();
}

/** Replaces a secret only if it is still `from` (instances starting together do the work once). */
export async function replaceSecret(db: Kysely<DB>, id: string, from: string, to: string): Promise<void> {
  await db
    .updateTable('webhooks')
    .set({ secret: to })
    .where('id', '=', id)
    .where('secret', '=', from)
    .execute();
}

/** One encrypted secret, to prove at start that SECRETS_KEY opens them. */
export async function anyEncryptedSecret(db: Kysely<DB>): Promise<string | null> {
  const row = await db
    .selectFrom('webhooks')
    .select('secret')
    .where('secret', 'like', 'v1:%')
    .limit(1)
    .executeTakeFirst();
  return row?.secret ?? null;
}
