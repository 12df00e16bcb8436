import type { CommitmentStatus } from './commitment.types.ts';

/**
 * The commitment's state machine, as a table: only an open commitment moves, to done or cancelled (a
 * person) or missed (the worker at `dueAt`). Every other move is refused (409): a promise kept, missed or
 * withdrawn stays on the record as it ended.
 */
export const COMMITMENT_MOVES: Readonly<Record<CommitmentStatus, readonly CommitmentStatus[]>> = {
  open: ['done', 'cancelled', 'missed'],
  done: [],
  missed: [],
  cancelled: [],
};

/** Whether `from → to` is a move the machine allows. */
export function canMove(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return COMMITMENT_MOVES[from].includes(to);
}

/** The statuses a commitment may move to `to` from: what the writer's guarded update names. */
export function movesInto(to: CommitmentStatus): CommitmentStatus[] {
  return (Object.keys(COMMITMENT_MOVES) as CommitmentStatus[]).filter((from) => canMove(from, to));
}

/**
 * Whether open commitments stop a `close`: they do unless the closer carries them over
 * (`evidence.carryOver: true`), and then the worker keeps reminding and marking misses after the close.
 */
export function closeBlockedByCommitments(openCount: number, evidence: unknown): boolean {
  const carryOver = (evidence as { carryOver?: unknown } | undefined)?.carryOver;
  return openCount > 0 && carryOver !== true;
}
