import type { Actor } from '../audit/audit-chain.ts';
import { nextAuditEntry } from '../audit/audit-chain.ts';
import { parseIsoDuration } from '../deadlines/duration.ts';
import { outboxEvent } from '../events.ts';
import type { Playbook } from '../playbooks/playbook.schema.ts';
import { chainHeadOf, type IncidentChange, type IncidentHeadState } from './incident.change.ts';

/**
 * Stragglers (v1.2): complaints that arrive after the crisis went quiet. They join the incident and wait
 * for their replies; one late comment never restarts the 5P cycle. Only the playbook's `reopen` threshold
 * (or a person) reopens it.
 */
export const QUIET_STATES = ['monitoring', 'closed'] as const;

export const isQuiet = (state: string): boolean => (QUIET_STATES as readonly string[]).includes(state);

/** At most this many ids are named in one audit entry; the count is always exact. */
const NAMED_IN_AUDIT = 100;

/**
 * Complaints joined a quiet incident: the straggler counter moves, the chain records them (the version
 * stays: nothing a client conditions on changed), and the first of them since the incident went quiet
 * announces itself with `incident.stragglers`. `before` is the counter as read under the row lock.
 */
export function planStragglers(
  row: IncidentHeadState,
  before: number,
  complaintIds: readonly string[],
  actor: Actor,
  at: Date,
): IncidentChange {
  const count = complaintIds.length;
  const entry = nextAuditEntry(chainHeadOf(row), {
    at,
    actor,
    action: 'complaint.stragglers',
    fromState: row.state,
    toState: row.state,
    data: {
      count,
      since: row.state,
      total: before + count,
      complaintIds: complaintIds.slice(0, NAMED_IN_AUDIT),
    },
  });
  return {
    incidentId: row.id,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    stragglersAdded: count,
    audit: [entry],
    deadlines: [],
    statements: [],
    events:
      before === 0
        ? [outboxEvent('incident.stragglers', at, { incidentId: row.id, state: row.state, count })]
        : [],
  };
}

/** Where the threshold's window starts: `within` before now, but never before the incident went quiet. */
export function stragglerWindowStart(
  reopen: NonNullable<Playbook['reopen']>,
  quietSince: Date,
  now: Date,
): Date {
  const start = now.getTime() - parseIsoDuration(reopen.within);
  return new Date(Math.max(start, quietSince.getTime()));
}

/**
 * Whether `arrived` stragglers within the window reopen the incident: only at the playbook's threshold.
 * The evidence names the count and window so a desk can say it in its own language.
 */
export function stragglerReopen(
  playbook: Pick<Playbook, 'reopen' | 'reopenTo'>,
  arrived: number,
): { reason: string; stragglers: { count: number; within: string } } | null {
  const rule = playbook.reopen;
  if (!rule || arrived < rule.threshold) return null;
  return {
    reason: `${arrived} new complaints within ${rule.within} reached the playbook's reopen threshold (${rule.threshold}).`,
    stragglers: { count: arrived, within: rule.within },
  };
}
