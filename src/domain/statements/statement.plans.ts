import { type Actor, nextAuditEntry } from '../audit/audit-chain.ts';
import { outboxEvent } from '../events.ts';
import { chainHeadOf, type IncidentChange, type IncidentHeadState } from '../incidents/incident.change.ts';
import { decidedStatus } from './statement.approval.ts';
import type { Decision, Statement, StatementDecision, StatementPerson } from './statement.types.ts';

export const personOf = (actor: Actor): StatementPerson => ({ actor: actor.name, keyId: actor.keyId });

/** A change of statements only: audited on the incident's chain, the version (ETag) stays. */
function statementChange(
  row: IncidentHeadState,
  at: Date,
  actor: Actor,
  record: { action: string; data: Record<string, unknown> },
): Pick<IncidentChange, 'incidentId' | 'at' | 'expect' | 'bumpVersion' | 'audit' | 'deadlines'> {
  const entry = nextAuditEntry(chainHeadOf(row), {
    ...record,
    at,
    actor,
    fromState: row.state,
    toState: row.state,
  });
  return {
    incidentId: row.id,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    audit: [entry],
    deadlines: [],
  };
}

/**
 * A drafted statement (its checks passed): stored, audited with its text, and where it waits for approval
 * `statement.approval_requested` goes out. The caller holds the incident's row lock.
 */
export function planDraft(
  row: IncidentHeadState,
  statement: Statement,
  actor: Actor,
  at: Date,
): IncidentChange {
  const { id, stage, text, language, channels, status } = statement;
  const pending = status === 'pending_approval';
  return {
    ...statementChange(row, at, actor, {
      action: 'statement.drafted',
      data: { statementId: id, stage, status, language, channels, text },
    }),
    statements: [
      {
        op: 'insert',
        id,
        stage,
        text,
        language,
        channels,
        status,
        author: statement.author,
        createdAt: statement.createdAt,
        publishedAt: null,
        checks: statement.checks,
        remindAt: statement.remindAt,
      },
    ],
    events: pending ? [approvalRequested(row.id, statement, at, false)] : [],
  };
}

/** A decision on a pending statement: the status moves (guarded), the decision is kept, audited and outboxed. */
export function planDecision(
  row: IncidentHeadState,
  statement: Statement,
  input: { decision: Decision; note: string | null },
  actor: Actor,
  at: Date,
): IncidentChange {
  const decision: StatementDecision = { by: personOf(actor), ...input, at: at.toISOString() };
  const status = decidedStatus(input.decision);
  return {
    ...statementChange(row, at, actor, {
      action: 'statement.decided',
      data: { statementId: statement.id, stage: statement.stage, decision: input.decision, note: input.note },
    }),
    statements: [
      {
        op: 'update',
        id: statement.id,
        from: ['pending_approval'],
        set: { status, remindAt: null },
        decision,
      },
    ],
    events: [
      outboxEvent('statement.decided', at, {
        incidentId: row.id,
        statementId: statement.id,
        stage: statement.stage,
        decision: input.decision,
        status,
        by: decision.by,
      }),
    ],
  };
}

/**
 * Pending approvals of one incident whose reminder time came: each marked reminded (once) and requested
 * again. Nothing an auditor needs to see changed, so the chain and the incident row stay as they are.
 */
export function planApprovalReminders(
  incidentId: string,
  statements: readonly Pick<Statement, 'id' | 'stage' | 'remindAt'>[],
  at: Date,
): IncidentChange {
  return {
    incidentId,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    audit: [],
    deadlines: [],
    statements: statements.map((s) => ({
      op: 'update' as const,
      id: s.id,
      from: ['pending_approval' as const],
      set: { remindedAt: at.toISOString() },
    })),
    events: statements.map((s) => approvalRequested(incidentId, s, at, true)),
  };
}

function approvalRequested(
  incidentId: string,
  s: Pick<Statement, 'id' | 'stage' | 'remindAt'>,
  at: Date,
  reminder: boolean,
) {
  return outboxEvent('statement.approval_requested', at, {
    incidentId,
    statementId: s.id,
    stage: s.stage,
    remindAt: s.remindAt,
    reminder,
  });
}
