import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import { openCommitments } from '../db/repositories/commitment.repository.ts';
import { complaintSources, unansweredComplaints } from '../db/repositories/complaint.repository.ts';
import { feedbackDigest } from '../db/repositories/feedback.repository.ts';
import {
  findIncidentsForStep,
  type IncidentRow,
  lockIncident,
} from '../db/repositories/incident.repository.ts';
import { findStatement, statementsOfOtherIncidents } from '../db/repositories/statement.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { closeBlockedByCommitments } from '../domain/commitments/commitment.moves.ts';
import { improveCommitments } from '../domain/commitments/commitment.plans.ts';
import { closeRefusal } from '../domain/complaints/complaint.channel.ts';
import { digestOccasion } from '../domain/complaints/feedback.ts';
import {
  type IncidentChange,
  type IncidentCommand,
  openIncident,
  planOpening,
  planRecords,
  planStep,
  stepIncident,
  viewIncident,
} from '../domain/incidents/index.ts';
import { isStatementId, type NamedStatement, statementRef } from '../domain/incidents/statement-evidence.ts';
import { say } from '../domain/messages/message.ts';
import { playbookTimeZone, type Severity } from '../domain/playbooks/playbook.schema.ts';
import {
  DomainError,
  EventNotAllowedError,
  fieldError,
  InvalidEvidenceError,
  NotFoundError,
  OpenCommitmentsError,
  UnansweredComplaintsError,
  VersionMismatchError,
} from '../errors.ts';
import { Batcher } from './batcher.ts';
import { sharedReads } from './incident-reads.ts';
import { headStateOf, type Incident, toIncident } from './incident-view.ts';
import type { PlaybookRegistry, RegisteredPlaybook } from './playbook-registry.ts';

export interface IncidentCommandDeps {
  db: Kysely<DB>;
  clock: Clock;
  playbooks: PlaybookRegistry;
}

export interface TransitionInput {
  event: IncidentCommand['type'];
  evidence?: unknown;
  note?: string | undefined;
}

const STATEMENT_EVENTS = new Set(['apologise', 'admit']);
/** Steps of one event against an incident changing under it before the answer is a 409 to retry. */
const MAX_STEP_ATTEMPTS = 5;
/** Unanswered complaints a refused `close` names. */
const UNANSWERED_LISTED = 10;

/**
 * Every change of an incident: the domain plans it (src/domain/incidents/incident.plan.ts) and the one
 * writer applies it (src/db/writer/incident-writer.ts), each in one transaction.
 */
export class IncidentCommands {
  // Transitions read optimistically, so concurrent ones on different incidents share the read; a row that
  // is stale by the time it is written fails the write's guard and is read again.
  private readonly stepReads: Batcher<string, IncidentRow | undefined>;
  // Steps planned at the same moment on different incidents are written by one call of the writer.
  private readonly writes: Batcher<IncidentChange, IncidentRow | undefined>;

