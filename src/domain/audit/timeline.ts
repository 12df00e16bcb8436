import type { AuditContent } from './audit-chain.ts';

/** A run of audit entries read as one line: "42 complaints attached by Anna". */
export interface TimelineRun {
  /** The first and last entry of the run (seq grows with time). */
  seq: number;
  lastSeq: number;
  count: number;
  at: string;
  lastAt: string;
  actor: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  /** The data of the run's newest entry. */
  data: Record<string, unknown>;
}

type Entry = Pick<AuditContent, 'seq' | 'at' | 'actor' | 'action' | 'fromState' | 'toState' | 'data'>;

/** A state change is always a line of its own; records that leave the state where it was may be grouped. */
const groupable = (e: Entry): boolean => e.fromState === e.toState;

/**
 * The chain for people, newest first: consecutive entries with the same action by the same actor that do
 * not change the state fold into one run with a count (116 attachments are one line, not 116).
 * `entries` must be newest first, as the desk shows them.
 */
export function timelineRuns(entries: readonly Entry[]): TimelineRun[] {
  const runs: TimelineRun[] = [];
  for (const e of entries) {
    const last = runs.at(-1);
    if (last && groupable(e) && last.fromState === last.toState && sameKind(last, e)) {
      last.seq = e.seq;
      last.at = e.at;
      last.count += 1;
      continue;
    }
    runs.push({
      seq: e.seq,
      lastSeq: e.seq,
      count: 1,
      at: e.at,
      lastAt: e.at,
      actor: e.actor,
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      data: e.data,
    });
  }
  return runs;
}

const sameKind = (run: TimelineRun, e: Entry): boolean =>
  run.action === e.action && run.actor === e.actor && run.toState === e.toState;
