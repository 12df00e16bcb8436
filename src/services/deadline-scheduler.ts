import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import { type ClaimedDeadline, claimDueDeadlines } from '../db/repositories/scheduler.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import {
  planDeadlineBreach,
  planDeadlineReminder,
  SCHEDULER_ACTOR,
} from '../domain/deadlines/deadline-plans.ts';
import { nextSeverity, type Severity } from '../domain/playbooks/playbook.schema.ts';
import type { Log } from '../logger.ts';
import { remindPendingApprovals } from './approval-reminders.ts';
import { missCommitments, remindCommitments } from './commitment-watch.ts';
import { breachFirstReplies, remindFirstReplies } from './first-reply-watch.ts';
import type { IncidentCommands } from './incident-commands.ts';
import { closeQuietIncidents } from './monitoring-close.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export interface TickResult {
  breached: number;
  reminded: number;
  firstRepliesReminded: number;
  firstRepliesBreached: number;
  approvalsReminded: number;
  commitmentsReminded: number;
  commitmentsMissed: number;
  autoClosed: number;
}

export interface SchedulerDeps {
  db: Kysely<DB>;
  clock: Clock;
  incidents: IncidentCommands;
  playbooks: PlaybookRegistry;
  log?: Log | undefined;
  /** Rows claimed per transaction. */
  batchSize?: number;
}

/** The most breaches one transaction records: its locks are held for milliseconds, not seconds. */
const MAX_BREACH_BATCH = 500;

/**
 * Finds due deadlines and unanswered complaints and records each breach or reminder exactly once, whatever
 * the number of workers: rows are claimed with SKIP LOCKED and change only inside the claiming transaction.
 * What each records is planned by the domain (src/domain/deadlines/deadline-plans.ts) and applied by the
 * one writer, together with its audit entries and outbox events.
 */
export class DeadlineScheduler {
  constructor(private readonly deps: SchedulerDeps) {}

  async tick(): Promise<TickResult> {
    const now = this.deps.clock();
    const limit = this.deps.batchSize ?? 500;
    let breached = 0;
    for (;;) {
      const n = await this.inTransaction((trx) =>
        this.breachBatch(trx, now, Math.min(limit, MAX_BREACH_BATCH)),
      );
      breached += n;
      if (n === 0) break;
    }
    const reminded = await this.inTransaction(async (trx) => {
      const due = await claimDueDeadlines(trx, 'reminders', now, limit);
      await applyIncidentChanges(
        trx,
        due.map((d) => planDeadlineReminder({ ...d, incidentId: d.incident.id }, now)),
      );
      return due.length;
    });
    const firstRepliesReminded = await this.inTransaction((trx) => remindFirstReplies(trx, now, limit));
    const firstRepliesBreached = await this.inTransaction((trx) => breachFirstReplies(trx, now, limit));
    const approvalsReminded = await remindPendingApprovals(this.deps.db, now, limit);
    const commitmentsReminded = await this.inTransaction((trx) => remindCommitments(trx, now, limit));
    let commitmentsMissed = 0;
    for (;;) {
      const n = await this.inTransaction((trx) =>
        missCommitments(trx, now, Math.min(limit, MAX_BREACH_BATCH)),
      );
      commitmentsMissed += n;
      if (n === 0) break;
    }
    const autoClosed = await this.inTransaction((trx) => closeQuietIncidents(trx, this.deps, now, limit));
    return {
      autoClosed,
      breached,
      reminded,
      firstRepliesReminded,
      firstRepliesBreached,
      approvalsReminded,
      commitmentsReminded,
      commitmentsMissed,
    };
  }

  private inTransaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.deps.db.transaction().execute(work);
  }

  /**
   * One batch of breaches in one transaction: deadlines marked, incidents flagged and tagged, audited and
   * outboxed; then, for playbooks that say so, a severity rise through the machine. Returns how many.
   */
  private async breachBatch(trx: Transaction<DB>, now: Date, limit: number): Promise<number> {
    const due = await claimDueDeadlines(trx, 'breaches', now, limit);
    if (due.length === 0) return 0;
    const rises: { due: ClaimedDeadline; to: Severity }[] = [];
    const changes = [];
    for (const d of due) {
      const { onBreach } = (await this.deps.playbooks.definition(d.playbookVersion, trx)).escalation;
      changes.push(planDeadlineBreach(d, onBreach.tag ?? null, now));
      const to = nextSeverity(d.incident.severity as Severity);
      if (onBreach.raiseSeverity && to) rises.push({ due: d, to });
    }
    await applyIncidentChanges(trx, changes);
    for (const { due: d, to } of rises) {
      // Same transaction: audited, recomputes the current deadline, emits incident.escalated; the breach
      // that caused it stays flagged.
      await this.deps.incidents.transitionIn(
        trx,
        d.incident.id,
        {
          event: 'set_severity',
          evidence: { severity: to, reason: `The ${d.stage} deadline passed at ${d.dueAt.toISOString()}` },
        },
        undefined,
        SCHEDULER_ACTOR,
        { causedByBreach: true },
      );
    }
    this.deps.log?.info({ breached: due.length, raised: rises.length }, 'deadlines breached');
    return due.length;
  }
}
