import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { listIncidentDeadlines } from '../db/repositories/deadline.repository.ts';
import { findIncident } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { type ReplayResult, replayIncident } from '../domain/replay/incident.replay.ts';
import { NotFoundError } from '../errors.ts';
import { readAuditChain } from './audit-log.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

/**
 * Replays an incident from its audit chain under a stored playbook version (src/domain/replay/). A read:
 * nothing is written. The stored row and deadline rows are read only to name the differences.
 */
export class IncidentReplays {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; playbooks: PlaybookRegistry }) {}

  async replay(id: string, playbookVersion: string): Promise<ReplayResult> {
    const head = await findIncident(this.deps.db, id);
    if (!head) throw new NotFoundError('incident', id);
    // Outside the transaction: the registry reads with its own connection (one session on PGlite).
    const registered = await this.deps.playbooks.storedVersion(head.playbook_id, playbookVersion);
    if (!registered) throw new NotFoundError('playbook_version', `${head.playbook_id} ${playbookVersion}`);
    // One transaction: the chain and the rows it is compared with are one moment's.
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await findIncident(trx, id);
      if (!row) throw new NotFoundError('incident', id);
      const [audit, deadlines] = await Promise.all([readAuditChain(trx, id), listIncidentDeadlines(trx, id)]);
      return replayIncident(
        {
          playbook: registered.playbook,
          playbookVersion,
          audit,
          stored: {
            state: row.state,
            severity: row.severity,
            breached: row.breached,
            deadline: row.deadline_stage
              ? { stage: row.deadline_stage, dueAt: row.deadline_due_at?.toISOString() ?? null }
              : null,
            completedStages: row.view?.completedStages ?? null,
            legalReturnTo: row.view?.legalReturnTo ?? null,
            deadlines: deadlines.map((d) => ({
              stage: d.stage,
              startedAt: d.started_at.toISOString(),
              dueAt: d.due_at?.toISOString() ?? null,
              completedAt: d.completed_at?.toISOString() ?? null,
              breachedAt: d.breached_at?.toISOString() ?? null,
              status: d.status,
            })),
          },
        },
        this.deps.clock(),
      );
    });
  }
}
