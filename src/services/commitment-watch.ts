import type { Transaction } from 'kysely';
import {
  claimCommitmentReminders,
  claimMissedCommitments,
} from '../db/repositories/commitment.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import { planCommitmentMisses, planCommitmentReminders } from '../domain/commitments/commitment.plans.ts';
import type { Commitment } from '../domain/commitments/commitment.types.ts';
import type { IncidentHeadState } from '../domain/incidents/incident.change.ts';

/**
 * The worker's commitment pass, part of DeadlineScheduler.tick, in the deadlines' claim pattern: each step
 * claims set-based with SKIP LOCKED inside the caller's transaction, plans one change per incident (the
 * writer takes one per incident per call) and applies them with one call of the one writer. Any number
 * of workers record each reminder and each miss once; a worker killed mid-batch rolls its batch back and
 * the rows are claimable again. The incident's state does not matter: carried-over commitments of a
 * closed incident are reminded and missed as any other.
 */
export async function remindCommitments(trx: Transaction<DB>, now: Date, limit: number): Promise<number> {
  const due = await claimCommitmentReminders(trx, now, limit);
  const byIncident = groupBy(due, (c) => c.incidentId);
  await applyIncidentChanges(
    trx,
    [...byIncident].map(([incidentId, list]) => planCommitmentReminders(incidentId, list, now)),
  );
  return due.length;
}

/** One batch of misses: marked `missed`, audited on each incident's chain as the system. Returns how many. */
export async function missCommitments(trx: Transaction<DB>, now: Date, limit: number): Promise<number> {
  const due = await claimMissedCommitments(trx, now, limit);
  const byIncident = new Map<string, { incident: IncidentHeadState; list: Commitment[] }>();
  for (const { commitment, incident } of due) {
    const entry = byIncident.get(incident.id) ?? { incident, list: [] };
    entry.list.push(commitment);
    byIncident.set(incident.id, entry);
  }
  await applyIncidentChanges(
    trx,
    [...byIncident.values()].map(({ incident, list }) => planCommitmentMisses(incident, list, now)),
  );
  return due.length;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
