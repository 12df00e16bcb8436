import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  committedTotal,
  complaintAttached,
  findCompensation,
  listCompensations,
} from '../db/repositories/compensation.repository.ts';
import { findIncident, lockIncident } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { moveRefusal } from '../domain/compensations/compensation.moves.ts';
import {
  compensationPersonOf,
  planCompensation,
  planCompensationMove,
} from '../domain/compensations/compensation.plans.ts';
import {
  compensationPolicy,
  offerRefusals,
  offerStatus,
} from '../domain/compensations/compensation.policy.ts';
import { type LedgerTotals, ledgerTotals } from '../domain/compensations/compensation.totals.ts';
import type {
  Compensation,
  CompensationKind,
  CompensationStatus,
} from '../domain/compensations/compensation.types.ts';
import { currencyDigits, parseMinor } from '../domain/compensations/money.ts';
import { say } from '../domain/messages/message.ts';
import type { Severity } from '../domain/playbooks/playbook.schema.ts';
import {
  CompensationMoveError,
  CompensationRefusedError,
  CompensationSelfApprovalError,
  fieldError,
  NotFoundError,
} from '../errors.ts';
import { headStateOf } from './incident-view.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export interface OfferInput {
  kind: CompensationKind;
  /** A decimal string in the currency's major units ("50.00"). */
  value: string;
  /** Defaults to the playbook's currency. */
  currency?: string | undefined;
  description: string;
  complaintId?: string | undefined;
  recipient?: string | undefined;
}

export interface MoveInput {
  status: CompensationStatus;
  note?: string | undefined;
  reference?: string | undefined;
}

/**
 * The compensation ledger of an incident. Every change runs under the incident's row lock (`lockIncident`)
 * and is written by the one writer: the budget's sum is read under that lock, so concurrent offers of one
 * incident are checked one after the other and the stored total never exceeds the budget.
 */
export class CompensationService {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; playbooks: PlaybookRegistry }) {}

  /** Stores an item within the playbook's limits at the incident's severity: offered, or pending approval (422 otherwise). */
  async offer(incidentId: string, input: OfferInput, actor: Actor): Promise<Compensation> {
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await lockIncident(trx, incidentId);
      if (!row) throw new NotFoundError('incident', incidentId);
      const playbook = await this.deps.playbooks.definition(row.playbook_version, trx);
      const severity = row.severity as Severity;
      const policy = compensationPolicy(playbook, severity);
      const currency = input.currency ?? policy.currency;
      const valueMinor = parseMinor(input.value, currency);
      if (valueMinor === null) {
        const digits = currencyDigits(currency);
        throw new CompensationRefusedError([
          fieldError('value', 'value', say('compensation.value_digits', { currency, digits })),
        ]);
      }
      const errors = offerRefusals(
        { valueMinor, currency },
        policy,
        severity,
        await committedTotal(trx, incidentId, policy.currency),
      );
      if (input.complaintId !== undefined && !(await complaintAttached(trx, incidentId, input.complaintId))) {
        const complaintId = input.complaintId;
        errors.push(fieldError('complaintId', 'exists', say('compensation.complaint', { complaintId })));
      }
      if (errors.length > 0) throw new CompensationRefusedError(errors);
      const now = this.deps.clock();
      const status = offerStatus(valueMinor, policy);
      const item: Compensation = {
        id: randomUUID(),
        incidentId,
        complaintId: input.complaintId ?? null,
        recipient: input.recipient ?? null,
        kind: input.kind,
        valueMinor,
        currency,
        description: input.description,
        status,
        createdAt: now.toISOString(),
        history: [
          { status, at: now.toISOString(), by: compensationPersonOf(actor), note: null, reference: null },
        ],
      };
      await applyIncidentChanges(trx, [planCompensation(headStateOf(row), item, actor, now)]);
      return item;
    });
  }

  /** Moves an item as the ledger's machine allows: 409 for any other move, 403 approving one's own item. */
  async move(compensationId: string, input: MoveInput, actor: Actor): Promise<Compensation> {
    const known = await findCompensation(this.deps.db, compensationId);
    if (!known) throw new NotFoundError('compensation', compensationId);
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await lockIncident(trx, known.incidentId);
      if (!row) throw new NotFoundError('incident', known.incidentId);
      // Read again under the incident's lock: a move that just committed is seen here.
      const item = (await findCompensation(trx, compensationId))!;
      const author = item.history[0]?.by ?? null;
      const refusal = moveRefusal({ status: item.status, author }, input.status, { keyId: actor.keyId });
      if (refusal?.kind === 'self_approval') throw new CompensationSelfApprovalError(compensationId);
      if (refusal?.kind === 'not_allowed') {
        throw new CompensationMoveError(compensationId, refusal.from, input.status, refusal.allowed);
      }
      const move = { status: input.status, note: input.note ?? null, reference: input.reference ?? null };
      const now = this.deps.clock();
      await applyIncidentChanges(trx, [planCompensationMove(headStateOf(row), item, move, actor, now)]);
      return (await findCompensation(trx, compensationId))!;
    });
  }

  /** The incident's items, oldest first, and what stands offered, accepted and fulfilled. */
  async list(incidentId: string): Promise<{ items: Compensation[]; totals: LedgerTotals }> {
    const row = await findIncident(this.deps.db, incidentId);
    if (!row) throw new NotFoundError('incident', incidentId);
    const [items, playbook] = await Promise.all([
      listCompensations(this.deps.db, incidentId),
      this.deps.playbooks.definition(row.playbook_version),
    ]);
    const currency = compensationPolicy(playbook, row.severity as Severity).currency;
    return { items, totals: ledgerTotals(items, currency) };
  }
}
