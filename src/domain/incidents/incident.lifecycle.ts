import type { Actor } from '../audit/audit-chain.ts';
import { parseIsoDuration } from '../deadlines/duration.ts';
import type { Playbook } from '../playbooks/playbook.schema.ts';

/** Who the chain names for what the engine does by itself: a monitored incident closing, a closed one reopening. */
export const SYSTEM_ACTOR: Actor = { name: 'system', keyId: null, keyName: null };

/**
 * Whether an incident in monitoring closes by itself now: its playbook says so (`monitoring.autoClose`)
 * and the watch window has passed since it went quiet (`quietSince`: when it entered monitoring, or the
 * last complaint attached after that). Whether `close` is allowed is the step's own rule, checked after.
 */
export function autoCloseDue(playbook: Pick<Playbook, 'monitoring'>, quietSince: Date, now: Date): boolean {
  if (playbook.monitoring.autoClose !== true) return false;
  return now.getTime() - quietSince.getTime() > parseIsoDuration(playbook.monitoring.watchWindow);
}

/** Whether a complaint arriving `now` still joins an incident of `playbook` that closed at `closedAt`. */
export function insideReopenWindow(
  playbook: Pick<Playbook, 'reopenWindow'>,
  closedAt: Date,
  now: Date,
): boolean {
  if (playbook.reopenWindow === undefined) return false;
  const since = now.getTime() - closedAt.getTime();
  return since >= 0 && since <= parseIsoDuration(playbook.reopenWindow);
}

/** The shortest watch window among playbooks that close by themselves (ms), or null when none does. */
export function shortestAutoCloseWindow(playbooks: readonly Pick<Playbook, 'monitoring'>[]): number | null {
  const windows = playbooks
    .filter((p) => p.monitoring.autoClose === true)
    .map((p) => parseIsoDuration(p.monitoring.watchWindow));
  return windows.length === 0 ? null : Math.min(...windows);
}
