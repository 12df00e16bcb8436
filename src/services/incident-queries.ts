import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { listAuditEntries } from '../db/repositories/audit.repository.ts';
import {
  type DeadlineFilter,
  type DeadlineRow,
  deadlineStats,
  listDeadlines,
  listIncidentDeadlines,
  medianTimeToApology,
} from '../db/repositories/deadline.repository.ts';
import { countIncidents, type IncidentRow } from '../db/repositories/incident.repository.ts';
import {
  complaintWaitCounts,
  type OperationalCounts,
  operationalCounts,
} from '../db/repositories/metrics.repository.ts';
import type { DB, DeadlineStatus } from '../db/schema.ts';
import type { AuditEntry, ChainVerdict } from '../domain/audit/audit-chain.ts';
import type { Stage } from '../domain/playbooks/playbook.schema.ts';
import { verifyAudit } from './audit-log.ts';

/** Stats cover this window unless the caller names its start. */
const THIRTY_DAYS_MS = 30 * 24 * 3_600_000;

export interface DeadlineView {
  incidentId: string;
  stage: Stage;
  startedAt: string;
  dueAt: string | null;
  completedAt: string | null;
  breachedAt: string | null;
  status: DeadlineStatus;
}

/** A pending deadline whose time has passed reads as breached, whether or not the worker got to it. */
export function toDeadlineView(row: DeadlineRow, now: Date): DeadlineView {
  const overdue = row.status === 'pending' && row.due_at !== null && row.due_at < now;
  return {
    incidentId: row.incident_id,
    stage: row.stage as Stage,
    startedAt: row.started_at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
    breachedAt: (row.breached_at ?? (overdue ? row.due_at : null))?.toISOString() ?? null,
    status: overdue ? 'breached' : row.status,
  };
}

/** Read-side queries for dashboards: deadlines, audit pages, stats. */
export class IncidentQueries {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock }) {}

  async deadlinesOf(incidentId: string): Promise<DeadlineView[]> {
    const now = this.deps.clock();
    return (await listIncidentDeadlines(this.deps.db, incidentId)).map((r) => toDeadlineView(r, now));
  }

  async deadlines(
    filter: Omit<DeadlineFilter, 'now'>,
  ): Promise<{ rows: DeadlineRow[]; items: DeadlineView[] }> {
    const now = this.deps.clock();
    const rows = await listDeadlines(this.deps.db, { ...filter, now });
    return { rows, items: rows.map((r) => toDeadlineView(r, now)) };
  }

  auditPage(incidentId: string, afterSeq: number, limit: number): Promise<AuditEntry[]> {
    return listAuditEntries(this.deps.db, incidentId, afterSeq, limit);
  }

  /** Recomputes the incident's whole audit chain and reports the first broken entry, if any. */
  verifyAudit(incident: IncidentRow): Promise<ChainVerdict> {
    return verifyAudit(this.deps.db, incident);
  }

  async stats(from: Date | undefined) {
    const now = this.deps.clock();
    const since = from ?? new Date(now.getTime() - THIRTY_DAYS_MS);
    const [incidents, deadlines, timeToApology, complaints] = await Promise.all([
      countIncidents(this.deps.db),
      deadlineStats(this.deps.db, now),
      medianTimeToApology(this.deps.db, since),
      complaintWaitCounts(this.deps.db, now),
    ]);
    return { since: since.toISOString(), incidents, deadlines, timeToApology, complaints };
  }

  /** What /metrics reports of the data: incidents by state, deadlines, the outbox backlog, unanswered complaints. */
  operationalCounts(): Promise<OperationalCounts> {
    return operationalCounts(this.deps.db, this.deps.clock());
  }
}

/** A weak entity tag for a list page: changes whenever any item or the page boundary changes. */
export function pageEtag(parts: readonly string[]): string {
  return `W/"${createHash('sha1').update(parts.join('\n')).digest('base64url')}"`;
}
