import type { Transaction } from 'kysely';
import {
  claimFirstReplyReminders,
  lockIncidentsOfOverdueComplaints,
  markFirstRepliesBreached,
} from '../db/repositories/first-reply.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import {
  FIRST_REPLY_REMINDER_AT,
  firstReplyBreachEvents,
  firstReplyReminderEvent,
  planFirstReplyBreaches,
  type WaitingComplaint,
} from '../domain/deadlines/first-reply-plans.ts';

/**
 * The worker's first-reply pass, part of DeadlineScheduler.tick: each step claims its complaints with
 * SKIP LOCKED inside the caller's transaction, so any number of workers record each reminder and breach
 * once. Returns how many complaints it recorded.
 */
export async function remindFirstReplies(trx: Transaction<DB>, now: Date, limit: number): Promise<number> {
  const due = await claimFirstReplyReminders(trx, now, FIRST_REPLY_REMINDER_AT, limit);
  await applyIncidentChanges(
    trx,
    [],
    due.map((c) => firstReplyReminderEvent(c, now)),
  );
  return due.length;
}

/**
 * Marks overdue first replies breached: on an attached complaint, an audit entry on its incident's chain
 * (its row locked first) with the events; on an unattached one, the events alone.
 */
export async function breachFirstReplies(trx: Transaction<DB>, now: Date, limit: number): Promise<number> {
  const incidents = await lockIncidentsOfOverdueComplaints(trx, now, limit);
  const marked = await markFirstRepliesBreached(
    trx,
    now,
    incidents.map((i) => i.id),
    limit,
  );
  if (marked.length === 0) return 0;
  const byIncident = new Map<string, WaitingComplaint[]>();
  for (const c of marked) {
    if (c.incidentId === null) continue;
    const group = byIncident.get(c.incidentId);
    if (group) group.push(c);
    else byIncident.set(c.incidentId, [c]);
  }
  await applyIncidentChanges(
    trx,
    incidents.flatMap((i) => {
      const complaints = byIncident.get(i.id);
      return complaints ? [planFirstReplyBreaches(i, complaints, now)] : [];
    }),
    marked.filter((c) => c.incidentId === null).flatMap((c) => firstReplyBreachEvents(c, now)),
  );
  return marked.length;
}
