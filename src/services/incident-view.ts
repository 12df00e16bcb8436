import type { IncidentRow } from '../db/repositories/incident.repository.ts';
import { localTime } from '../domain/deadlines/time-zone.ts';
import type { IncidentHeadState } from '../domain/incidents/incident.change.ts';
import { type IncidentView, isBreached } from '../domain/incidents/index.ts';
import type { Severity, Stage } from '../domain/playbooks/playbook.schema.ts';

/** An incident as the API shows it. */
export interface Incident {
  id: string;
  playbookId: string;
  playbookVersion: string;
  title: string;
  summary: string | null;
  severity: Severity;
  state: IncidentView['state'];
  version: number;
  openedAt: string;
  updatedAt: string;
  deadline: {
    stage: Stage;
    dueAt: string | null;
    /** The same instant in the playbook's time zone, with its offset. */
    dueAtLocal: string | null;
    breached: boolean;
    paused: boolean;
  } | null;
  /** The playbook's time zone, which the local times are in. */
  timeZone: string;
  allowedEvents: string[];
  completedStages: Stage[];
  legalReturnTo: Stage | null;
  complaintCount: number;
  /** Complaints that joined since it entered monitoring or closed (0 in the 5P stages). */
  newSinceMonitoring: number;
  /** Set by escalations (e.g. the on-call tag of a breached deadline). */
  tags: string[];
}

/**
 * The API's incident from its row and the machine's view; `now` decides whether the deadline has passed,
 * `timeZone` (the playbook's) what local time the deadline is shown in.
 */
export function toIncident(row: IncidentRow, view: IncidentView, now: Date, timeZone: string): Incident {
  const d = view.deadline;
  return {
    id: row.id,
    playbookId: row.playbook_id,
    playbookVersion: row.playbook_version,
    title: row.title,
    summary: row.summary,
    severity: view.severity,
    state: view.state,
    version: row.version,
    openedAt: row.opened_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deadline: d
      ? {
          stage: d.stage,
          dueAt: d.dueAt,
          dueAtLocal: d.dueAt ? localTime(d.dueAt, timeZone) : null,
          breached: isBreached(d, now) || row.breached,
          paused: d.dueAt === null,
        }
      : null,
    allowedEvents: view.allowedEvents,
    completedStages: view.completedStages,
    legalReturnTo: view.legalReturnTo,
    complaintCount: row.complaint_count,
    newSinceMonitoring: row.stragglers,
    tags: row.tags ?? [],
    timeZone,
  };
}

/** What a change plan needs of a row (src/domain/incidents/incident.change.ts). */
export function headStateOf(row: IncidentRow): IncidentHeadState {
  return {
    id: row.id,
    version: row.version,
    auditSeq: row.audit_seq,
    auditHeadHash: row.audit_head_hash,
    state: row.state,
    severity: row.severity,
    deadlineDueAt: row.deadline_due_at,
    breached: row.breached,
    tags: row.tags ?? [],
  };
}
