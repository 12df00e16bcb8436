import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { type BoardCountsRow, type BoardScope, boardCounts } from '../db/repositories/board.repository.ts';
import type { DB } from '../db/schema.ts';
import type { IncidentView } from '../domain/incidents/index.ts';
import type { Severity, Stage } from '../domain/playbooks/playbook.schema.ts';

export const BOARD_HOURS = 24;
const HOUR_MS = 3_600_000;

export interface BoardCard {
  incidentId: string;
  title: string;
  playbookId: string;
  severity: Severity;
  state: IncidentView['state'];
  version: number;
  complaintCount: number;
  /** Complaints since it entered monitoring or closed (the incident's newSinceMonitoring). */
  newSinceMonitoring: number;
  deadline: {
    stage: Stage;
    dueAt: string | null;
    startedAt: string | null;
    breached: boolean;
    paused: boolean;
  } | null;
  /** Complaints received per clock hour, oldest first; the last is the current (partial) hour. */
  complaintsByHour: number[];
  unanswered: number;
  overdue: number;
  pendingApprovals: number;
  auditSeq: number;
}

export interface BoardCounts {
  /** Start of the first hour bucket. */
  since: string;
  items: BoardCard[];
}

const iso = (t: Date | string | null): string | null => (t === null ? null : new Date(t).toISOString());

function toCard(r: BoardCountsRow): BoardCard {
  const complaintsByHour = new Array<number>(BOARD_HOURS).fill(0);
  for (const [h, n] of Object.entries(r.hours ?? {})) {
    const i = Number(h);
    if (i >= 0 && i < BOARD_HOURS) complaintsByHour[i] = n;
  }
  const dueAt = iso(r.deadline_due_at);
  return {
    incidentId: r.incident_id,
    title: r.title,
    playbookId: r.playbook_id,
    // The row's columns are the machine's own (machineColumns): these unions by construction.
    severity: r.severity as Severity,
    state: r.state as IncidentView['state'],
    version: r.version,
    complaintCount: r.complaint_count,
    newSinceMonitoring: r.stragglers,
    // The same deadline as the incident's own (its row's machine columns): paused while it has no due time.
    deadline: r.deadline_stage
      ? {
          stage: r.deadline_stage as Stage,
          dueAt,
          startedAt: iso(r.deadline_started_at),
          breached: r.deadline_breached,
          paused: dueAt === null,
        }
      : null,
    complaintsByHour,
    unanswered: r.unanswered,
    overdue: r.overdue,
    pendingApprovals: r.pending_approvals,
    auditSeq: r.audit_seq,
  };
}

/** The board's cards (an incident's fields, its sparkline, waiting complaints, pending approvals), with an ETag. */
export class BoardCountsService {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock }) {}

  async read(scope: BoardScope): Promise<{ body: BoardCounts; etag: string }> {
    const now = this.deps.clock();
    // Clock-hour buckets: the answer (and its ETag) changes only when a count does or the hour turns.
    const since = new Date((Math.floor(now.getTime() / HOUR_MS) - (BOARD_HOURS - 1)) * HOUR_MS);
    const rows = await boardCounts(this.deps.db, now, since, scope);
    const body = { since: since.toISOString(), items: rows.map(toCard) };
    const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
    return { body, etag };
  }
}
