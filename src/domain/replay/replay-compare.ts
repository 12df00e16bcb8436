import type { IncidentView } from '../incidents/incident.types.ts';
import type { ReplayDeadline } from './incident.replay.ts';
import { pairDeadlines, type ReplayedDeadline, sameInstant } from './replay-deadlines.ts';

/** What is stored of the incident, to compare the replay with (never an input of the replay itself). */
export interface StoredIncidentFacts {
  state: string;
  severity: string;
  breached: boolean;
  deadline: { stage: string; dueAt: string | null } | null;
  /** From the stored view; null on rows written before the view was stored. */
  completedStages: readonly string[] | null;
  legalReturnTo: string | null;
  /** The deadline rows as stored (statuses as written, not as the API judges them). */
  deadlines: readonly ReplayedDeadline[];
}

const overdue = (r: ReplayedDeadline, now: Date) =>
  r.status === 'pending' && r.dueAt !== null && Date.parse(r.dueAt) < now.getTime();
const breachedAt = (r: ReplayedDeadline, now: Date) => r.status === 'breached' || overdue(r, now);

/**
 * The deadlines side by side and every difference between the replayed incident and the stored one, in
 * words. An incomplete replay (a step refused) compares its deadlines only: its end state is not an end.
 */
export function compareWithStored(
  replayed: { view: IncidentView; breached: boolean; rows: readonly ReplayedDeadline[]; complete: boolean },
  stored: StoredIncidentFacts,
  now: Date,
): { deadlines: ReplayDeadline[]; differences: string[] } {
  const differences: string[] = [];
  const differ = (what: string, mine: unknown, theirs: unknown) =>
    differences.push(`${what}: ${show(mine)} replayed, ${show(theirs)} stored`);
  const { view } = replayed;
  if (replayed.complete) {
    if (view.state !== stored.state) differ('state', view.state, stored.state);
    if (view.severity !== stored.severity) differ('severity', view.severity, stored.severity);
    const mine = view.deadline;
    if ((mine?.stage ?? null) !== (stored.deadline?.stage ?? null)) {
      differ('current deadline stage', mine?.stage ?? null, stored.deadline?.stage ?? null);
    } else if (!sameInstant(mine?.dueAt ?? null, stored.deadline?.dueAt ?? null)) {
      differ(`current ${mine?.stage} deadline due`, mine?.dueAt ?? null, stored.deadline?.dueAt ?? null);
    }
    if (stored.completedStages !== null && view.completedStages.join() !== stored.completedStages.join()) {
      differ('completed stages', view.completedStages, stored.completedStages);
    }
    if (stored.completedStages !== null && view.legalReturnTo !== stored.legalReturnTo) {
      differ('legal returns to', view.legalReturnTo, stored.legalReturnTo);
    }
    if (replayed.breached !== stored.breached) differ('breached flag', replayed.breached, stored.breached);
  }
  const deadlines: ReplayDeadline[] = [];
  for (const pair of pairDeadlines(replayed.rows, stored.deadlines)) {
    const r = pair.replayed;
    const s = pair.stored;
    if (!r) {
      differences.push(`the stored ${s!.stage} deadline started ${s!.startedAt} has no replayed counterpart`);
      deadlines.push({
        stage: s!.stage,
        startedAt: s!.startedAt,
        dueAt: null,
        actualDueAt: s!.dueAt,
        completedAt: s!.completedAt,
        wouldBreach: false,
        breached: breachedAt(s!, now),
      });
      continue;
    }
    if (!s) differences.push(`the replayed ${r.stage} deadline started ${r.startedAt} was never stored`);
    else {
      const fields = (['startedAt', 'dueAt', 'completedAt', 'breachedAt'] as const).filter(
        (f) => !sameInstant(r[f], s[f]),
      );
      const parts = fields.map((f) => `${f} ${show(r[f])} replayed, ${show(s[f])} stored`);
      if (r.status !== s.status) parts.push(`status ${r.status} replayed, ${s.status} stored`);
      if (parts.length > 0)
        differences.push(`the ${r.stage} deadline started ${s.startedAt}: ${parts.join('; ')}`);
    }
    deadlines.push({
      stage: r.stage,
      startedAt: r.startedAt,
      dueAt: r.dueAt,
      actualDueAt: s?.dueAt ?? null,
      completedAt: r.completedAt,
      wouldBreach: breachedAt(r, now),
      breached: s ? breachedAt(s, now) : false,
    });
  }
  return { deadlines, differences };
}

const show = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));
