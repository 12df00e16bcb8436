import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import { applyDeadlineChanges, type DeadlineChange } from '../db/repositories/deadline.repository.ts';
import {
  findIncident,
  findIncidents,
  findIncidentsForStep,
  findIncidentVersions,
  type IncidentFilter,
  type IncidentRow,
  insertIncident,
  listIncidents,
  lockIncident,
} from '../db/repositories/incident.repository.ts';
import type { OutboxEvent } from '../db/repositories/outbox.repository.ts';
import { statementsOfOtherIncidents } from '../db/repositories/statement.repository.ts';
import { type TransitionWrite, writeTransitions } from '../db/repositories/transition-write.repository.ts';
import type { DB } from '../db/schema.ts';
import {
  type Effect,
  type IncidentCommand,
  type IncidentView,
  isBreached,
  openIncident,
  stepIncident,
  viewIncident,
} from '../domain/incidents/index.ts';
import type { Severity, Stage } from '../domain/playbooks/playbook.schema.ts';
import {
  DomainError,
  EventNotAllowedError,
  InvalidEvidenceError,
  NotFoundError,
  VersionMismatchError,
} from '../errors.ts';
import { type Actor, appendAudit, auditEntryFor } from './audit-log.ts';
import { Coalescer } from './coalesce.ts';
import { emitEvent, outboxEvent } from './events.ts';
import { GroupWriter } from './group-write.ts';
import type { PlaybookRegistry, RegisteredPlaybook } from './playbook-registry.ts';

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
  deadline: { stage: Stage; dueAt: string | null; breached: boolean; paused: boolean } | null;
  allowedEvents: string[];
  completedStages: Stage[];
  legalReturnTo: Stage | null;
  complaintCount: number;
  /** Set by escalations (e.g. the on-call tag of a breached deadline). */
  tags: string[];
}

export interface IncidentServiceDeps {
  db: Kysely<DB>;
  clock: Clock;
  playbooks: PlaybookRegistry;
  /** Channels the incident's complaints came from (the apology must name each). */
  complaintChannels?: (db: Kysely<DB>, incidentId: string) => Promise<string[]>;
}

export interface TransitionInput {
  event: IncidentCommand['type'];
  evidence?: unknown;
  note?: string | undefined;
}

const STATEMENT_EVENTS = new Set(['apologise', 'admit']);
/** Steps of one event against an incident changing under it before the answer is a 409 to retry. */
const MAX_STEP_ATTEMPTS = 5;

/** Opening, stepping and reading incidents; each change is one transaction. */
export class IncidentService {
  // Dashboards poll single incidents in bursts: concurrent reads share one query (see Coalescer).
  private readonly versions: Coalescer<string, number>;
  private readonly reads: Coalescer<string, IncidentRow>;
  private readonly stepReads: Coalescer<string, IncidentRow>;
  private readonly pages: Coalescer<string, Incident[]>;
  private readonly writes: GroupWriter<TransitionWrite, IncidentRow>;
  private readonly pageFilters = new Map<string, Omit<IncidentFilter, 'now'>>();

  constructor(private readonly deps: IncidentServiceDeps) {
    this.versions = new Coalescer((ids) => findIncidentVersions(deps.db, ids));
    this.reads = new Coalescer(
      async (ids) => new Map((await findIncidents(deps.db, ids)).map((r) => [r.id, r])),
    );
    // Transitions read optimistically, so concurrent ones on different incidents can share the read too;
    // a row that is stale by the time it is written fails the write's guard and is read again.
    this.stepReads = new Coalescer(
      async (ids) => new Map((await findIncidentsForStep(deps.db, ids)).map((r) => [r.id, r])),
    );
    this.writes = new GroupWriter(
      (ws) => writeTransitions(deps.db, ws),
      (w) => w.incidentId,
    );
    this.pages = new Coalescer(async (keys) => {
      const filters = keys.map((k) => this.pageFilters.get(k)!);
      for (const k of keys) this.pageFilters.delete(k);
      return new Map(
        await Promise.all(keys.map(async (k, i) => [k, await this.loadPage(filters[i]!)] as const)),
      );
    });
  }

