import {
  type IncidentEventType,
  type IncidentState,
  openIncident,
  type PersistedIncident,
  type StepContext,
  type StepOutcome,
  stepIncident,
  viewIncident,
} from '../../../src/domain/incidents/index.ts';
import type { Playbook, Severity } from '../../../src/domain/playbooks/playbook.schema.ts';
import { validEvidence } from '../../fixtures/evidence.fixture.ts';

/** Monday 3 March 2025, 09:00 in Warsaw (CET): the start of a working day on business-hours calendars. */
export const T0 = new Date('2025-03-03T08:00:00Z');
export const HOUR = 3_600_000;
export const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

export function ctxAt(now: Date, extra: Partial<StepContext> = {}): StepContext {
  return { now, previousStatements: [], complaintChannels: ['facebook'], ...extra };
}

export function open(playbook: Playbook, severity: Severity = 'medium', now: Date = T0): PersistedIncident {
  return openIncident(playbook, { severity, now }).snapshot;
}

/** One step with valid evidence for the incident's current severity, unless `evidence` is given. */
export function step(
  playbook: Playbook,
  snapshot: PersistedIncident,
  type: IncidentEventType,
  opts: { now?: Date; evidence?: unknown; ctx?: Partial<StepContext> } = {},
): StepOutcome {
  const severity = viewIncident(playbook, snapshot).severity;
  const evidence = 'evidence' in opts ? opts.evidence : validEvidence(type, { playbook, severity });
  return stepIncident(playbook, snapshot, { type, evidence }, ctxAt(opts.now ?? T0, opts.ctx));
}

/** Like {@link step} but fails the test when the step is refused. */
export function stepOk(...args: Parameters<typeof step>): Extract<StepOutcome, { ok: true }> {
  const outcome = step(...args);
  if (!outcome.ok) throw new Error(`${args[2]} refused: ${JSON.stringify(outcome.rejection)}`);
  return outcome;
}

/** Applies `events` in order (valid evidence, all at `now`) and returns the final snapshot. */
export function walk(
  playbook: Playbook,
  events: readonly IncidentEventType[],
  opts: { severity?: Severity; now?: Date } = {},
): PersistedIncident {
  let snapshot = open(playbook, opts.severity, opts.now);
  for (const event of events) snapshot = stepOk(playbook, snapshot, event, { now: opts.now }).snapshot;
  return snapshot;
}

export const FIVE = ['apologise', 'admit', 'counteract', 'improve', 'compensate'] as const;

/** The shortest walk from a new incident to each state. */
export const ROUTE: Record<IncidentState, readonly IncidentEventType[]> = {
  apologise: [],
  admit: ['apologise'],
  counteract: ['apologise', 'admit'],
  improve: ['apologise', 'admit', 'counteract'],
  compensate: ['apologise', 'admit', 'counteract', 'improve'],
  monitoring: FIVE,
  closed: [...FIVE, 'close'],
  legal: ['escalate_legal'],
  dismissed: ['dismiss'],
};
