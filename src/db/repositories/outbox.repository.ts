import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';

export interface OutboxEvent {
  event: string;
  incidentId: string | null;
  payload: Record<string, unknown>;
  at: Date;
}

/**
 * Writes an event and one pending delivery per active subscription to it, inside the transaction of
 * the change that caused it: the event exists exactly when the change does.
 */
export async function insertOutboxEvent(trx: Transaction<DB>, e: OutboxEvent): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('outbox')
    .values({
      id,
      event: e.event,
      incident_id: e.incidentId,
      payload: JSON.stringify(e.payload),
      created_at: e.at,
    })
    .execute();
  await sql`
    insert into webhook_deliveries (id, webhook_id, outbox_id, event, status, attempts, next_attempt_at, created_at)
    select gen_random_uuid(), w.id, ${id}, ${e.event}, 'pending', 0, ${e.at}, ${e.at}
    from webhooks w
    where w.disabled_at is null and w.events @> ${JSON.stringify([e.event])}::jsonb
  `.execute(trx);
  return id;
}

/** {@link insertOutboxEvent} for a batch, in two statements. */
export async function insertOutboxEvents(
  trx: Transaction<DB>,
  events: readonly OutboxEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => ({
    id: randomUUID(),
    event: e.event,
    incident_id: e.incidentId,
    payload: JSON.stringify(e.payload),
    created_at: e.at,
  }));
  await trx.insertInto('outbox').values(rows).execute();
  await sql`
    insert into webhook_deliveries (id, webhook_id, outbox_id, event, status, attempts, next_attempt_at, created_at)
    select gen_random_uuid(), w.id, o.id, o.event, 'pending', 0, o.created_at, o.created_at
    from outbox o join webhooks w on w.disabled_at is null and w.events @> jsonb_build_array(o.event)
    where o.id in (${sql.join(rows.map((r) => r.id))})
  `.execute(trx);
}
