import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';
import type { WebhookAttemptsTable, WebhooksTable } from '../schema-scheduler.ts';

export type WebhookRow = Selectable<WebhooksTable>;
export type AttemptRow = Selectable<WebhookAttemptsTable> & { event: string; delivery_status: string };

export async function insertWebhook(
  db: Kysely<DB>,
  w: { url: string; events: string[]; secret: string; at: Date },
): Promise<WebhookRow> {
  return db
    .insertInto('webhooks')
    .values({
      id: randomUUID(),
      url: w.url,
      events: JSON.stringify(w.events),
      secret: w.secret,
      created_at: w.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listWebhooks(db: Kysely<DB>): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().orderBy('created_at').orderBy('id').execute();
}

export async function findWebhook(db: Kysely<DB>, id: string): Promise<WebhookRow | null> {
  return (await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Disables a subscription and fails what it still had pending; false when it was already disabled. */
export async function disableWebhook(
  trx: Transaction<DB>,
  id: string,
  at: Date,
  reason: string,
): Promise<boolean> {
  const done = await trx
    .updateTable('webhooks')
    .set({ disabled_at: at, disabled_reason: reason })
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  await trx
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', last_error: `subscription disabled: ${reason}`, lease_until: null })
    .where('webhook_id', '=', id)
    .where('status', '=', 'pending')
    .execute();
  return Number(done.numUpdatedRows) > 0;
}

export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
  event: string;
  attempts: number;
  createdAt: Date;
  payload: Record<string, unknown>;
}

/**
 * Leases due deliveries to this worker (SKIP LOCKED: several workers never take the same one). A lease
 * that expires (the worker died mid-send) makes the delivery due again: at least once.
 */
export async function claimDueDeliveries(db: Kysely<DB>, now: Date, leaseMs: number, limit: number) {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await sql<{
    id: string;
    webhook_id: string;
    url: string;
    secret: string;
    previous_secret: string | null;
    previous_secret_until: Date | null;
    event: string;
    attempts: number;
    created_at: Date;
    payload: Record<string, unknown>;
  }>`
    with claimed as (
      update webhook_deliveries set lease_until = ${leaseUntil}
      where id in (
        select id from webhook_deliveries
        where status = 'pending' and next_attempt_at <= ${now} and (lease_until is null or lease_until <= ${now})
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      )
      returning id, webhook_id, outbox_id, event, attempts, created_at
    )
    select c.id, c.webhook_id, w.url, w.secret, w.previous_secret, w.previous_secret_until, c.event, c.attempts, c.created_at, o.payload
    from claimed c join webhooks w on w.id = c.webhook_id join outbox o on o.id = c.outbox_id
  `.execute(db);
  return rows.rows.map(
    (r): ClaimedDelivery => ({
      id: r.id,
      webhookId: r.webhook_id,
      url: r.url,
      secret: r.secret,
      previousSecret: r.previous_secret,
      previousSecretUntil: r.previous_secret_until,
      event: r.event,
      attempts: r.attempts,
      createdAt: r.created_at,
      payload: r.payload,
    }),
  );
}

export interface AttemptOutcome {
  deliveryId: string;
  webhookId: string;
  at: Date;
  statusCode: number | null;
  latencyMs: number;
  ok: boolean;
  error: string | null;
}

export async function insertAttempt(trx: Transaction<DB>, a: AttemptOutcome): Promise<void> {
  await trx
    .insertInto('webhook_attempts')
    .values({
      id: randomUUID(),
      delivery_id: a.deliveryId,
      webhook_id: a.webhookId,
      at: a.at,
      status_code: a.statusCode,
      latency_ms: a.latencyMs,
      ok: a.ok,
      error: a.error,
    })
    .execute();
}

export async function markDelivered(trx: Transaction<DB>, a: AttemptOutcome): Promise<void> {
  await trx
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: 'delivered',
      attempts: eb('attempts', '+', 1),
      delivered_at: a.at,
      lease_until: null,
      last_status: a.statusCode,
      last_error: null,
    }))
    .where('id', '=', a.deliveryId)
    .where('status', '=', 'pending')
    .execute();
  await trx.updateTable('webhooks').set({ failing_since: null }).where('id', '=', a.webhookId).execute();
}

/** Schedules the next attempt, or fails the delivery when `nextAt` is null. Returns when the subscription began failing. */
export async function markAttemptFailed(
  trx: Transaction<DB>,
  a: AttemptOutcome,
  nextAt: Date | null,
): Promise<Date> {
  await trx
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: nextAt ? 'pending' : 'failed',
      attempts: eb('attempts', '+', 1),
      next_attempt_at: nextAt ?? a.at,
      lease_until: null,
      last_status: a.statusCode,
      last_error: a.error,
    }))
    .where('id', '=', a.deliveryId)
    .where('status', '=', 'pending')
    .execute();
  const row = await trx
    .updateTable('webhooks')
    .set({ failing_since: sql<Date>`coalesce(failing_since, ${a.at}::timestamptz)` })
    .where('id', '=', a.webhookId)
    .returning('failing_since')
    .executeTakeFirstOrThrow();
  return row.failing_since ?? a.at;
}

/** Delivery attempts of a subscription, newest first. */
export async function listAttempts(
  db: Kysely<DB>,
  webhookId: string,
  after: { at: Date; id: string } | undefined,
  limit: number,
): Promise<AttemptRow[]> {
  let q = db
    .selectFrom('webhook_attempts as a')
    .innerJoin('webhook_deliveries as d', 'd.id', 'a.delivery_id')
    .selectAll('a')
    .select(['d.event', 'd.status as delivery_status'])
    .where('a.webhook_id', '=', webhookId);
  if (after) q = q.where((eb) => eb(eb.refTuple('a.at', 'a.id'), '<', eb.tuple(after.at, after.id)));
  return q.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
}

export async function outboxBacklog(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select(sql<string>`count(*)`.as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