  async open(
    input: { playbookId: string; title: string; severity: Severity; summary?: string | undefined },
    actor: Actor,
  ): Promise<Incident> {
    const registered = this.deps.playbooks.get(input.playbookId);
    if (!registered) {
      throw new DomainError('PLAYBOOK_NOT_FOUND', `There is no playbook "${input.playbookId}".`, {
        errors: [
          { field: 'body.playbookId', rule: 'exists', message: `unknown playbook "${input.playbookId}"` },
        ],
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
    const opened = openIncident(registered.playbook, { severity: input.severity, now });
    const id = randomUUID();
    await insertIncident(trx, {
      id,
      playbookId: registered.playbook.id,
      playbookVersion: registered.version,
      title: input.title,
      summary: input.summary ?? null,
      ...machineColumns(opened.view, opened.snapshot, now),
    });
    await applyDeadlineChanges(
      trx,
      id,
      deadlineChanges(opened.effects),
      registered.playbook.escalation.reminderAt,
    );
    const entry = await appendAudit(
      trx,
      { id, auditSeq: 0, auditHeadHash: '' },
      {
        at: now,
        actor,
        action: 'incident.opened',
        fromState: null,
        toState: opened.view.state,
        data: {
          title: input.title,
          severity: input.severity,
          playbookVersion: registered.version,
          effects: opened.effects,
        },
      },
    );
    const row = await updateIncidentHead(trx, id, entry);
    await emitEvent(trx, 'incident.opened', now, {
      incidentId: id,
      playbookId: registered.playbook.id,
      title: input.title,
      severity: opened.view.severity,
      state: opened.view.state,
    });
    return toIncident(row, opened.view, now);
  }

  /**
   * Applies one event optimistically: read the row, step the machine purely, then write snapshot,
   * deadlines, statements, audit entry and outbox in one guarded call that applies only if the row is
   * unchanged (src/db/repositories/transition-write.repository.ts). Two round trips, shared with the
   * events being applied to other incidents at the same moment (reads coalesced, writes group-committed),
   * and no lock held while the machine steps. When another change won in between, the event is stepped again on the new
   * state: it then applies there, or answers 409 / 412 as if it had waited for a lock. Two concurrent
   * events never both apply to the same version.
   */
  async transition(
    id: string,
    input: TransitionInput,
    ifMatch: number | undefined,
    actor: Actor,
  ): Promise<Incident> {
    for (let attempt = 1; ; attempt++) {
      const row = await this.stepReads.load(id);
      if (!row) throw new NotFoundError('Incident', id);
      const step = await this.step(this.deps.db, row, input, ifMatch, actor);
      const updated = await this.writes.submit(step.write);
      if (updated) return toIncident(updated, step.view, step.now);
      if (attempt >= MAX_STEP_ATTEMPTS) {
        throw new DomainError(
          'CONFLICT',
          `Incident ${id} changed ${attempt} times while this event was applied; retry.`,
        );
      }
    }
  }

  /** {@link transition} inside the caller's transaction (complaint ingest: volume escalation, reopen). */
  async transitionIn(
    trx: Transaction<DB>,
    id: string,
    input: TransitionInput,
    ifMatch: number | undefined,
    actor: Actor,
  ): Promise<Incident> {
    const row = await lockIncident(trx, id);
    if (!row) throw new NotFoundError('Incident', id);
    const step = await this.step(trx, row, input, ifMatch, actor);
    const updated = (await writeTransitions(trx, [step.write])).get(id);
    if (!updated) throw new Error(`incident ${id} changed under its row lock`);
    return toIncident(updated, step.view, step.now);
  }

  /** Checks If-Match and steps the machine; everything the event would write, not yet written. */
  private async step(
    db: Kysely<DB>,
    row: IncidentRow,
    input: TransitionInput,
    ifMatch: number | undefined,
    actor: Actor,
  ): Promise<{ write: TransitionWrite; view: IncidentView; now: Date }> {
    const id = row.id;
    if (ifMatch !== undefined && ifMatch !== row.version)
      throw new VersionMismatchError(ifMatch, row.version);
    const playbook = await this.deps.playbooks.definition(row.playbook_version, db);
    const now = this.deps.clock();
    const wantsStatement = STATEMENT_EVENTS.has(input.event);
    const outcome = stepIncident(
      playbook,
      row.snapshot,
      { type: input.event, evidence: input.evidence },
      {
        now,
        previousStatements: wantsStatement ? await statementsOfOtherIncidents(db, id) : [],
        // Only the apology names channels: other events need not read them.
        complaintChannels:
          input.event === 'apologise' ? ((await this.deps.complaintChannels?.(db, id)) ?? []) : [],
      },
    );
    if (!outcome.ok) {
      const r = outcome.rejection;
      if (r.kind === 'event_not_allowed')
        throw new EventNotAllowedError(input.event, r.state, r.allowedEvents);
      throw new InvalidEvidenceError(r.errors);
    }
    const audit = auditEntryFor(
      { id, auditSeq: row.audit_seq, auditHeadHash: row.audit_head_hash },
      {
        at: now,
        actor,
        action: `incident.${input.event}`,
        fromState: row.state,
        toState: outcome.view.state,
        data: {
          event: input.event,
          evidence: outcome.evidence,
          ...(input.note ? { note: input.note } : {}),
          effects: outcome.effects,
        },
      },
    );
    const write: TransitionWrite = {
      incidentId: id,
      expected: { version: row.version, auditSeq: row.audit_seq },
      change: {
        ...machineColumns(outcome.view, outcome.snapshot, now),
        auditSeq: audit.seq,
        auditHeadHash: audit.hash,
      },
      audit,
      deadlines: deadlineChanges(outcome.effects),
      reminderAt: playbook.escalation.reminderAt,
      statements: outcome.effects.flatMap((e) =>
        e.type === 'statement_published' ? [{ stage: e.stage, text: e.text, at: now }] : [],
      ),
      events: transitionEvents(now, id, row.state, row.severity, input.event, outcome.view),
    };
    return { write, view: outcome.view, now };
  }

  /**
   * Appends an audit entry that changes no state (a complaint attached by hand, a redaction) to the
   * incident's chain, inside the caller's transaction. The version does not move: nothing a client
   * conditions on (If-Match) changed.
   */
  async recordIn(
    trx: Transaction<DB>,
    id: string,
    record: { action: string; data: Record<string, unknown> },
    actor: Actor,
  ): Promise<void> {
    const row = await lockIncident(trx, id);
    if (!row) throw new NotFoundError('Incident', id);
    const entry = await appendAudit(
      trx,
      { id, auditSeq: row.audit_seq, auditHeadHash: row.audit_head_hash },
      {
        at: this.deps.clock(),
        actor,
        action: record.action,
        fromState: row.state,
        toState: row.state,
        data: record.data,
      },
    );
    await updateIncidentHead(trx, id, entry);
  }

  async get(id: string): Promise<Incident> {
    const row = await this.reads.load(id);
    if (!row) throw new NotFoundError('Incident', id);
    return this.present(row);
  }

  /** The version alone (one indexed read, shared by concurrent polls), for conditional GETs; null when unknown. */
  async version(id: string): Promise<number | null> {
    return (await this.versions.load(id)) ?? null;
  }

  /**
   * A page of incidents. Identical requests in flight at the same moment (a wall of dashboards polling
   * one view) share one query and receive the same array, so callers must not mutate it.
   */
  list(filter: Omit<IncidentFilter, 'now'>): Promise<readonly Incident[]> {
    const key = JSON.stringify(filter);
    this.pageFilters.set(key, filter);
    return this.pages.load(key) as Promise<readonly Incident[]>;
  }

  private async loadPage(filter: Omit<IncidentFilter, 'now'>): Promise<Incident[]> {
    const now = this.deps.clock();
    const rows = await listIncidents(this.deps.db, { ...filter, now });
    return Promise.all(rows.map((r) => this.present(r, now)));
  }

  async row(id: string): Promise<IncidentRow> {
    const row = await findIncident(this.deps.db, id);
    if (!row) throw new NotFoundError('Incident', id);
    return row;
  }

  private async present(row: IncidentRow, now = this.deps.clock()): Promise<Incident> {
    // The stored view is written with every change; only rows older than that column restore the machine.
    if (row.view) return toIncident(row, row.view as unknown as IncidentView, now);
    const playbook = await this.deps.playbooks.definition(row.playbook_version);
    return toIncident(row, viewIncident(playbook, row.snapshot), now);
  }
}

async function updateIncidentHead(trx: Transaction<DB>, id: string, entry: { seq: number; hash: string }) {
  return trx
    .updateTable('incidents')
    .set({ audit_seq: entry.seq, audit_head_hash: entry.hash })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The incident columns that follow from the machine: what dashboards filter on, and the machine itself. */
function machineColumns(view: IncidentView, snapshot: Record<string, unknown>, at: Date) {
  return {
    state: view.state,
    severity: view.severity,
    snapshot,
    view,
    at,
    deadlineStage: view.deadline?.stage ?? null,
    deadlineDueAt: view.deadline?.dueAt ?? null,
  };
}

function deadlineChanges(effects: readonly Effect[]): DeadlineChange[] {
  return effects.filter((e): e is DeadlineChange => e.type.startsWith('deadline_'));
}

function toIncident(row: IncidentRow, view: IncidentView, now: Date): Incident {
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
          breached: isBreached(d, now) || row.breached,
          paused: d.dueAt === null,
        }
      : null,
    allowedEvents: view.allowedEvents,
    completedStages: view.completedStages,
    legalReturnTo: view.legalReturnTo,
    complaintCount: row.complaint_count,
    tags: row.tags ?? [],
  };
}

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;

/** `incident.transitioned` for every change; `incident.escalated` for legal and for a higher severity. */
function transitionEvents(
  at: Date,
  incidentId: string,
  fromState: string,
  fromSeverity: string,
  event: string,
  view: IncidentView,
): OutboxEvent[] {
  const events = [
    outboxEvent('incident.transitioned', at, {
      incidentId,
      event,
      fromState,
      toState: view.state,
      severity: view.severity,
    }),
  ];
  const raised = SEVERITY_RANK[view.severity] > (SEVERITY_RANK[fromSeverity as Severity] ?? 0);
  if (event === 'escalate_legal' || raised) {
    events.push(
      outboxEvent('incident.escalated', at, {
        incidentId,
        reason: event === 'escalate_legal' ? 'legal' : 'severity_raised',
        from: fromSeverity,
        to: view.severity,
      }),
    );
  }
  return events;
}
