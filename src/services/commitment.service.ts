import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  type CommitmentFilter,
  findCommitment,
  incidentCommitments,
  listCommitments,
} from '../db/repositories/commitment.repository.ts';
import { findIncident, lockIncident } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { canMove } from '../domain/commitments/commitment.moves.ts';
import {
  newCommitment,
  planCommitmentAdded,
  planCommitmentStatus,
} from '../domain/commitments/commitment.plans.ts';
import type { Commitment, SettableStatus } from '../domain/commitments/commitment.types.ts';
import { pastDueError, resolveDueAt } from '../domain/deadlines/due-dates.ts';
import { say } from '../domain/messages/message.ts';
import { playbookTimeZone } from '../domain/playbooks/playbook.schema.ts';
import { CommitmentMoveRefusedError, DomainError, NotFoundError, UnprocessableError } from '../errors.ts';
import { headStateOf } from './incident-view.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export interface CommitmentDeps {
  db: Kysely<DB>;
  clock: Clock;
  playbooks: PlaybookRegistry;
}

export interface NewCommitmentInput {
  description: string;
  owner: string;
  /** An instant with its offset, or a plain date: the end of that day in the playbook's time zone. */
  dueAt: string;
}

const commitmentNotFound = (id: string) => new DomainError('NOT_FOUND', say('commitment_not_found', { id }));

/**
 * Public commitments outside the `improve` step: added by hand, marked done or cancelled. Each change is
 * one transaction under the incident's row lock, planned by the domain and applied by the one writer.
 */
export class CommitmentService {
  constructor(private readonly deps: CommitmentDeps) {}

  async add(incidentId: string, input: NewCommitmentInput, actor: Actor): Promise<Commitment> {
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await lockIncident(trx, incidentId);
      if (!row) throw new NotFoundError('incident', incidentId);
      const playbook = await this.deps.playbooks.definition(row.playbook_version, trx);
      const dueAt = resolveDueAt(input.dueAt, playbookTimeZone(playbook));
      const now = this.deps.clock();
      const past = pastDueError('body.dueAt', dueAt, now);
      if (past) throw new UnprocessableError(say('invalid_fields', { errors: [past] }), [past]);
      const write = newCommitment(
        { ...input, dueAt: dueAt.toISOString(), source: 'manual' },
        now,
        playbook.escalation.reminderAt,
      );
      await applyIncidentChanges(trx, [planCommitmentAdded(headStateOf(row), write, actor, now)]);
      return (await findCommitment(trx, write.id))!;
    });
  }

  /** Done or cancelled, from open only (409 otherwise: the machine in commitment.moves.ts). */
  async setStatus(
    id: string,
    input: { status: SettableStatus; note?: string | undefined },
    actor: Actor,
  ): Promise<Commitment> {
    const known = await findCommitment(this.deps.db, id);
    if (!known) throw commitmentNotFound(id);
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await lockIncident(trx, known.incidentId);
      if (!row) throw new NotFoundError('incident', known.incidentId);
      // Read again under the incident's lock: a move (or a miss) that just committed is seen here.
      const commitment = (await findCommitment(trx, id))!;
      if (!canMove(commitment.status, input.status)) {
        throw new CommitmentMoveRefusedError(id, commitment.status, input.status);
      }
      const change = planCommitmentStatus(
        headStateOf(row),
        commitment,
        { status: input.status, note: input.note ?? null },
        actor,
        this.deps.clock(),
      );
      await applyIncidentChanges(trx, [change]);
      return (await findCommitment(trx, id))!;
    });
  }

  async listOf(incidentId: string): Promise<Commitment[]> {
    if (!(await findIncident(this.deps.db, incidentId))) throw new NotFoundError('incident', incidentId);
    return incidentCommitments(this.deps.db, incidentId);
  }

  list(filter: CommitmentFilter): Promise<Commitment[]> {
    return listCommitments(this.deps.db, filter);
  }
}
