import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { insertAuditEntries } from '../db/repositories/audit.repository.ts';
import { insertOutboxEvents, type OutboxEvent } from '../db/repositories/outbox.repository.ts';
import {
  breachFirstReply,
  claimDueBreaches,
  type DueBreach,
  dueFirstReplies,
  dueReminders,
  flagIncidentsBreached,
  markDeadlinesBreached,
  markReminded,
  reflagBreached,
} from '../db/repositories/scheduler.repository.ts';
import type { DB } from '../db/schema.ts';
import { type AuditEntry, hashAuditEntry } from '../domain/audit/audit-chain.ts';
import { SEVERITIES, type Severity } from '../domain/playbooks/playbook.schema.ts';
import type { Log } from '../log.ts';
import type { Actor } from './audit-log.ts';
import { emitEvent } from './events.ts';
import type { IncidentService } from './incident.service.ts';
import { mapLimit } from './map-limit.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export const SCHEDULER_ACTOR: Actor = { name: 'deadline scheduler', keyId: null, keyName: null };

export interface TickResult {
  breached: number;
  reminded: number;
  firstRepliesBreached: number;
}

export interface SchedulerDeps {
  db: Kysely<DB>;
  clock: Clock;
  incidents: IncidentService;
  playbooks: PlaybookRegistry;
  log?: Log | undefined;
  /** Rows taken per query and transactions run at once (keep below the pool size). */
  batchSize?: number;
  concurrency?: number;
}

/**
 * Finds due deadlines and records each breach exactly once, whatever the number of instances: the
 * incident row is locked with SKIP LOCKED and the deadline flips from pending only once. Breach,
 * audit entry, escalation and outbox events commit together.
 */
export class DeadlineScheduler {
  constructor(private readonly deps: SchedulerDeps) {}

  async tick(): Promise<TickResult> {
    const now = this.deps.clock();
    const limit = this.deps.batchSize ?? 500;
    const concurrency = this.deps.concurrency ?? 4;
    let breached = 0;
    for (;;) {
      const n = await this.breachBatch(now, Math.min(limit, 500));
      breached += n;
      if (n === 0) break;
    }
    const reminders = await dueReminders(this.deps.db, now, limit);
    const reminded = await mapLimit(reminders, concurrency, (r) =>
      this.deps.db.transaction().execute(async (trx) => {
        if (!(await markReminded(trx, r.id, now))) return false;
        await emitEvent(trx, 'deadline.approaching', now, {
          incidentId: r.incident_id,
          kind: 'stage',
          stage: r.stage,
          dueAt: r.due_at?.toISOString() ?? null,
        });
        return true;
      }),
    );
    const replies = await dueFirstReplies(this.deps.db, now, limit);
    const repliesBreached = await mapLimit(replies, concurrency, (c) =>
      this.deps.db.transaction().execute(async (trx) => {
        if (!(await breachFirstReply(trx, c.id, now))) return false;
        await emitEvent(trx, 'deadline.breached', now, {
          incidentId: c.incident_id,
          kind: 'first_reply',
          complaintId: c.id,
          dueAt: c.first_reply_due_at?.toISOString() ?? null,
        });
        return true;
      }),
    );
    return {
      breached,
      reminded: reminded.filter(Boolean).length,
      firstRepliesBreached: repliesBreached.filter(Boolean).length,
    };
  }

  /**
   * Records one batch of breaches in one transaction: deadlines flipped, one audit entry per incident
   * (hashes chained here), incidents flagged and tagged, events outboxed; then, for playbooks that say
   * so, a severity rise through the machine. Returns how many were recorded.
   */
  private breachBatch(now: Date, limit: number): Promise<number> {
    return this.deps.db.transaction().execute(async (trx) => {
      const due = await claimDueBreaches(trx, now, limit);
      if (due.length === 0) return 0;
      const entries: AuditEntry[] = [];
      const flags: { id: string; seq: number; hash: string; tag: string | null }[] = [];
      const events: OutboxEvent[] = [];
      const raise: { row: DueBreach; to: Severity }[] = [];
      for (const d of due) {
        const playbook = await this.deps.playbooks.definition(d.playbook_version, trx);
        const { onBreach } = playbook.escalation;
        const dueAt = d.due_at.toISOString();
        const content = {
          incidentId: d.incident_id,
          seq: d.audit_seq + 1,
          at: now.toISOString(),
          actor: SCHEDULER_ACTOR.name,
          keyId: null,
          keyName: null,
          action: 'deadline.breached',
          fromState: d.state,
          toState: d.state,
          data: { stage: d.stage, dueAt, tag: onBreach.tag ?? null },
        };
        const hash = hashAuditEntry(content, d.audit_head_hash);
        entries.push({ ...content, prevHash: d.audit_head_hash, hash });
        flags.push({ id: d.incident_id, seq: content.seq, hash, tag: onBreach.tag ?? null });
        events.push({
          event: 'deadline.breached',
          incidentId: d.incident_id,
          at: now,
          payload: {
            type: 'deadline.breached',
            timestamp: now.toISOString(),
            data: { incidentId: d.incident_id, kind: 'stage', stage: d.stage, dueAt, severity: d.severity },
          },
        });
        const to = nextSeverity(d.severity as Severity);
        if (onBreach.raiseSeverity && to) raise.push({ row: d, to });
      }
      await markDeadlinesBreached(
        trx,
        due.map((d) => d.deadline_id),
      );
      await insertAuditEntries(trx, entries);
      await flagIncidentsBreached(trx, flags, now);
      await insertOutboxEvents(trx, events);
      for (const { row, to } of raise) {
        // Same transaction: audited, recomputes the current deadline, emits incident.escalated.
        await this.deps.incidents.transitionIn(
          trx,
          row.incident_id,
          {
            event: 'set_severity',
            evidence: {
              severity: to,
              reason: `The ${row.stage} deadline passed at ${row.due_at.toISOString()}`,
            },
          },
          undefined,
          SCHEDULER_ACTOR,
        );
      }
      await reflagBreached(
        trx,
        raise.map((r) => r.row.incident_id),
      );
      this.deps.log?.info({ breached: due.length, raised: raise.length }, 'deadlines breached');
      return due.length;
    });
  }
}

function nextSeverity(current: Severity): Severity | null {
  const i = SEVERITIES.indexOf(current);
  return i >= 0 && i < SEVERITIES.length - 1 ? SEVERITIES[i + 1]! : null;
}
