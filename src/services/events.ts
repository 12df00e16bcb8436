import type { Transaction } from 'kysely';
import { insertOutboxEvent } from '../db/repositories/outbox.repository.ts';
import type { DB } from '../db/schema.ts';

/** The events subscribers can ask for (the public contract). */
export const WEBHOOK_EVENTS = [
  'incident.opened',
  'incident.transitioned',
  'deadline.approaching',
  'deadline.breached',
  'incident.escalated',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * Records an event in the outbox inside the caller's transaction; the worker delivers it. The body
 * subscribers receive is `{ type, timestamp, data }`, as Standard Webhooks recommends.
 */
export async function emitEvent(
  trx: Transaction<DB>,
  event: WebhookEvent,
  at: Date,
  data: Record<string, unknown> & { incidentId?: string | null },
): Promise<void> {
  await insertOutboxEvent(trx, {
    event,
    incidentId: data.incidentId ?? null,
    payload: { type: event, timestamp: at.toISOString(), data },
    at,
  });
}
