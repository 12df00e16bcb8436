import type { ColumnType } from 'kysely';
import type {
  CompensationHistoryEntry,
  CompensationStatus,
} from '../domain/compensations/compensation.types.ts';

/** The compensation ledger's table (migration 20261203T100000); written only by the incident writer. */
export interface CompensationsTable {
  id: string;
  incident_id: string;
  complaint_id: string | null;
  recipient: string | null;
  kind: string;
  /** bigint: read as a string (pg and PGlite alike), exact. */
  value_minor: ColumnType<string, string | number, string | number>;
  currency: string;
  description: string;
  status: CompensationStatus;
  created_at: ColumnType<Date, Date | string, Date | string>;
  updated_at: ColumnType<Date, Date | string, Date | string>;
  history: ColumnType<CompensationHistoryEntry[], string, string>;
}

export interface LedgerTables {
  compensations: CompensationsTable;
}
