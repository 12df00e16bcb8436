import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { complaintSources } from '../db/repositories/complaint.repository.ts';
import { findIncident, type IncidentRow, lockIncident } from '../db/repositories/incident.repository.ts';
import {
  findStatement,
  listStatements,
  statementsOfOtherIncidents,
} from '../db/repositories/statement.repository.ts';
import { findStatementCheckRead } from '../db/repositories/statement-check.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import type { Severity } from '../domain/playbooks/playbook.schema.ts';
import {
  approvalReminderAt,
  approvalRule,
  decisionRefusal,
  draftStatus,
} from '../domain/statements/statement.approval.ts';
import { checkDraft } from '../domain/statements/statement.checks.ts';
import { personOf, planDecision, planDraft } from '../domain/statements/statement.plans.ts';
import type {
  Decision,
  Statement,
  StatementCheck,
  StatementStage,
} from '../domain/statements/statement.types.ts';
import {
  ApproverNotAllowedError,
  NotFoundError,
  SelfApprovalError,
  StatementDecidedError,
  StatementRefusedError,
} from '../errors.ts';
import { headStateOf } from './incident-view.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export interface DraftInput {
  stage: StatementStage;
  text: string;
  channels?: string[] | undefined;
  language?: string | undefined;
}

/** Who decides: the actor and the role of the key behind the request. */
export interface Decider {
  actor: Actor;
  role: string;
}

/**
 * Statements before they are published: checked as people type, drafted (waiting for another key's
 * approval where the playbook requires it), decided. Every change is planned by the domain
 * (statement.plans.ts) and written by the one writer under the incident's row lock, so two approvers
 * deciding at once are served one after the other: one decides, the other finds it decided (409).
 */
export class StatementService {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; playbooks: PlaybookRegistry }) {}

  /** The stage's statement rules on a text; stores nothing. */
  async check(incidentId: string, input: DraftInput): Promise<{ ok: boolean; checks: StatementCheck[] }> {
    const read = await findStatementCheckRead(this.deps.db, incidentId, input.stage === 'apologise');
    if (!read) throw new NotFoundError('incident', incidentId);
    const playbook = await this.deps.playbooks.definition(read.row.playbook_version);
    const { checks, failures } = checkDraft(playbook, draftOf(input), read);
    return { ok: failures.length === 0, checks };
  }

  /** Stores a draft that passes the rules: pending approval, or approved where none is required (422 otherwise). */
  async draft(incidentId: string, input: DraftInput, actor: Actor): Promise<Statement> {
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await lockIncident(trx, incidentId);
      if (!row) throw new NotFoundError('incident', incidentId);
      const { checks, failures, playbook } = await this.checked(trx, row, input);
      if (failures.length > 0) throw new StatementRefusedError(failures);
      const now = this.deps.clock();
      const status = draftStatus(approvalRule(playbook, row.severity as Severity));
      const statement: Statement = {
        id: randomUUID(),
        incidentId,
        stage: input.stage,
        text: input.text,
        language: input.language ?? playbook.languages[0]!,
        channels: input.channels ?? [],
        status,
        author: personOf(actor),
        createdAt: now.toISOString(),
        decisions: [],
        publishedAt: null,
        // Stored as the record of what was checked: in English, without the catalog message.
        checks: checks.map(({ say: _say, ...stored }) => stored),
        remindAt:
          status === 'pending_approval'
            ? approvalReminderAt(now, row.deadline_due_at?.toISOString() ?? null)
            : null,
        remindedAt: null,
      };
      await applyIncidentChanges(trx, [planDraft(headStateOf(row), statement, actor, now)]);
      return statement;
    });
  }

  /** Approves or rejects a pending statement: 403 for the author's own key or a role the playbook does not name, 409 once decided. */
  async decide(
    statementId: string,
    input: { decision: Decision; note?: string | undefined },
    decider: Decider,
  ): Promise<Statement> {
    const known = await findStatement(this.deps.db, statementId);
    if (!known) throw new NotFoundError('statement', statementId);
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await lockIncident(trx, known.incidentId);
      if (!row) throw new NotFoundError('incident', known.incidentId);
      // Read again under the incident's lock: a decision that just committed is seen here.
      const statement = (await findStatement(trx, statementId))!;
      const playbook = await this.deps.playbooks.definition(row.playbook_version, trx);
      const rule = approvalRule(playbook, row.severity as Severity);
      const { actor, role } = decider;
      const refusal = decisionRefusal(statement, { keyId: actor.keyId, role }, rule, input.decision);
      if (refusal?.kind === 'self_approval') throw new SelfApprovalError(statementId);
      if (refusal?.kind === 'role') throw new ApproverNotAllowedError(refusal.role, refusal.allowed);
      if (refusal?.kind === 'already_decided') throw new StatementDecidedError(statementId, refusal.status);
      const decision = { decision: input.decision, note: input.note ?? null };
      const change = planDecision(headStateOf(row), statement, decision, actor, this.deps.clock());
      await applyIncidentChanges(trx, [change]);
      return (await findStatement(trx, statementId))!;
    });
  }

  async list(incidentId: string): Promise<Statement[]> {
    const row = await findIncident(this.deps.db, incidentId);
    if (!row) throw new NotFoundError('incident', incidentId);
    return listStatements(this.deps.db, incidentId);
  }

  /** The rules of the stage, read from the incident's playbook version, other incidents' statements and its complaints. */
  private async checked(db: Kysely<DB>, row: IncidentRow, input: DraftInput) {
    // Independent reads: sent together (a transaction's connection queues them, PGlite serialises them).
    const [playbook, previousStatements, complaintChannels] = await Promise.all([
      this.deps.playbooks.definition(row.playbook_version, db),
      statementsOfOtherIncidents(db, row.id),
      input.stage === 'apologise' ? complaintSources(db, row.id) : [],
    ]);
    return { ...checkDraft(playbook, draftOf(input), { previousStatements, complaintChannels }), playbook };
  }
}

const draftOf = (input: DraftInput) => ({
  stage: input.stage,
  text: input.text,
  channels: input.channels ?? [],
});