  constructor(private readonly deps: IncidentCommandDeps) {
    this.stepReads = sharedReads(async (ids) => {
      const found = new Map((await findIncidentsForStep(deps.db, ids)).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id));
    });
    this.writes = new Batcher({
      run: async (changes) => {
        const written = await applyIncidentChanges(deps.db, changes);
        return changes.map((c) => written.get(c.incidentId));
      },
      flush: 'turn',
      maxItems: 50,
      maxInFlight: 4,
      key: (change) => change.incidentId,
      sameKey: 'separate',
      onFailure: 'retry-each',
    });
  }

  async open(
    input: { playbookId: string; title: string; severity: Severity; summary?: string | undefined },
    actor: Actor,
  ): Promise<Incident> {
    const registered = this.deps.playbooks.get(input.playbookId);
    if (!registered) {
      const { playbookId } = input;
      throw new DomainError('PLAYBOOK_NOT_FOUND', say('playbook_not_found', { playbookId }), {
        errors: [fieldError('body.playbookId', 'exists', say('reference.playbook', { playbookId }))],
      });
    }
    return this.deps.db.transaction().execute((trx) => this.openIn(trx, registered, input, actor));
  }

  /**
   * Opens an incident inside the caller's transaction (complaint ingest opens one when a trigger threshold
   * is crossed, atomically with attaching the complaints). The caller resolved the playbook.
   */
  async openIn(
    trx: Transaction<DB>,
    registered: RegisteredPlaybook,
    input: { title: string; severity: Severity; summary?: string | undefined },
    actor: Actor,
  ): Promise<Incident> {
    const now = this.deps.clock();
    const { playbook, version } = registered;
    const change = planOpening(
      {
        id: randomUUID(),
        playbookId: playbook.id,
        playbookVersion: version,
        title: input.title,
        summary: input.summary ?? null,
        severity: input.severity,
        opened: openIncident(playbook, { severity: input.severity, now }),
        reminderAt: playbook.escalation.reminderAt,
      },
      actor,
      now,
    );
    const row = await this.writeOne(trx, change);
    return toIncident(row, change.machine!.view, now, playbookTimeZone(playbook));
  }

  /**
   * Applies one event optimistically: read the row (shared with concurrent reads), step the machine
   * purely, then write the plan guarded on the version read (grouped with concurrent writes). No lock is
   * held while the machine steps. When another change won in between, the event is stepped again on the
   * new state: it then applies there, or answers 409 / 412 as if it had waited for a lock.
   */
  async transition(
    id: string,
    input: TransitionInput,
    ifMatch: number | undefined,
    actor: Actor,
  ): Promise<Incident> {
    for (let attempt = 1; ; attempt++) {
      const row = await this.stepReads.submit(id);
      if (!row) throw new NotFoundError('incident', id);
      const { change, now, timeZone } = await this.plan(this.deps.db, row, input, ifMatch, actor, 'version');
      const written = await this.writes.submit(change);
      if (written) return toIncident(written, change.machine!.view, now, timeZone);
      if (attempt >= MAX_STEP_ATTEMPTS) {
        throw new DomainError('CONFLICT', say('step_retries_exhausted', { id, attempts: attempt }));
      }
    }
  }

  /** {@link transition} under the row lock, inside the caller's transaction (escalation, reopen, a breach's rise). */
  async transitionIn(
    trx: Transaction<DB>,
    id: string,
    input: TransitionInput,
    ifMatch: number | undefined,
    actor: Actor,
    options: { causedByBreach?: boolean } = {},
  ): Promise<Incident> {
    const row = await lockIncident(trx, id);
    if (!row) throw new NotFoundError('incident', id);
    const planned = await this.plan(trx, row, { ...input, ...options }, ifMatch, actor, 'held');
    const { change, now, timeZone } = planned;
    return toIncident(await this.writeOne(trx, change), change.machine!.view, now, timeZone);
  }

  /** Appends audit-only records (complaints attached by hand, a redaction) inside the caller's transaction. */
  async recordIn(
    trx: Transaction<DB>,
    id: string,
    records:
      | { action: string; data: Record<string, unknown> }
      | readonly { action: string; data: Record<string, unknown> }[],
    actor: Actor,
  ): Promise<void> {
    const row = await lockIncident(trx, id);
    if (!row) throw new NotFoundError('incident', id);
    const at = this.deps.clock();
    const list = Array.isArray(records) ? records : [records];
    await this.writeOne(
      trx,
      planRecords(
        headStateOf(row),
        list.map((r) => ({ ...r, actor, at })),
      ),
    );
  }

  /** Checks If-Match, steps the machine and plans the change; nothing is written yet. */
  private async plan(
    db: Kysely<DB>,
    row: IncidentRow,
    input: TransitionInput & { causedByBreach?: boolean },
    ifMatch: number | undefined,
    actor: Actor,
    guard: 'version' | 'held',
  ): Promise<{ change: IncidentChange; now: Date; timeZone: string }> {
    if (ifMatch !== undefined && ifMatch !== row.version)
      throw new VersionMismatchError(ifMatch, row.version);
    const playbook = await this.deps.playbooks.definition(row.playbook_version, db);
    const before = row.view ?? viewIncident(playbook, row.snapshot);
    // After "not accepted now" (409), before the evidence (422): the machine would accept the close.
    if (input.event === 'close' && before.allowedEvents.includes('close')) {
      await this.refuseUnanswered(db, row.id, input.evidence);
      await this.refuseOpenCommitments(db, row.id, input.evidence);
    }
    const now = this.deps.clock();
    // Only the apology names channels: other events need not read them.
    const complaintChannels = input.event === 'apologise' ? await complaintSources(db, row.id) : [];
    const named = await this.namedStatement(db, row.id, input);
    const outcome = stepIncident(
      playbook,
      row.snapshot,
      { type: input.event, evidence: input.evidence },
      {
        now,
        previousStatements: STATEMENT_EVENTS.has(input.event)
          ? await statementsOfOtherIncidents(db, row.id)
          : [],
        complaintChannels,
        named,
      },
    );
    if (!outcome.ok) {
      const r = outcome.rejection;
      if (r.kind === 'event_not_allowed')
        throw new EventNotAllowedError(input.event, r.state, r.allowedEvents);
      throw new InvalidEvidenceError(r.errors);
    }
    // Only a step that enters improve or closes sends the digest: only then are the topics read.
    const feedback = digestOccasion(row.state, outcome.view.state)
      ? await feedbackDigest(db, { incidentId: row.id })
      : undefined;
    const change = planStep(
      headStateOf(row),
      {
        event: input.event,
        note: input.note,
        evidence: outcome.evidence,
        snapshot: outcome.snapshot,
        view: outcome.view,
        effects: outcome.effects,
        deadlineBefore: before.deadline,
        reminderAt: playbook.escalation.reminderAt,
        causedByBreach: input.causedByBreach,
        commitments:
          input.event === 'improve'
            ? improveCommitments(outcome.evidence.changes, now, playbook.escalation.reminderAt)
            : undefined,
        feedback,
        context: {
          ...(input.event === 'apologise' ? { complaintChannels } : {}),
          ...(named
            ? { named: { ...named, statement: named.statement && statementRef(named.statement) } }
            : {}),
        },
      },
      actor,
      now,
      guard,
    );
    return { change, now, timeZone: playbookTimeZone(playbook) };
  }

  /** The drafted statement an apologise/admit names by `evidence.statementId`, for the domain to judge. */
  private async namedStatement(
    db: Kysely<DB>,
    incidentId: string,
    input: TransitionInput,
  ): Promise<NamedStatement | undefined> {
    const id = (input.evidence as { statementId?: unknown } | undefined)?.statementId;
    if (!STATEMENT_EVENTS.has(input.event) || !isStatementId(id)) return undefined;
    return { incidentId, statement: await findStatement(db, id) };
  }

  /** `close` waits for a public reply to every attached complaint, unless the manager says why not (409). */
  private async refuseUnanswered(db: Kysely<DB>, id: string, evidence: unknown): Promise<void> {
    const unanswered = await unansweredComplaints(db, id, UNANSWERED_LISTED);
    const reason = (evidence as { unansweredReason?: unknown } | undefined)?.unansweredReason;
    const refusal = closeRefusal(unanswered, typeof reason === 'string' ? reason : undefined);
    if (refusal) throw new UnansweredComplaintsError(refusal.count, refusal.firstIds);
  }

  /** `close` waits for every public commitment to be done or cancelled, unless carried over (409). */
  private async refuseOpenCommitments(db: Kysely<DB>, id: string, evidence: unknown): Promise<void> {
    const open = (await openCommitments(db, [id])).get(id) ?? [];
    if (closeBlockedByCommitments(open.length, evidence)) {
      throw new OpenCommitmentsError(
        open.length,
        open.slice(0, UNANSWERED_LISTED).map((c) => c.id),
      );
    }
  }

  /** One change the caller's transaction holds the row for (or creates): it always applies. */
  private async writeOne(trx: Transaction<DB>, change: IncidentChange): Promise<IncidentRow> {
    const row = (await applyIncidentChanges(trx, [change])).get(change.incidentId);
    if (!row) throw new Error(`incident ${change.incidentId} was not written under its row lock`);
    return row;
  }
}
