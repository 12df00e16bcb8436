import type { Transaction } from 'kysely';
import { claimQuietMonitoring } from '../db/repositories/lifecycle.repository.ts';
import type { DB } from '../db/schema.ts';
import {
  autoCloseDue,
  SYSTEM_ACTOR,
  shortestAutoCloseWindow,
} from '../domain/incidents/incident.lifecycle.ts';
import { EventNotAllowedError, OpenCommitmentsError, UnansweredComplaintsError } from '../errors.ts';
import type { IncidentCommands } from './incident-commands.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

/**
 * The worker's lifecycle pass, part of DeadlineScheduler.tick: incidents in monitoring whose playbook
 * version closes them by itself (`monitoring.autoClose`) and whose watch window passed with no new
 * complaint are closed with the system actor through the normal step (IncidentCommands.transitionIn:
 * the machine, the close rules, the planner, the one writer), audited like any close. Claimed with SKIP
 * LOCKED in the caller's transaction, so two workers never close one twice. Returns how many closed.
 */
export async function closeQuietIncidents(
  trx: Transaction<DB>,
  deps: { incidents: IncidentCommands; playbooks: PlaybookRegistry },
  now: Date,
  limit: number,
): Promise<number> {
  // Nothing is due before the shortest window of the playbooks served (older versions rarely differ).
  const shortest = shortestAutoCloseWindow(deps.playbooks.list().map((r) => r.playbook));
  if (shortest === null) return 0;
  const claimed = await claimQuietMonitoring(trx, new Date(now.getTime() - shortest), limit);
  let closed = 0;
  for (const incident of claimed) {
    const playbook = await deps.playbooks.definition(incident.playbookVersion, trx);
    if (!autoCloseDue(playbook, incident.quietSince, now)) continue;
    const window = playbook.monitoring.watchWindow;
    try {
      await deps.incidents.transitionIn(
        trx,
        incident.id,
        {
          event: 'close',
          evidence: {},
          note: `Closed by itself: no new complaint within the ${window} watch window since ${incident.quietSince.toISOString()}.`,
        },
        undefined,
        SYSTEM_ACTOR,
      );
      closed++;
    } catch (err) {
      // The close rules, checked again under the lock, said no (a complaint or commitment came in between):
      // nothing was written; the next tick looks again.
      if (
        err instanceof UnansweredComplaintsError ||
        err instanceof OpenCommitmentsError ||
        err instanceof EventNotAllowedError
      ) {
        continue;
      }
      throw err;
    }
  }
  return closed;
}
