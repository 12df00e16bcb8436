import type { Playbook, Severity } from '../playbooks/playbook.schema.ts';
import { approvalRule } from '../statements/statement.approval.ts';
import type { Statement } from '../statements/statement.types.ts';
import type { EvidenceError, IncidentEventType } from './incident.types.ts';

/** What a step knows of a drafted statement: what the rules below read. */
export type StatementRef = Pick<
  Statement,
  'id' | 'incidentId' | 'stage' | 'status' | 'text' | 'channels' | 'decisions'
>;

/** The statement `evidence.statementId` names, as read for the incident being stepped (null: none such). */
export interface NamedStatement {
  incidentId: string;
  statement: StatementRef | null;
}

export interface ResolvedStatement {
  /** The evidence to validate: with an id, the draft's text (and channels, unless given) stand inline. */
  input: Record<string, unknown>;
  statementId?: string;
  errors: EvidenceError[];
  /** Evidence fields these errors answer for: their schema errors and rules are left out. */
  claims: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether `evidence.statementId` can name a statement at all (worth reading it). */
export const isStatementId = (value: unknown): value is string =>
  typeof value === 'string' && UUID.test(value);
const DRAFT_ROUTE = 'POST /v1/incidents/{id}/statements';

/**
 * `apologise` and `admit` publish either an inline `statement` or an approved draft named by
 * `statementId`. With an id the draft's text goes through the same rules as inline text, and the id stays
 * in the evidence (the step marks the draft published). Inline text where the playbook requires approval
 * at the incident's severity is refused (`approval_required`).
 */
export function resolveStatementEvidence(
  playbook: Playbook,
  event: IncidentEventType,
  given: Record<string, unknown>,
  ctx: { severity: Severity; named?: NamedStatement | undefined },
): ResolvedStatement {
  if (event !== 'apologise' && event !== 'admit') return { input: given, errors: [], claims: [] };
  const { statementId, ...input } = given;
  if (statementId === undefined) {
    if (!approvalRule(playbook, ctx.severity).required) return { input, errors: [], claims: [] };
    const message = `At ${ctx.severity} severity this playbook needs an approved statement: draft it with ${DRAFT_ROUTE}, have another key approve it, then send its id as evidence.statementId.`;
    return error(input, 'evidence.statement', 'approval_required', message);
  }
  if (!isStatementId(statementId)) {
    return error(input, 'evidence.statementId', 'type', 'Must be the id (a UUID) of a drafted statement.');
  }
  const found = ctx.named?.statement ?? null;
  const required = approvalRule(playbook, ctx.severity).required;
  const refusal = refuse(found, statementId, event, ctx.named?.incidentId, required);
  if (refusal) return error(input, 'evidence.statementId', refusal.rule, refusal.message);
  const draft = found!;
  if (input.statement !== undefined && input.statement !== draft.text) {
    const message =
      'Give either evidence.statement or evidence.statementId: the draft’s text is what is published.';
    return error(input, 'evidence.statement', 'one_of', message);
  }
  const channels = event === 'apologise' ? { channels: input.channels ?? draft.channels } : {};
  return { input: { ...input, statement: draft.text, ...channels }, statementId, errors: [], claims: [] };
}

function refuse(
  found: StatementRef | null,
  id: string,
  event: 'apologise' | 'admit',
  incidentId: string | undefined,
  approvalRequired: boolean,
): { rule: string; message: string } | null {
  if (found === null || found.incidentId !== incidentId) {
    return {
      rule: 'statement_unknown',
      message: `Statement ${id} is not a statement of this incident: draft one with ${DRAFT_ROUTE}.`,
    };
  }
  if (found.stage !== event) {
    return {
      rule: 'statement_stage',
      message: `Statement ${id} was drafted for the ${found.stage} stage, not for ${event}: draft one for ${event}.`,
    };
  }
  if (found.status !== 'approved') {
    const why =
      found.status === 'pending_approval'
        ? 'still waits for approval: have another key approve it first'
        : found.status === 'rejected'
          ? 'was rejected: draft a new one'
          : 'is already published';
    return { rule: 'statement_not_approved', message: `Statement ${id} ${why}.` };
  }
  // Drafted when no approval was needed (a lower severity): nobody else has read it yet.
  if (approvalRequired && !found.decisions.some((d) => d.decision === 'approve')) {
    return {
      rule: 'approval_required',
      message: `Statement ${id} was approved without a second person, when the severity needed none; at this severity another key must approve: draft it again.`,
    };
  }
  return null;
}

/**
 * A refusal. The way out is an approved draft, which brings its text and channels: their own errors
 * (missing, rules) would only distract, so they are left out.
 */
function error(
  input: Record<string, unknown>,
  field: string,
  rule: string,
  message: string,
): ResolvedStatement {
  const claims = [
    'evidence.statement',
    field,
    ...(input.channels === undefined ? ['evidence.channels'] : []),
  ];
  return { input, errors: [{ field, rule, message }], claims };
}
