import type { Transaction } from 'kysely';
import { insertOutboxEvent, type OutboxEvent } from '../db/repositories/outbox.repository.ts';
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

/** An event as the outbox stores it; subscribers receive `{ type, timestamp, data }`, as Standard Webhooks recommends. */
export function outboxEvent(
  event: WebhookEvent,
  at: Date,
  data: Record<string, unknown> & { incidentId?: string | null },
): OutboxEvent {
  return {
    event,
    incidentId: data.incidentId ?? null,
    payload: { type: event, timestamp: at.toISOString(), data },
    at,
  };
}

/** Records an event in the outbox inside the caller's transaction; the worker delivers it. */
export async function emitEvent(
  trx: Transaction<DB>,
  event: WebhookEvent,
  at: Date,
  data: Record<string, unknown> & { incidentId?: string | null },
): Promise<void> {
  await insertOutboxEvent(trx, outboxEvent(event, at, data));
}
