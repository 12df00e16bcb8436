import type { ColumnType, Generated } from 'kysely';
import type { IncidentView } from '../domain/incidents/incident.types.ts';
import type {
  StatementCheck,
  StatementDecision,
  StatementPerson,
} from '../domain/statements/statement.types.ts';
import type { LedgerTables } from './schema-ledger.ts';
import type { SchedulerTables } from './schema-scheduler.ts';

/** Timestamps come back as Date and may be written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string (identical handling on pg and PGlite). */
type Json<T = unknown> = ColumnType<T, string, string>;

export interface PlaybookVersionsTable {
  version: string;
  playbook_id: string;
  title: string;
  definition: Json;
  source_file: string;
  first_loaded_at: Generated<Date>;
}

export interface PlaybooksTable {
  playbook_id: string;
  current_version: string;
  updated_at: Generated<Date>;
}

export interface IncidentsTable {
  id: string;
  playbook_id: string;
  playbook_version: string;
  title: string;
  summary: string | null;
  severity: string;
  state: string;
  version: Generated<number>;
  snapshot: Json<Record<string, unknown>>;
  opened_at: Timestamp;
  updated_at: Timestamp;
  deadline_stage: string | null;
  deadline_due_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  breached: Generated<boolean>;
  complaint_count: Generated<number>;
  /** Complaints that joined since the incident last entered monitoring or closed (reset on every change of state). */
  stragglers: Generated<number>;
  audit_seq: Generated<number>;
  audit_head_hash: Generated<string>;
  tags: ColumnType<string[], string | undefined, string>;
  /** The machine's view, written with every change (null on rows older than the column). */
  view: ColumnType<IncidentView | null, string | null | undefined, string | null>;
}

export interface AuditEntriesTable {
  incident_id: string;
  seq: number;
  at: Timestamp;
  actor: string;
  key_id: string | null;
  key_name: string | null;
  action: string;
  from_state: string | null;
  to_state: string | null;
  data: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export type DeadlineStatus = 'pending' | 'met' | 'breached' | 'paused' | 'cancelled';

export interface DeadlinesTable {
  id: string;
  incident_id: string;
  stage: string;
  started_at: Timestamp;
  due_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  completed_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  breached_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  paused_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  remaining_ms: ColumnType<string | null, number | null, number | null>;
  status: DeadlineStatus;
  remind_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface StatementsTable {
  id: string;
  incident_id: string;
  stage: string;
  text: string;
  status: 'pending_approval' | 'approved' | 'rejected' | 'published';
  language: string | null;
  channels: Json<string[]>;
  /** null for statements published before drafts existed. */
  author: ColumnType<StatementPerson | null, string | null, string | null>;
  created_at: Timestamp;
  decisions: Json<StatementDecision[]>;
  checks: Json<StatementCheck[]>;
  remind_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  reminded_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  published_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;

export interface ComplaintsTable {
  id: string;
  source: string;
  external_id: string;
  text: string;
  author: string | null;
  url: string | null;
  occurred_at: Timestamp;
  received_at: Timestamp;
  order_id: string | null;
  tags: Json<string[]>;
  incident_id: string | null;
  answered: Generated<boolean>;
  first_reply_due_at: NullableTimestamp;
  answered_at: NullableTimestamp;
  posted_by_key_id: string | null;
  redacted_at: NullableTimestamp;
  redaction_reason: string | null;
  first_reply_reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  first_reply_breached_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Where the conversation moved after a public reply (dm, email, phone), and when. */
  private_channel: ColumnType<string | null, string | null | undefined, string | null>;
  private_channel_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** ISO 639-1 code detected at ingest, or `und`. */
  language: Generated<string>;
  /** A Meta webhook's latest edit of the comment (the original `text` stays) and its removal there. */
  meta_edited_text: ColumnType<string | null, string | null | undefined, string | null>;
  meta_edited_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  meta_removed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Topics from the playbook's keywords, assigned at ingest (src/domain/complaints/complaint.topics.ts). */
  topics: ColumnType<string[], string[] | undefined, string[]>;
  /** The Facebook post or Instagram media a comment sits under (Meta webhooks, or the integration's postId). */
  post_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ComplaintMatchesTable {
  playbook_id: string;
  complaint_id: string;
  received_at: Timestamp;
}

export interface ComplaintRepliesTable {
  id: string;
  complaint_id: string;
  channel: string;
  visibility: 'public' | 'private';
  text: string;
  text_key: string;
  url: string | null;
  actor: string;
  key_id: string | null;
  created_at: Timestamp;
  /** What the integration reported of posting it on its channel (src/domain/complaints/reply-delivery.ts). */
  delivery_status: ColumnType<'pending' | 'delivered' | 'failed', string | undefined, string>;
  delivery_external_id: ColumnType<string | null, string | null | undefined, string | null>;
  delivery_url: ColumnType<string | null, string | null | undefined, string | null>;
  delivery_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  fingerprint: string;
  state: 'in_flight' | 'done';
  response_status: number | null;
  response_body: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** The instance lock id (database.ts holdInstanceLock) of the process running it; null before 2026-12-02. */
  owner: ColumnType<number | null, number | null | undefined, number | null>;
}

export type ApiKeyRole = 'admin' | 'manager' | 'dashboard' | 'integration';

export interface ApiKeysTable {
  id: string;
  name: string;
  role: ApiKeyRole;
  /** The recognisable start of the key, safe to log; never enough to use it. */
  prefix: string;
  /** SHA-256 of the whole key, hex: the only form the secret is stored in. */
  key_hash: string;
  created_at: Timestamp;
  revoked_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface DB extends SchedulerTables, LedgerTables {
  playbook_versions: PlaybookVersionsTable;
  playbooks: PlaybooksTable;
  incidents: IncidentsTable;
  audit_entries: AuditEntriesTable;
  deadlines: DeadlinesTable;
  statements: StatementsTable;
  complaints: ComplaintsTable;
  complaint_matches: ComplaintMatchesTable;
  complaint_replies: ComplaintRepliesTable;
  idempotency_keys: IdempotencyKeysTable;
  api_keys: ApiKeysTable;
  commitments: CommitmentsTable;
}

/** Public commitments (migration 20261203T110000); written by the one writer only. */
export interface CommitmentsTable {
  id: string;
  incident_id: string;
  description: string;
  owner: string;
  due_at: Timestamp;
  status: 'open' | 'done' | 'missed' | 'cancelled';
  source: 'improve' | 'manual';
  created_at: Timestamp;
  remind_at: NullableTimestamp;
  reminded_at: NullableTimestamp;
  done_at: NullableTimestamp;
  note: string | null;
}
