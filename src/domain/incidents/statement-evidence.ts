import { fieldError } from '../../errors.ts';
import { type Message, say } from '../messages/message.ts';
import type { Playbook, Severity } from '../playbooks/playbook.schema.ts';
import { approvalRule } from '../statements/statement.approval.ts';
import type { Statement } from '../statements/statement.types.ts';
import type { EvidenceError, IncidentEventType } from './incident.types.ts';

/** What a step knows of a drafted statement: what the rules below read. */
export type StatementRef = Pick<
  Statement,
  'id' | 'incidentId' | 'stage' | 'status' | 'text' | 'channels' | 'decisions'
>;

/** Only what the rules read of a statement (what an audit entry records of the draft a step named). */
export function statementRef(s: StatementRef): StatementRef {
  const { id, incidentId, stage, status, text, channels, decisions } = s;
  return { id, incidentId, stage, status, text, channels, decisions };
}

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
    const message = say('statement.approval_required', { severity: ctx.severity });
    return error(input, 'evidence.statement', 'approval_required', message);
  }
  if (!isStatementId(statementId)) {
    return error(input, 'evidence.statementId', 'type', say('statement.id_format', {}));
  }
  const found = ctx.named?.statement ?? null;
  const required = approvalRule(playbook, ctx.severity).required;
  const refusal = refuse(found, statementId, event, ctx.named?.incidentId, required);
  if (refusal) return error(input, 'evidence.statementId', refusal.rule, refusal.message);
  const draft = found!;
  if (input.statement !== undefined && input.statement !== draft.text) {
    const message = say('statement.one_of', {});
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
): { rule: string; message: Message } | null {
  if (found === null || found.incidentId !== incidentId) {
    return {
      rule: 'statement_unknown',
      message: say('statement.unknown', {}),
    };
  }
  if (found.stage !== event) {
    return {
      rule: 'statement_stage',
      message: say('statement.other_stage', { id, stage: found.stage, event }),
    };
  }
  if (found.status !== 'approved') {
    return {
      rule: 'statement_not_approved',
      message: say('statement.not_approved', { id, status: found.status }),
    };
  }
  // Drafted when no approval was needed (a lower severity): nobody else has read it yet.
  if (approvalRequired && !found.decisions.some((d) => d.decision === 'approve')) {
    return {
      rule: 'approval_required',
      message: say('statement.approved_alone', { id }),
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
  message: Message,
): ResolvedStatement {
  const claims = [
    'evidence.statement',
    field,
    ...(input.channels === undefined ? ['evidence.channels'] : []),
  ];
  return { input, errors: [fieldError(field, rule, message)], claims };
}
