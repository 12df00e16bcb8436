import type { CurrentDeadline, Effect } from '../incidents/incident.types.ts';

/** A deadline row's columns a change may set (absent: left as it is). */
export interface DeadlineColumns {
  status?: 'pending' | 'met' | 'breached' | 'paused' | 'cancelled';
  dueAt?: string | null;
  remindAt?: string | null;
  pausedAt?: string | null;
  remainingMs?: number | null;
  completedAt?: string | null;
  breachedAt?: string | null;
  remindedAt?: string | null;
}

/**
 * What a change does to deadline rows, values decided here: a new row for a stage, or new values for the
 * one row that is still open (not completed) for a stage, or for one row by id, in one of `from` statuses.
 */
export type DeadlineWrite =
  | { op: 'insert'; stage: string; startedAt: string; dueAt: string; remindAt: string }
  | {
      op: 'update';
      stage: string;
      deadlineId?: string;
      from: readonly DeadlineColumns['status'][];
      set: DeadlineColumns;
    };

/** The machine's deadline effects: the changes that become deadline rows. */
export type DeadlineEffect = Extract<Effect, { type: `deadline_${string}` }>;

const isDeadlineEffect = (e: Effect): e is DeadlineEffect => e.type.startsWith('deadline_');

/** When `deadline.approaching` fires: the playbook's fraction of the span from the stage's start to its due time. */
export function remindAt(startedAt: string, dueAt: string, reminderAt: number): string {
  const start = Date.parse(startedAt);
  return new Date(start + (Date.parse(dueAt) - start) * reminderAt).toISOString();
}

const OPEN = ['pending', 'paused'] as const;

/**
 * Turns a step's effects into deadline row writes. `before` is the current deadline before the step (the
 * machine's effects speak of it). Several effects on one open row fold into one update, so the writer can
 * apply all of a change's updates in one statement (it applies them before the inserts).
 */
export function deadlineWrites(
  effects: readonly Effect[],
  before: CurrentDeadline | null,
  reminderAt: number,
): DeadlineWrite[] {
  const inserts: DeadlineWrite[] = [];
  const updates = new Map<string, Extract<DeadlineWrite, { op: 'update' }>>();
  // The open row of the deadline before the step, as the effects go by.
  const open = before ? { startedAt: before.startedAt, dueAt: before.dueAt } : null;
  const update = (stage: string, from: readonly DeadlineColumns['status'][], set: DeadlineColumns) => {
    const earlier = updates.get(stage);
    if (earlier) Object.assign(earlier.set, set);
    else updates.set(stage, { op: 'update', stage, from, set });
  };
  for (const e of effects.filter(isDeadlineEffect)) {
    if (e.type === 'deadline_started') {
      const remind = remindAt(e.startedAt, e.dueAt, reminderAt);
      inserts.push({
        op: 'insert',
        stage: e.stage,
        startedAt: e.startedAt,
        dueAt: e.dueAt,
        remindAt: remind,
      });
      continue;
    }
    if (inserts.some((w) => w.stage === e.stage)) {
      throw new Error(`deadlineWrites: ${e.type} of the ${e.stage} deadline the same step started`);
    }
    switch (e.type) {
      case 'deadline_met': {
        // Completed late still counts as a breach: the row keeps when it was due. A row the worker
        // already marked breached is completed too.
        const late = open?.dueAt != null && Date.parse(open.dueAt) < Date.parse(e.at);
        update(e.stage, [...OPEN, 'breached'], {
          completedAt: e.at,
          status: late ? 'breached' : 'met',
          ...(late ? { breachedAt: open.dueAt } : {}),
        });
        break;
      }
      case 'deadline_paused':
        update(e.stage, OPEN, { status: 'paused', pausedAt: e.at, remainingMs: e.remainingMs, dueAt: null });
        if (open) open.dueAt = null;
        break;
      case 'deadline_resumed':
        update(e.stage, OPEN, {
          status: 'pending',
          pausedAt: null,
          remainingMs: null,
          dueAt: e.dueAt,
          remindAt: open ? remindAt(open.startedAt, e.dueAt, reminderAt) : null,
        });
        if (open) open.dueAt = e.dueAt;
        break;
      case 'deadline_rescheduled':
        update(e.stage, OPEN, {
          dueAt: e.dueAt,
          remainingMs: e.remainingMs,
          remindAt: open && e.dueAt !== null ? remindAt(open.startedAt, e.dueAt, reminderAt) : null,
        });
        if (open) open.dueAt = e.dueAt;
        break;
      case 'deadline_cancelled':
        update(e.stage, OPEN, { status: 'cancelled', completedAt: e.at });
        break;
    }
  }
  return [...updates.values(), ...inserts];
}
