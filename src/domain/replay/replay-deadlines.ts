import type { DeadlineColumns, DeadlineWrite } from '../deadlines/deadline-writes.ts';

/** A deadline row as a replay rebuilds it (and as the stored rows are compared). */
export interface ReplayedDeadline {
  stage: string;
  startedAt: string;
  dueAt: string | null;
  completedAt: string | null;
  breachedAt: string | null;
  status: NonNullable<DeadlineColumns['status']>;
}

/**
 * Applies planned deadline writes to rows in memory, as the one writer applies them in SQL
 * (src/db/writer/apply-incident-changes.sql): updates first, each to the stage's rows that are not
 * completed and in one of its `from` statuses; then the inserts, pending.
 */
export function applyDeadlineWrites(rows: ReplayedDeadline[], writes: readonly DeadlineWrite[]): void {
  for (const w of writes) {
    if (w.op !== 'update') continue;
    for (const row of rows) {
      if (row.stage !== w.stage || row.completedAt !== null || !w.from.includes(row.status)) continue;
      const set = w.set;
      if (set.status !== undefined) row.status = set.status;
      if (set.dueAt !== undefined) row.dueAt = set.dueAt;
      if (set.completedAt !== undefined) row.completedAt = set.completedAt;
      if (set.breachedAt !== undefined) row.breachedAt = set.breachedAt;
    }
  }
  for (const w of writes) {
    if (w.op !== 'insert') continue;
    rows.push({
      stage: w.stage,
      startedAt: w.startedAt,
      dueAt: w.dueAt,
      completedAt: null,
      breachedAt: null,
      status: 'pending',
    });
  }
}

/** Rows paired by stage and occurrence (the first admit with the first admit…), replayed order kept. */
export function pairDeadlines<A extends { stage: string }, B extends { stage: string }>(
  replayed: readonly A[],
  stored: readonly B[],
): { replayed: A | undefined; stored: B | undefined }[] {
  const pool = new Map<string, B[]>();
  for (const row of stored) pool.set(row.stage, [...(pool.get(row.stage) ?? []), row]);
  const pairs: { replayed: A | undefined; stored: B | undefined }[] = replayed.map((row) => ({
    replayed: row,
    stored: pool.get(row.stage)?.shift(),
  }));
  for (const rest of pool.values()) for (const row of rest) pairs.push({ replayed: undefined, stored: row });
  return pairs;
}

/** Two instants (or two nulls) are the same moment, whatever their spelling. */
export const sameInstant = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : Date.parse(a) === Date.parse(b);
