import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface OutboxTable {
  id: string;
  event: string;
  incident_id: string | null;
  payload: Json<Record<string, unknown>>;
  created_at: Timestamp;
  /** The writing transaction's id and a sequence number: the stream's order (int8, read as text). */
  stream_xid: Generated<string>;
  stream_seq: Generated<string>;
}

export interface WebhooksTable {
  id: string;
  url: string;
  events: Json<string[]>;
  secret: string;
  /** The secret before the last rotation, signing too until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: NullableTimestamp;
  created_at: Timestamp;
  disabled_at: NullableTimestamp;
  disabled_reason: string | null;
  failing_since: NullableTimestamp;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  outbox_id: string;
  event: string;
  status: DeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: NullableTimestamp;
  created_at: Timestamp;
  delivered_at: NullableTimestamp;
  last_status: number | null;
  last_error: string | null;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  webhook_id: string;
  at: Timestamp;
  status_code: number | null;
  latency_ms: number;
  ok: boolean;
  error: string | null;
}

export interface SystemAuditEntriesTable {
  seq: number;
  at: Timestamp;
  actor: string;
  action: string;
  data: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

/** Tables of the deadline scheduler, the outbox and webhooks. */
export interface SchedulerTables {
  outbox: OutboxTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  system_audit_entries: SystemAuditEntriesTable;
}
