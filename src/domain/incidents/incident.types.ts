import type { FieldError } from '../../errors.ts';
import type { Severity, Stage } from '../playbooks/playbook.schema.ts';
import type { NamedStatement } from './statement-evidence.ts';

/** The machine's states: the 5P step due next, or one of the states outside the 5P walk. */
export type IncidentState =
  | 'apologise'
  | 'admit'
  | 'counteract'
  | 'improve'
  | 'compensate'
  | 'legal'
  | 'monitoring'
  | 'dismissed'
  | 'closed';

/** Every event the public contract knows, in the order of the API table. */
export const INCIDENT_EVENTS = [
  'apologise',
  'admit',
  'counteract',
  'improve',
  'compensate',
  'close',
  'escalate_legal',
  'resume',
  'dismiss',
  'reopen',
  'set_severity',
] as const;
export type IncidentEventType = (typeof INCIDENT_EVENTS)[number];

/** A command from the API: `evidence` is untrusted JSON. */
export interface IncidentCommand {
  type: IncidentEventType;
  evidence?: unknown;
}

/** What a step needs from outside the snapshot; the clock is always an argument. */
export interface StepContext {
  now: Date;
  /** Statements published before (other incidents included), for the "canned statement" rule. */
  previousStatements: readonly string[];
  /** Channels the incident's complaints came from: an apology must be published on each. */
  complaintChannels: readonly string[];
  /** The drafted statement `evidence.statementId` names (apologise, admit), as read for this incident. */
  named?: NamedStatement | undefined;
}

/** The current stage's deadline. While paused (legal) `dueAt` is null and `remainingMs` holds the time left. */
export interface CurrentDeadline {
  stage: Stage;
  startedAt: string;
  dueAt: string | null;
  pausedAt: string | null;
  remainingMs: number | null;
}

/** What an API needs to show an incident. */
export interface IncidentView {
  state: IncidentState;
  severity: Severity;
  openedAt: string;
  deadline: CurrentDeadline | null;
  allowedEvents: IncidentEventType[];
  completedStages: Stage[];
  legalReturnTo: Stage | null;
}

/** Side effects of a step, as data: the service records or enqueues them (deadline rows, webhooks, audit). */
export type Effect =
  | { type: 'deadline_started'; stage: Stage; startedAt: string; dueAt: string }
  | { type: 'deadline_met'; stage: Stage; at: string }
  | { type: 'deadline_paused'; stage: Stage; at: string; remainingMs: number }
  | { type: 'deadline_resumed'; stage: Stage; at: string; dueAt: string }
  | { type: 'deadline_rescheduled'; stage: Stage; dueAt: string | null; remainingMs: number | null }
  | { type: 'deadline_cancelled'; stage: Stage; at: string }
  | { type: 'stage_completed'; stage: Stage; at: string }
  /** `statementId`: the approved draft published (absent for an inline statement). */
  | { type: 'statement_published'; stage: 'apologise' | 'admit'; text: string; statementId?: string }
  | { type: 'severity_changed'; from: Severity; to: Severity; reason: string };

/** One failing evidence field, e.g. `{ field: 'evidence.actions[0].owner', rule: 'required', … }`. */
export type EvidenceError = FieldError;

/** A persisted xstate snapshot (`getPersistedSnapshot`), plain JSON, safe for jsonb. */
export type PersistedIncident = Record<string, unknown>;

/** Result of {@link stepIncident}: the new snapshot, or why the command was refused (snapshot unchanged). */
export type StepOutcome =
  | {
      ok: true;
      snapshot: PersistedIncident;
      view: IncidentView;
      effects: Effect[];
      /** The validated, normalised evidence (unknown fields kept as given). */
      evidence: Record<string, unknown>;
    }
  | {
      ok: false;
      rejection:
        | { kind: 'event_not_allowed'; state: IncidentState; allowedEvents: IncidentEventType[] }
        | { kind: 'invalid_evidence'; errors: EvidenceError[] };
    };
