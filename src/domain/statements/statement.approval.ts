import {
  APPROVER_ROLES,
  type ApprovalRule,
  type Playbook,
  type Severity,
} from '../playbooks/playbook.schema.ts';
import type { Decision, Statement, StatementStatus } from './statement.types.ts';

/**
 * The statement status machine: which moves are allowed. A draft waits for approval (or is approved at
 * once where none is needed); a decision is final; only an approved statement is published, by the
 * stage's step.
 */
export const STATEMENT_MOVES: Readonly<Record<StatementStatus, readonly StatementStatus[]>> = {
  pending_approval: ['approved', 'rejected'],
  approved: ['published'],
  rejected: [],
  published: [],
};

export const canMove = (from: StatementStatus, to: StatementStatus): boolean =>
  STATEMENT_MOVES[from].includes(to);

/** The status a decision moves a statement to. */
export const decidedStatus = (decision: Decision): StatementStatus =>
  decision === 'approve' ? 'approved' : 'rejected';

const NONE: ApprovalRule = { required: false, roles: [...APPROVER_ROLES] };

/** The playbook's approval rule at `severity`; a playbook or severity without one needs no approval. */
export function approvalRule(playbook: Playbook, severity: Severity): ApprovalRule {
  return playbook.approval?.[severity] ?? NONE;
}

/** The status of a new draft: waiting where the rule requires approval, else approved at once. */
export const draftStatus = (rule: ApprovalRule): StatementStatus =>
  rule.required ? 'pending_approval' : 'approved';

/** Why a key may not decide on a statement, or null when it may. */
export type DecisionRefusal =
  | { kind: 'self_approval' }
  | { kind: 'role'; role: string; allowed: readonly string[] }
  | { kind: 'already_decided'; status: StatementStatus };

/**
 * Who may decide, then whether there is anything left to decide: never the author's own key (four eyes),
 * only a role the playbook names, only while the statement waits for approval.
 */
export function decisionRefusal(
  statement: Pick<Statement, 'status' | 'author'>,
  decider: { keyId: string | null; role: string },
  rule: ApprovalRule,
  decision: Decision,
): DecisionRefusal | null {
  if (decider.keyId !== null && statement.author?.keyId === decider.keyId) return { kind: 'self_approval' };
  if (!(rule.roles as readonly string[]).includes(decider.role)) {
    return { kind: 'role', role: decider.role, allowed: rule.roles };
  }
  if (!canMove(statement.status, decidedStatus(decision))) {
    return { kind: 'already_decided', status: statement.status };
  }
  return null;
}

/**
 * When a pending approval is reminded: half the time from drafting to the stage's current deadline. No
 * reminder without a running deadline (paused in legal, or none) or once it has passed.
 */
export function approvalReminderAt(draftedAt: Date, deadlineDueAt: string | null): string | null {
  if (deadlineDueAt === null) return null;
  const due = Date.parse(deadlineDueAt);
  if (due <= draftedAt.getTime()) return null;
  return new Date(draftedAt.getTime() + (due - draftedAt.getTime()) / 2).toISOString();
}
