import type { ColumnType, Generated } from 'kysely';

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
  audit_seq: Generated<number>;
  audit_head_hash: Generated<string>;
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
}

export interface StatementsTable {
  id: string;
  incident_id: string;
  stage: string;
  text: string;
  published_at: Timestamp;
}

export interface DB {
  playbook_versions: PlaybookVersionsTable;
  playbooks: PlaybooksTable;
  incidents: IncidentsTable;
  audit_entries: AuditEntriesTable;
  deadlines: DeadlinesTable;
  statements: StatementsTable;
}
