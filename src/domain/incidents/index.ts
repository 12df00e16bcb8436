/**
 * The incident aggregate: a pure 5P state machine per playbook and the stepping API the services use.
 * Nothing here does I/O; the clock is always an argument.
 */

export {
  breachedAfter,
  type IncidentChange,
  type IncidentHeadState,
  machineColumns,
  planComplaintsAdded,
  planRecord,
  planRecords,
} from './incident.change.ts';
export { toMermaid } from './incident.diagram.ts';
export {
  EVIDENCE_FIELDS,
  evidenceSchema,
  type IncidentContext,
  type IncidentMachineEvent,
  OFFER_KINDS,
} from './incident.events.ts';
export { type EvidenceCheckContext, type EvidenceResult, validateEvidence } from './incident.evidence.ts';
export { buildIncidentMachine, type IncidentMachine } from './incident.machine.ts';
export { type AcceptedStep, type Opening, planOpening, planStep } from './incident.plan.ts';
export { allowedEventsIn, isBreached, openIncident, stepIncident, viewIncident } from './incident.step.ts';
// Every type of the incident aggregate's vocabulary (states, events, view, step outcome).
export * from './incident.types.ts';
