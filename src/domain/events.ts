/** The events subscribers can ask for (the public contract). */
export const WEBHOOK_EVENTS = [
  'incident.opened',
  'incident.transitioned',
  'deadline.approaching',
  'deadline.breached',
  'incident.escalated',
  'complaint.reply_created',
  'complaint.first_reply_approaching',
  'complaint.first_reply_breached',
  'statement.approval_requested',
  'statement.decided',
  'compensation.changed',
  // Public commitments (v1.1).
  'commitment.changed',
  'commitment.approaching',
  'commitment.missed',
  'feedback.digest',
  // The desk for a real wave (v1.2): the first complaint after the incident went quiet.
  'incident.stragglers',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** An event as the outbox stores it; subscribers receive `payload`. */
export interface OutboxEvent {
  event: WebhookEvent;
  incidentId: string | null;
  payload: Record<string, unknown>;
  at: Date;
}

/** Builds an outbox event: the payload is `{ type, timestamp, data }`, as Standard Webhooks recommends. */
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
